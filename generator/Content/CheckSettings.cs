namespace Handouts.Content;

/// <summary>Thresholds of the quality checks, from <c>checks:</c> in site.yml. The defaults follow what clinics are
/// told: write at a 6th-grade level (never above 8th), keep sentences to 20 words, re-review every 2–3 years.</summary>
internal sealed record CheckSettings(
    int ReadingGradeTarget = 6,
    int ReadingGradeMax = 8,
    int SentenceWordsMax = 20,
    int HeadingLevelsMax = 3,
    int ReviewWarningYears = 2,
    int ReviewErrorYears = 3);
