using Handouts.Files;

namespace Handouts.Content;

/// <summary>Everything read from the content folder, validated; handouts sorted by slug then language.</summary>
internal sealed record ContentSet(FileRoot Root, SiteConfig Site, Taxonomy Taxonomy, IReadOnlyList<Handout> Handouts)
{
    private readonly Dictionary<(string Slug, string Language), Handout> bySlug =
        Handouts.DistinctBy(h => (h.Slug, h.Language)).ToDictionary(h => (h.Slug, h.Language));

    public Handout? Find(string slug, string language) => bySlug.GetValueOrDefault((slug, language));

    public Handout Original(Handout handout) =>
        handout.Language == Site.DefaultLanguage ? handout : Find(handout.Slug, Site.DefaultLanguage) ?? handout;
}
