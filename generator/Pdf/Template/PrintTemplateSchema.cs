using System.Net;
using System.Text.RegularExpressions;
using Handouts.Diagnostics;

namespace Handouts.Pdf.Template;

/// <summary>The elements and attributes of the print layout language. The template is checked against them, and its
/// written attribute values against <see cref="PrintValues"/>, before it runs, so a misspelled element or a bad value
/// is reported at the template's own line and column, not at a line of its output.</summary>
internal static partial class PrintTemplateSchema
{
    public static readonly Dictionary<string, string[]> Elements = new(StringComparer.Ordinal)
    {
        ["document"] = ["size", "margin", "lang"],
        ["row"] = [],
        ["column"] = ["width"],
        ["header"] = [],
        ["footer"] = [],
        ["content"] = [],
        ["text"] = ["style", "tag", "bold", "align"],
        ["span"] = ["bold", "italic", "link"],
        ["box"] = ["style", "background", "border", "padding"],
        ["list"] = ["marker"],
        ["item"] = [],
        ["markdown"] = [],
        ["spacer"] = ["height"],
        ["page-break"] = [],
        ["image"] = ["src", "alt", "align"],
        ["qr"] = ["align"],
        ["page-number"] = [],
        ["page-count"] = [],
    };

    public static void Check(string template, string path, DiagnosticBag diagnostics)
    {
        foreach (Match tag in Tag().Matches(template))
        {
            var name = tag.Groups[1].Value;
            var (line, column) = Position(template, tag.Index);
            if (!Elements.TryGetValue(name, out var attributes))
            {
                diagnostics.Error(Codes.PrintTemplate, new SourceLocation(path, line, column + 1), $"unknown print element <{name}>{Spelling.Hint(name, Elements.Keys)}");
                continue;
            }

            foreach (Match attribute in Attribute().Matches(tag.Groups[2].Value))
            {
                var a = attribute.Groups[1].Value;
                var (l, c) = Position(template, tag.Groups[2].Index + attribute.Index);
                var at = new SourceLocation(path, l, c + 1);
                if (!attributes.Contains(a))
                {
                    diagnostics.Error(Codes.PrintTemplate, at, $"<{name}> has no attribute '{a}'{Spelling.Hint(a, attributes)}");
                    continue;
                }

                // A value Scriban code makes is checked when the output is read (PrintTemplateReader).
                var raw = attribute.Groups[2].Success ? attribute.Groups[2].Value : attribute.Groups[3].Value;
                if (raw.Contains("{{", StringComparison.Ordinal)) continue;
                var value = WebUtility.HtmlDecode(raw);
                if (PrintValues.Problem(name, a, value) is { } problem) diagnostics.Error(Codes.PrintTemplate, at, PrintValues.Describe(name, a, value, problem));
            }
        }
    }

    private static (int Line, int Column) Position(string text, int index)
    {
        var line = 1 + text.AsSpan(0, index).Count('\n');
        var column = index - (text.LastIndexOf('\n', Math.Max(0, index - 1)) + 1);
        return (line, column);
    }

    // Tags outside Scriban code; attribute values, in double or single quotes, may hold {{ ... }}.
    [GeneratedRegex(@"<([a-zA-Z][\w-]*)((?:\s+[\w-]+\s*=\s*(?:""[^""]*""|'[^']*'))*)\s*/?>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"([\w-]+)\s*=\s*(?:""([^""]*)""|'([^']*)')")]
    private static partial Regex Attribute();
}
