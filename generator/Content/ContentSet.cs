namespace Handouts.Content;

/// <summary>Everything read from the content folder, validated; handouts sorted by slug then language.</summary>
internal sealed record ContentSet(string Root, SiteConfig Site, Taxonomy Taxonomy, IReadOnlyList<Handout> Handouts)
{
    public Handout? Find(string slug, string language) =>
        Handouts.FirstOrDefault(h => h.Slug == slug && h.Language == language);

    public Handout Original(Handout handout) =>
        handout.Language == Site.DefaultLanguage ? handout : Find(handout.Slug, Site.DefaultLanguage) ?? handout;
}
