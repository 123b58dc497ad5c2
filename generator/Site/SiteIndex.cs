using Handouts.Content;
using Handouts.Tailoring;

namespace Handouts.Site;

/// <summary>What the site contains, worked out once before rendering: which handouts exist in which language and
/// which taxonomy pages exist, so every page can link to exactly the pages that are there.</summary>
internal sealed class SiteIndex
{
    private readonly Dictionary<(string Slug, string Lang), PlannedHandout> handouts;

    // Every public page with the date it last changed (handout pages: their review date): the one list that page
    // links, the language switcher and the sitemap all read.
    private readonly Dictionary<string, DateOnly?> pages = new(StringComparer.Ordinal);

    public SiteIndex(ContentSet content, IReadOnlyList<PlannedHandout> parsed)
    {
        Content = content;
        Handouts = parsed;
        handouts = parsed.ToDictionary(p => (p.Slug, p.Language));
        foreach (var lang in content.Site.Languages)
        {
            pages[SitePaths.Home(lang)] = null;
            var inLanguage = InLanguage(lang).ToList();
            foreach (var p in inLanguage)
            {
                foreach (var v in p.Variants.Prepend(Variant.General)) pages[SitePaths.Handout(lang, p.Slug, v)] = p.Handout.Reviewed;
            }

            foreach (var c in content.Taxonomy.CancerTypes.Where(c => inLanguage.Any(p => p.Variants.Any(v => v.Cancer == c.Id))))
                pages[SitePaths.Cancer(lang, c.Id)] = null;
            foreach (var t in content.Taxonomy.Treatments.Where(t => inLanguage.Any(p => p.Variants.Any(v => v.Treatment == t.Id))))
                pages[SitePaths.Treatment(lang, t.Id)] = null;
        }
    }

    public ContentSet Content { get; }

    public IReadOnlyList<PlannedHandout> Handouts { get; }

    public bool Exists(string path) => pages.ContainsKey(path);

    /// <summary>Every public page (not the root redirect or 404) with the date it last changed, for the sitemap.</summary>
    public IEnumerable<(string Path, DateOnly? LastModified)> PublicPages() => pages.Select(p => (p.Key, p.Value));

    public IEnumerable<PlannedHandout> InLanguage(string lang) => Handouts.Where(h => h.Language == lang);

    public PlannedHandout? Find(string slug, string lang) => handouts.GetValueOrDefault((slug, lang));

    /// <summary>Where a link to another handout leads a reader of <paramref name="reader"/>: the target's version that
    /// fits them (<see cref="PlannedHandout.VersionFor"/>), in the link's language, with its anchor. The one answer
    /// for the web page and the PDF of a version, so they never disagree.</summary>
    public string PathOf(HandoutLink link, Variant reader) =>
        SitePaths.Handout(link.Language, link.Slug, Find(link.Slug, link.Language)?.VersionFor(reader) ?? Variant.General) + link.Anchor;
}
