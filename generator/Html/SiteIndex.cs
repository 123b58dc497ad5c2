using Handouts.Content;
using Handouts.Tailoring;

namespace Handouts.Html;

/// <summary>What the site contains, worked out once before rendering: which handouts exist in which language and
/// which taxonomy pages exist, so every page can link to exactly the pages that are there.</summary>
internal sealed class SiteIndex
{
    private readonly Dictionary<(string Slug, string Lang), PlannedHandout> handouts;
    private readonly HashSet<string> pages = new(StringComparer.Ordinal);

    public SiteIndex(ContentSet content, IReadOnlyList<PlannedHandout> parsed)
    {
        Content = content;
        Handouts = parsed;
        handouts = parsed.ToDictionary(p => (p.Slug, p.Language));
        foreach (var lang in content.Site.Languages)
        {
            pages.Add(SitePaths.Home(lang));
            var inLanguage = InLanguage(lang).ToList();
            foreach (var p in inLanguage)
            {
                pages.Add(SitePaths.Handout(lang, p.Slug, Variant.General));
                foreach (var v in p.Variants) pages.Add(SitePaths.Handout(lang, p.Slug, v));
            }

            foreach (var c in content.Taxonomy.CancerTypes.Where(c => inLanguage.Any(p => p.Variants.Any(v => v.Cancer == c.Id))))
                pages.Add(SitePaths.Cancer(lang, c.Id));
            foreach (var t in content.Taxonomy.Treatments.Where(t => inLanguage.Any(p => p.Variants.Any(v => v.Treatment == t.Id))))
                pages.Add(SitePaths.Treatment(lang, t.Id));
        }
    }

    public ContentSet Content { get; }

    public IReadOnlyList<PlannedHandout> Handouts { get; }

    public bool Exists(string path) => pages.Contains(path);

    public IEnumerable<PlannedHandout> InLanguage(string lang) => Handouts.Where(h => h.Language == lang);

    public PlannedHandout? Find(string slug, string lang) => handouts.GetValueOrDefault((slug, lang));
}
