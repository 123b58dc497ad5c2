namespace Handouts.Content;

/// <summary>Thresholds of the quality checks, from <c>checks:</c> in site.yml. The defaults follow what clinics are
/// told: write at a 6th-grade level (never above 8th), keep sentences to 20 words, re-review every 2–3 years.</summary>
internal sealed record CheckSettings(
    int ReadingGradeTarget = 6,
    int ReadingGradeMax = 8,
    int SentenceWordsMax = 20,
    int HeadingLevelsMax = 3,
    int ReviewWarningYears = 2,
    int ReviewErrorYears = 3)
{
    /// <summary>When a handout reviewed on <paramref name="reviewed"/> is due for its next review: the clinic's review
    /// period later. Printed on every page and PDF, and warned about (HND039) once it has passed.</summary>
    public DateOnly NextReview(DateOnly reviewed) => reviewed.AddYears(ReviewWarningYears);

    /// <summary>The reading-ease thresholds of Spanish handouts, whose grade is not measured.</summary>
    public SpanishThresholds Spanish { get; init; } = new();
}
