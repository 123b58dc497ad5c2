using Handouts.Content;

namespace Handouts.Tailoring;

/// <summary>A handout with the variants it will be published in: known from front matter alone, so the whole site's
/// page list exists before any body is parsed.</summary>
internal sealed record PlannedHandout(Handout Handout, IReadOnlyList<Variant> Variants)
{
    public string Slug => Handout.Slug;

    public string Language => Handout.Language;
}
