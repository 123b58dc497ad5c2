using Handouts.Content;

namespace Handouts.Tailoring;

/// <summary>Whom a page is for: one cancer type and optionally one treatment. The general page has neither and
/// shows every block, labelled.</summary>
internal sealed record Variant(string? Cancer, string? Treatment)
{
    public static readonly Variant General = new(null, null);

    public bool IsGeneral => Cancer is null && Treatment is null;

    /// <summary>Stable id used in URLs: <c>prostate--adt</c>; a double hyphen because ids contain single ones.</summary>
    public string Id => IsGeneral ? "general" : Treatment is null ? Cancer! : $"{Cancer}--{Treatment}";

    public string PageName => IsGeneral ? "index" : Id;

    /// <summary>Whom the variant is for, in a language: "Prostate cancer · Androgen deprivation therapy (ADT)";
    /// <paramref name="generalLabel"/> for the general page. An id the taxonomy lacks (a build that already failed,
    /// still checked) shows as itself.</summary>
    public string Label(Taxonomy taxonomy, string language, string fallbackLanguage, string generalLabel)
    {
        if (IsGeneral) return generalLabel;
        var cancer = taxonomy.Cancer(Cancer!)?.Name(language, fallbackLanguage) ?? Cancer!;
        return Treatment is null ? cancer : $"{cancer} · {taxonomy.Treatment(Treatment)?.Name(language, fallbackLanguage) ?? Treatment}";
    }
}
