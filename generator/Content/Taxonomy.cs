using Handouts.Diagnostics;

namespace Handouts.Content;

internal enum TermKind
{
    Cancer,
    Treatment,
}

/// <summary>A cancer type or a treatment, with its display name and one-line description per language.</summary>
internal sealed record TaxonomyTerm(
    string Id,
    TermKind Kind,
    IReadOnlyDictionary<string, string> Names,
    IReadOnlyDictionary<string, string> Descriptions,
    IReadOnlyList<string> AppliesTo,
    SourceLocation Span)
{
    public string Name(string language, string fallback) => Pick(Names, language, fallback);

    public string Description(string language, string fallback) => Pick(Descriptions, language, fallback);

    private static string Pick(IReadOnlyDictionary<string, string> texts, string language, string fallback) =>
        texts.TryGetValue(language, out var t) ? t : texts.TryGetValue(fallback, out var f) ? f : texts.Values.FirstOrDefault() ?? "";
}

/// <summary><c>taxonomy.yml</c>: which cancer types and treatments exist, and which treatment applies to which cancer.</summary>
internal sealed record Taxonomy(IReadOnlyList<TaxonomyTerm> CancerTypes, IReadOnlyList<TaxonomyTerm> Treatments)
{
    private readonly Dictionary<string, TaxonomyTerm> cancers = CancerTypes.DistinctBy(t => t.Id).ToDictionary(t => t.Id, StringComparer.Ordinal);
    private readonly Dictionary<string, TaxonomyTerm> treatments = Treatments.DistinctBy(t => t.Id).ToDictionary(t => t.Id, StringComparer.Ordinal);

    public TaxonomyTerm? Cancer(string id) => cancers.GetValueOrDefault(id);

    public TaxonomyTerm? Treatment(string id) => treatments.GetValueOrDefault(id);

    public TaxonomyTerm? Find(TermKind kind, string id) => kind == TermKind.Cancer ? Cancer(id) : Treatment(id);

    public IEnumerable<string> Ids(TermKind kind) => kind == TermKind.Cancer ? cancers.Keys : treatments.Keys;

    public bool Applies(string treatment, string cancer) =>
        treatments.TryGetValue(treatment, out var t) && t.AppliesTo.Contains(cancer);
}
