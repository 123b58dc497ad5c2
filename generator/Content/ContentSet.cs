using Handouts.Files;

namespace Handouts.Content;

/// <summary>Everything read from the content folder, validated; handouts sorted by slug then language. The drafts a
/// build leaves out are kept apart, so a link to one can be named for what it is.</summary>
internal sealed record ContentSet(FileRoot Root, SiteConfig Site, Taxonomy Taxonomy, IReadOnlyList<Handout> Handouts, IReadOnlyList<Handout>? LeftOut = null)
{
    private readonly Dictionary<(string Slug, string Language), Handout> bySlug =
        Handouts.DistinctBy(h => (h.Slug, h.Language)).ToDictionary(h => (h.Slug, h.Language));

    public Handout? Find(string slug, string language) => bySlug.GetValueOrDefault((slug, language));

    /// <summary>Whether a handout exists but is a draft this build leaves out.</summary>
    public bool IsLeftOutDraft(string slug, string language) => LeftOut?.Any(h => h.Slug == slug && h.Language == language) ?? false;

    public Handout Original(Handout handout) =>
        handout.Language == Site.DefaultLanguage ? handout : Find(handout.Slug, Site.DefaultLanguage) ?? handout;
}
