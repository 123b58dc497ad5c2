using System.Text;
using System.Text.RegularExpressions;
using Handouts.Tests.Support;

namespace Handouts.Tests.Docs;

/// <summary>The repository's own documentation: the README and the pages under docs/, read as GitHub shows them.</summary>
internal static partial class MarkdownPages
{
    /// <summary>README.md and every docs/*.md, as paths relative to the repository root with '/' separators.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        "README.md",
        .. Directory.GetFiles(Path.Combine(TestSite.RepoRoot, "docs"), "*.md").Select(f => "docs/" + Path.GetFileName(f)).Order(StringComparer.Ordinal),
    ];

    public static string Read(string page) => File.ReadAllText(Path.Combine(TestSite.RepoRoot, page));

    /// <summary>The page's lines outside fenced code blocks (a fence may be indented, as inside a list item).</summary>
    public static IEnumerable<(int Line, string Text)> ProseLines(string text)
    {
        var inFence = false;
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].TrimStart().StartsWith("```", StringComparison.Ordinal))
            {
                inFence = !inFence;
                continue;
            }

            if (!inFence) yield return (i + 1, lines[i].TrimEnd('\r'));
        }
    }

    /// <summary>The fenced code blocks of a page, in order, with their info string ("sh", "toml", ...).</summary>
    public static IReadOnlyList<(string Info, string Code)> CodeBlocks(string text)
    {
        var blocks = new List<(string, string)>();
        string? info = null;
        var indent = 0;
        var code = new StringBuilder();
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            var trimmed = line.TrimStart();
            if (trimmed.StartsWith("```", StringComparison.Ordinal))
            {
                if (info is null)
                {
                    info = trimmed[3..].Trim();
                    indent = line.Length - trimmed.Length;
                    code.Clear();
                }
                else
                {
                    blocks.Add((info, code.ToString()));
                    info = null;
                }

                continue;
            }

            if (info is not null) code.Append(line.Length >= indent ? line[indent..] : line.TrimStart()).Append('\n');
        }

        return blocks;
    }

    /// <summary>Every inline link and image target outside code, with its line.</summary>
    public static IEnumerable<(int Line, string Target)> Links(string text)
    {
        foreach (var (number, line) in ProseLines(text))
        {
            var prose = InlineCode().Replace(line, "");
            foreach (Match m in Link().Matches(prose)) yield return (number, m.Groups["target"].Value);
        }
    }

    /// <summary>The anchors GitHub gives the page's headings: lower case, code marks and punctuation dropped, spaces as
    /// hyphens, and "-1", "-2" ... after a repeated one.</summary>
    public static IReadOnlySet<string> Anchors(string text)
    {
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (_, line) in ProseLines(text))
        {
            var heading = Heading().Match(line);
            if (!heading.Success) continue;
            var slug = Slug(heading.Groups["text"].Value);
            var count = seen.GetValueOrDefault(slug);
            seen[slug] = count + 1;
            anchors.Add(count == 0 ? slug : $"{slug}-{count}");
        }

        return anchors;
    }

    public static string Slug(string heading)
    {
        var text = LinkText().Replace(heading.Replace("`", ""), "${text}");
        var slug = new StringBuilder();
        foreach (var c in text.Trim().ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c) || c is '-' or '_') slug.Append(c);
            else if (c == ' ') slug.Append('-');
        }

        return slug.ToString();
    }

    [GeneratedRegex(@"`[^`]*`")]
    private static partial Regex InlineCode();

    [GeneratedRegex(@"!?\[[^\]]*\]\((?<target>[^)\s]+)(?:\s+""[^""]*"")?\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"\[(?<text>[^\]]*)\]\([^)]*\)")]
    private static partial Regex LinkText();

    [GeneratedRegex(@"^#{1,6}\s+(?<text>.+?)\s*#*\s*$")]
    private static partial Regex Heading();
}
