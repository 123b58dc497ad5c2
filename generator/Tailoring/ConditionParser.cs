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
        return ParseTerms(line, forAt < 0 ? line.Length : forAt + 3, lineSpan with { Column = 1 }, lineSpan, diagnostics);
    }

    /// <summary>A condition written as a value (a source's <c>for: cancer=breast</c>); <paramref name="at"/> is where
    /// the value starts, so each term is reported at its own column.</summary>
    public static Condition? ParseValue(string value, SourceLocation at, DiagnosticBag diagnostics) =>
        ParseTerms(value, 0, at, at, diagnostics);

    /// <param name="origin">Where the text's first character is: a term at index i is at column origin + i.</param>
    private static Condition? ParseTerms(string line, int pos, SourceLocation origin, SourceLocation lineSpan, DiagnosticBag diagnostics)
    {
        var terms = new List<ConditionTerm>();
        var ok = true;
        while (pos < line.Length)
        {
            while (pos < line.Length && char.IsWhiteSpace(line[pos])) pos++;
            if (pos >= line.Length) break;
            var end = pos;
            while (end < line.Length && !char.IsWhiteSpace(line[end])) end++;
            var span = origin with { Column = origin.Column + pos };
            var term = ParseTerm(line[pos..end], span, diagnostics);
            if (term is null) ok = false;
            else terms.Add(term);
            pos = end;
        }

        if (ok && terms.Count == 0)
        {
            diagnostics.Error(Codes.ConditionSyntax, lineSpan, "a condition is needed, e.g. 'cancer=breast treatment=aromatase-inhibitor'");
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
