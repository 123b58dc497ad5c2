using Handouts.Content;
using Handouts.Diagnostics;

namespace Handouts.Tailoring;

/// <summary>Parses the arguments of <c>::: for cancer=breast treatment!=tamoxifen-premenopausal</c>.</summary>
internal static class ConditionParser
{
    /// <param name="line">The whole source line of the opening fence, used to report each term at its column.</param>
    public static Condition? Parse(string line, SourceLocation lineSpan, DiagnosticBag diagnostics)
    {
        var forAt = line.IndexOf("for", StringComparison.Ordinal);
        var pos = forAt < 0 ? line.Length : forAt + 3;
        var terms = new List<ConditionTerm>();
        var ok = true;
        while (pos < line.Length)
        {
            while (pos < line.Length && char.IsWhiteSpace(line[pos])) pos++;
            if (pos >= line.Length) break;
            var end = pos;
            while (end < line.Length && !char.IsWhiteSpace(line[end])) end++;
            var span = lineSpan with { Column = pos + 1 };
            var term = ParseTerm(line[pos..end], span, diagnostics);
            if (term is null) ok = false;
            else terms.Add(term);
            pos = end;
        }

        if (ok && terms.Count == 0)
        {
            diagnostics.Error(Codes.ConditionSyntax, lineSpan, "'::: for' needs a condition, e.g. '::: for cancer=breast treatment=aromatase-inhibitor'");
            return null;
        }

        return ok ? new Condition(terms) : null;
    }

    private static ConditionTerm? ParseTerm(string text, SourceLocation span, DiagnosticBag diagnostics)
    {
        var negated = text.Contains("!=", StringComparison.Ordinal);
        var parts = text.Split(negated ? "!=" : "=", 2);
        TermKind? kind = parts[0] switch
        {
            "cancer" => TermKind.Cancer,
            "treatment" => TermKind.Treatment,
            _ => null,
        };
        if (parts.Length != 2 || kind is null)
        {
            diagnostics.Error(Codes.ConditionSyntax, span, $"'{text}' is not a condition: write cancer=ID[,ID...], treatment=ID[,ID...], cancer!=... or treatment!=...{(parts.Length == 2 ? Spelling.Hint(parts[0], ["cancer", "treatment"]) : "")}");
            return null;
        }

        var ids = parts[1].Split(',', StringSplitOptions.TrimEntries);
        if (ids.Any(string.IsNullOrEmpty))
        {
            diagnostics.Error(Codes.ConditionSyntax, span, $"'{text}' has an empty id in its list");
            return null;
        }

        return new ConditionTerm(kind.Value, negated, ids, span);
    }
}
