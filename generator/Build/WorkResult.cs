using Handouts.Checks;
using Handouts.Diagnostics;
using Handouts.Site;

namespace Handouts.Build;

/// <summary>What one handout's job made (its pages and PDFs, the content files they use, its line of the search index (JSON),
/// what its checks measured and reported), or what the waiting-room prints made (files and reports only): the unit the
/// build cache keeps, so a job taken from the cache adds exactly what running it would have.</summary>
internal sealed record WorkResult(IReadOnlyList<SiteFile> Files, IReadOnlyList<string> Media, byte[]? SearchLine, HandoutQuality? Quality, IReadOnlyList<Diagnostic> Diagnostics);
