using System.Text.RegularExpressions;

namespace Handouts.Tests.Support;

/// <summary>Every opening script tag of a page, as written: a page may hold the theme's own scripts and nothing else.</summary>
internal static partial class ScriptTags
{
    public static IReadOnlyList<string> In(string html) => Pattern().Matches(html).Select(m => m.Value).ToList();

    [GeneratedRegex("<script\\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex Pattern();
}
