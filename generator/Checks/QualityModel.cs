using Handouts.Diagnostics;

namespace Handouts.Checks;

internal enum QualityStatus
{
    Ok,
    Warning,
    Error,
}

/// <summary>A sentence worth rewriting: the per-sentence grade ranks them, hardest first.</summary>
internal sealed record HardSentence(int Line, int Words, double Grade, string Text);

/// <summary>Readability of one page of a handout (the general page or a variant). Grades are null for languages
/// whose formulas we do not have: only lengths are reported there.</summary>
internal sealed record VariantQuality(
    string Id,
    string Label,
    int Sentences,
    int Words,
    double WordsPerSentence,
    int LongestSentenceWords,
    double? Grade,
    double? ReadingEase,
    double? Smog,
    QualityStatus Status);

/// <summary>What the checks measured for one handout file.</summary>
internal sealed record HandoutQuality(
    string Slug,
    string Language,
    string Path,
    string Title,
    DateOnly Reviewed,
    string Reviewer,
    int ReviewAgeDays,
    IReadOnlyList<VariantQuality> Variants,
    IReadOnlyList<HardSentence> HardestSentences)
{
    public VariantQuality General => Variants[0];
}

/// <summary>The quality report of a run: every handout with the diagnostics reported in its file.</summary>
internal sealed record QualityReport(DateOnly Today, IReadOnlyList<(HandoutQuality Handout, IReadOnlyList<Diagnostic> Diagnostics)> Handouts)
{
    public static QualityStatus StatusOf(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics.Any(d => d.IsError) ? QualityStatus.Error : diagnostics.Any() ? QualityStatus.Warning : QualityStatus.Ok;

    public static QualityReport Build(DateOnly today, IEnumerable<HandoutQuality> handouts, IReadOnlyList<Diagnostic> diagnostics)
    {
        var byPath = diagnostics.ToLookup(d => d.Span.Path, StringComparer.Ordinal);
        var rows = handouts
            .OrderBy(h => h.Slug, StringComparer.Ordinal).ThenBy(h => h.Language, StringComparer.Ordinal)
            .Select(h => (h, (IReadOnlyList<Diagnostic>)byPath[h.Path].ToList()))
            .ToList();
        return new QualityReport(today, rows);
    }
}
