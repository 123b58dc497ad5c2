using Handouts.Content;

namespace Handouts.Site;

/// <summary>A waiting-room poster in one language: a QR code for each cancer type that has a page in it.
/// <see cref="Date"/> is that of the language's most recently reviewed handout.</summary>
internal sealed record PrintPoster(string Language, IReadOnlyList<TaxonomyTerm> Cancers, DateOnly Date);
