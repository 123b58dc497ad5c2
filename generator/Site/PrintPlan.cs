using Handouts.Tailoring;

namespace Handouts.Site;

/// <summary>Which packs and posters the site prints, from the list of handouts alone (front matter, never a body).</summary>
internal static class PrintPlan
{
    /// <summary>A pack for every reader some handout in the language has a version for: each cancer type with each
    /// treatment (in the taxonomy's order), then the cancer type alone, as its page groups them. A reader's pack holds
    /// every handout in the language that has a version for them (<see cref="PlannedHandout.VersionFor"/>).</summary>
    public static IReadOnlyList<PrintPack> Packs(SiteIndex index)
    {
        var taxonomy = index.Content.Taxonomy;
        var packs = new List<PrintPack>();
        foreach (var lang in index.Content.Site.Languages)
        {
            var handouts = index.InLanguage(lang).ToList();
            foreach (var cancer in taxonomy.CancerTypes)
            {
                var readers = taxonomy.Treatments.Select(t => new Variant(cancer.Id, t.Id)).Append(new Variant(cancer.Id, null));
                foreach (var reader in readers.Where(r => handouts.Any(h => h.Variants.Contains(r))))
                {
                    var entries = handouts.Select(h => h.PrintedVersionFor(reader) is { } version ? new PackEntry(h, version) : null).OfType<PackEntry>().ToList();
                    packs.Add(new PrintPack(lang, reader, entries));
                }
            }
        }

        return packs;
    }

    /// <summary>A poster for every language with a cancer type page.</summary>
    public static IReadOnlyList<PrintPoster> Posters(SiteIndex index)
    {
        var posters = new List<PrintPoster>();
        foreach (var lang in index.Content.Site.Languages)
        {
            var cancers = index.Content.Taxonomy.CancerTypes.Where(c => index.Exists(SitePaths.Cancer(lang, c.Id))).ToList();
            if (cancers.Count > 0) posters.Add(new PrintPoster(lang, cancers, index.InLanguage(lang).Max(h => h.Handout.Reviewed)));
        }

        return posters;
    }
}
