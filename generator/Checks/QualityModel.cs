using Handouts.Checks.Readability;
using Handouts.Diagnostics;

namespace Handouts.Checks;

internal enum QualityStatus
{
    Ok,
    Warning,
    Error,
}

/// <summary>A sentence worth rewriting, ranked hardest first: English by its Flesch-Kincaid grade, Spanish by its
/// Szigriszt-Pazos perspicuity (<paramref name="Perspicuity"/>, lowest first; the grade is 0), other languages by
/// length.</summary>
internal sealed record HardSentence(int Line, int Words, double Grade, string Text, double? Perspicuity = null);

/// <summary>Readability of one page of a handout (the general page or a variant). Grades are null for languages
/// other than English, <paramref name="Spanish"/> for languages other than Spanish (and for a page without prose);
/// for any other language only lengths are reported.</summary>
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
    QualityStatus Status,
    SpanishScores? Spanish = null);

/// <summary>What the checks measured for one handout file.</summary>
internal sealed record HandoutQuality(
    string Slug,
    string Language,
    string Path,
    string Title,
    DateOnly Reviewed,
    string Reviewer,
    int ReviewAgeDays,
    DateOnly NextReview,
    IReadOnlyList<VariantQuality> Variants,
    IReadOnlyList<HardSentence> HardestSentences)
{
    public VariantQuality General => Variants[0];
}

/// <summary>The quality report of a run: every handout with the diagnostics reported in its file.</summary>
internal sealed record QualityReport(DateOnly Today, IReadOnlyList<(HandoutQuality Handout, IReadOnlyList<Diagnostic> Diagnostics)> Handouts)
{
    /// <summary>Whether any handout is Spanish: the tables show the Spanish scores' columns only then, so a clinic
    /// writing in English alone sees no empty columns.</summary>
    public bool HasSpanish => Handouts.Any(x => SpanishScores.AppliesTo(x.Handout.Language));

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
