using Handouts.Content;
using Handouts.Diagnostics;

namespace Handouts.Checks;

/// <summary>HND041: a placeholder (<c>TODO</c>, as <c>handouts new</c> writes them) still in a handout. A warning, so a
/// draft builds while it is written; <c>--strict</c> (CI) refuses to publish it.</summary>
internal static class PlaceholderChecks
{
    private const string Token = NewHandout.Placeholder;

    public static void Run(Handout h, DiagnosticBag diagnostics)
    {
        var fields = new (string Name, IEnumerable<string> Values)[]
        {
            ("title", [h.Title]), ("summary", [h.Summary]), ("main_message", [h.MainMessage]), ("reviewer", [h.Reviewer]),
            ("translator", h.Translator is null ? [] : [h.Translator]), ("key_points", h.KeyPoints), ("when_to_call", h.WhenToCall),
            ("sources", h.Sources.SelectMany(s => new[] { s.Title, s.Publisher, s.Url })),
        };
        foreach (var (name, values) in fields.Where(f => f.Values.Any(HasToken)))
            diagnostics.Warning(Codes.Placeholder, h.FileSpan, $"'{name}' still holds a placeholder ({Token}): write it before the handout is published");

        // Every build checks every body: split it into lines only when there is a placeholder to place.
        if (!HasToken(h.Body)) return;
        var lines = h.Body.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var column = lines[i].IndexOf(Token, StringComparison.Ordinal);
            if (column >= 0)
                diagnostics.Warning(Codes.Placeholder, new SourceLocation(h.Path, h.BodyLine + i, column + 1), $"a placeholder ({Token}) is still in the text: write it before the handout is published");
        }
    }

    private static bool HasToken(string text) => text.Contains(Token, StringComparison.Ordinal);
}
