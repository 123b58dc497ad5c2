using Handouts.Content;
using Handouts.Diagnostics;

namespace Handouts.Tailoring;

/// <summary>A handout with the variants it will be published in and the conditions of its sources: known from front
/// matter alone, so the whole site's page list exists before any body is parsed.</summary>
internal sealed record PlannedHandout(Handout Handout, IReadOnlyList<Variant> Variants, IReadOnlyList<Condition?> SourceConditions)
{
    public string Slug => Handout.Slug;

    public string Language => Handout.Language;

    /// <summary>Expand stage: the variants (see <see cref="VariantExpander"/>) and each source's condition, parsed and
    /// checked like a block's.</summary>
    public static PlannedHandout Plan(Handout handout, ContentSet content, DiagnosticBag diagnostics)
    {
        var variants = VariantExpander.Expand(handout, content.Original(handout), content.Taxonomy, diagnostics);
        var conditions = handout.Sources.Select(s => s.For is { } text ? SourceCondition(text, handout, variants, content.Taxonomy, diagnostics) : null).ToList();
        return new PlannedHandout(handout, variants, conditions);
    }

    /// <summary>The version of this handout a reader with a cancer type and, maybe, a treatment gets: the one made for
    /// both, else the one for their cancer type alone (written for readers whose treatment it does not name); null
    /// when neither exists, so the handout is not for them. The general page is never a reader's version: it shows
    /// every block, labelled for someone else, and is not printed.</summary>
    public Variant? PrintedVersionFor(Variant reader)
    {
        if (reader.IsGeneral) return null;
        if (Variants.Contains(reader)) return reader;
        var cancerOnly = reader with { Treatment = null };
        return Variants.Contains(cancerOnly) ? cancerOnly : null;
    }

    /// <summary>The sources a variant's page lists: on the general page all of them, on a variant those without a
    /// condition and those whose condition matches it.</summary>
    public IEnumerable<HandoutSource> SourcesFor(Variant variant) =>
        Handout.Sources.Where((_, i) => variant.IsGeneral || i >= SourceConditions.Count || SourceConditions[i] is not { } c || c.Matches(variant));

    /// <summary>The version of this handout that fits a reader of <paramref name="reader"/> (a version of another
    /// handout): the one for the same cancer type and treatment, else the one for everyone with that cancer type, else
    /// the general page. A version for the same cancer type but another treatment is never chosen: it is written for
    /// readers of that treatment (its blocks shown unlabelled), while the general page says whom each block is for.
    /// The general page leads to general pages.</summary>
    public Variant VersionFor(Variant reader) => PrintedVersionFor(reader) ?? Variant.General;

    private static Condition? SourceCondition(Located<string> text, Handout handout, IReadOnlyList<Variant> variants, Taxonomy taxonomy, DiagnosticBag diagnostics)
    {
        var condition = ConditionParser.ParseValue(text.Value, text.Span, diagnostics);
        if (condition is null) return null;
        ConditionChecker.Check(condition, handout, taxonomy, "source", diagnostics);
        if (!variants.Any(condition.Matches))
            diagnostics.Warning(Codes.DeadBlock, text.Span, $"no variant of this handout matches this source's condition (variants: {string.Join(", ", variants.Select(v => v.Id))}), so only the general page lists it");
        return condition;
    }
}
