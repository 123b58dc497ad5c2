using Handouts.Tailoring;

namespace Handouts.Site;

/// <summary>Where each page lives, relative to the site root. Every link between pages is made relative with
/// <see cref="Relative"/>, so the site works from any sub-path and from <c>file://</c>; folder links always name
/// <c>index.html</c> because <c>file://</c> does not serve folder indexes.</summary>
internal static class SitePaths
{
    public const string Root = "index.html";

    public static string Home(string lang) => $"{lang}/index.html";

    public static string Handout(string lang, string slug, Variant variant) => $"{lang}/{slug}/{variant.PageName}.html";

    /// <summary>Stable addresses of a variant's PDFs: <c>en/steroids/lymphoma--steroids.pdf</c> and
    /// <c>...large-print.pdf</c> on the site's paper; <c>...a4.pdf</c> (or <c>.letter</c>) for the other paper when a
    /// build makes both.</summary>
    public static string Pdf(string lang, string slug, Variant variant, bool largePrint, string? otherPaper = null) =>
        $"{lang}/{slug}/{variant.Id}{(largePrint ? ".large-print" : "")}{(otherPaper is null ? "" : "." + otherPaper)}.pdf";

    /// <summary>A reader's waiting-room pack: <c>print/en/packs/breast--aromatase-inhibitor.pdf</c> and
    /// <c>...large-print.pdf</c>.</summary>
    public static string Pack(string lang, Variant reader, bool largePrint) =>
        $"print/{lang}/packs/{reader.Id}{(largePrint ? ".large-print" : "")}.pdf";

    /// <summary>A language's waiting-room poster (large print only).</summary>
    public static string Poster(string lang) => $"print/{lang}/poster.pdf";

    /// <summary>The staff page listing every pack and poster: linked from no patient page, not in the sitemap.</summary>
    public const string PrintShelf = "print/index.html";

    public static string Cancer(string lang, string id) => $"{lang}/cancer/{id}.html";

    public static string Treatment(string lang, string id) => $"{lang}/treatment/{id}.html";

    public static string Media(string relative) => "media/" + relative;

    /// <summary>A language's search index, beside its home page; no slug can take the name (slugs have no dot).</summary>
    public static string SearchIndex(string lang) => $"{lang}/search-index.js";

    public const string Stylesheet = "assets/site.css";

    /// <summary>Where browsers look for a site's icon whatever its pages link: the theme's <c>assets/favicon.ico</c>
    /// is copied here too.</summary>
    public const string Favicon = "favicon.ico";

    /// <summary>The prefix that climbs from a page back to the site root: "" at the root, "../../" two folders down.</summary>
    public static string RootFrom(string pagePath)
    {
        var depth = pagePath.Count(c => c == '/');
        return string.Concat(Enumerable.Repeat("../", depth));
    }

    public static string Relative(string fromPage, string target) => RootFrom(fromPage) + target;
}
