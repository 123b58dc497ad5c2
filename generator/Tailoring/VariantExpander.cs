using Handouts.Content;
using Handouts.Diagnostics;

namespace Handouts.Tailoring;

/// <summary>Expand stage: the variants a handout gets — every (cancer, treatment) pair it declares that the taxonomy
/// allows, or one per cancer type where none of its treatments applies — unless front matter lists them.</summary>
internal static class VariantExpander
{
    public static IReadOnlyList<Variant> Expand(Handout handout, Handout original, Taxonomy taxonomy, DiagnosticBag diagnostics)
    {
        var specs = handout.VariantSpecs ?? original.VariantSpecs;
        return specs is null ? Default(handout, taxonomy) : FromSpecs(handout, specs, taxonomy, diagnostics);
    }

    private static List<Variant> Default(Handout handout, Taxonomy taxonomy)
    {
        var result = new List<Variant>();
        foreach (var cancer in handout.CancerTypes.Select(c => c.Value).Distinct())
        {
            var pairs = handout.Treatments.Select(t => t.Value).Distinct().Where(t => taxonomy.Applies(t, cancer)).ToList();
            if (pairs.Count == 0) result.Add(new Variant(cancer, null));
            result.AddRange(pairs.Select(t => new Variant(cancer, t)));
        }

        return result;
    }

    private static List<Variant> FromSpecs(Handout handout, IReadOnlyList<VariantSpec> specs, Taxonomy taxonomy, DiagnosticBag diagnostics)
    {
        var result = new List<Variant>();
        foreach (var spec in specs)
        {
            var cancer = spec.Cancer.Value;
            if (!handout.Declares(TermKind.Cancer, cancer))
            {
                diagnostics.Error(Codes.BadVariant, spec.Cancer.Span, $"variant cancer '{cancer}' is not one of this handout's cancer_types");
                continue;
            }

            if (spec.Treatment is { } t)
            {
                if (!handout.Declares(TermKind.Treatment, t.Value))
                {
                    diagnostics.Error(Codes.BadVariant, t.Span, $"variant treatment '{t.Value}' is not one of this handout's treatments");
                    continue;
                }

                if (!taxonomy.Applies(t.Value, cancer))
                {
                    diagnostics.Error(Codes.BadVariant, t.Span, $"taxonomy.yml does not apply treatment '{t.Value}' to cancer type '{cancer}'");
                    continue;
                }
            }

            var variant = new Variant(cancer, spec.Treatment?.Value);
            if (result.Contains(variant))
                diagnostics.Error(Codes.BadVariant, spec.Cancer.Span, $"variant '{variant.Id}' is listed twice");
            else
                result.Add(variant);
        }

        return result;
    }
}
