namespace Handouts.Checks.Readability;

/// <summary>Grade-level scores of English prose, from the published formulas (unrounded).</summary>
/// <remarks>
/// <para>Flesch-Kincaid grade = 0.39 × words/sentences + 11.8 × syllables/words − 15.59 (Kincaid, Fishburne, Rogers
/// and Chissom, 1975, "Derivation of new readability formulas ... for Navy enlisted personnel", Research Branch
/// Report 8-75).</para>
/// <para>Flesch Reading Ease = 206.835 − 1.015 × words/sentences − 84.6 × syllables/words (Flesch, 1948, "A new
/// readability yardstick", Journal of Applied Psychology 32:221–233). Higher is easier.</para>
/// <para>SMOG grade = 1.0430 × √(polysyllables × 30 / sentences) + 3.1291 (McLaughlin, 1969, "SMOG grading: a new
/// readability formula", Journal of Reading 12(8):639–646). SMOG is defined on a sample of 30 sentences; a shorter
/// text (one handout variant, or one sentence) is scaled to 30 sentences by the 30 / sentences factor, as the
/// formula itself does. Below 30 sentences that scaling makes it less stable than the other two.</para>
/// </remarks>
internal sealed record ReadabilityScores(double FleschKincaidGrade, double FleschReadingEase, double Smog, TextStats Stats)
{
    /// <summary>Whether the formulas fit a language (a BCP 47 tag such as <c>en</c> or <c>en-GB</c>). For other
    /// languages report <see cref="LengthStats"/> only.</summary>
    public static bool AppliesTo(string language) =>
        language.Equals("en", StringComparison.OrdinalIgnoreCase) || language.StartsWith("en-", StringComparison.OrdinalIgnoreCase);

    public static ReadabilityScores Compute(IReadOnlyList<Sentence> sentences) => From(TextStats.Measure(sentences));

    /// <summary>The Flesch-Kincaid grade (Kincaid et al., 1975) from words per sentence and syllables per word.</summary>
    public static double Grade(double wordsPerSentence, double syllablesPerWord) => (0.39 * wordsPerSentence) + (11.8 * syllablesPerWord) - 15.59;

    /// <summary>Scores from counts; a text without sentences or words scores zero on every scale rather than NaN.</summary>
    public static ReadabilityScores From(TextStats stats)
    {
        if (stats.Sentences == 0 || stats.Words == 0) return new ReadabilityScores(0, 0, 0, stats);
        var wordsPerSentence = (double)stats.Words / stats.Sentences;
        var syllablesPerWord = (double)stats.Syllables / stats.Words;
        return new ReadabilityScores(
            FleschKincaidGrade: Grade(wordsPerSentence, syllablesPerWord),
            FleschReadingEase: 206.835 - (1.015 * wordsPerSentence) - (84.6 * syllablesPerWord),
            Smog: (1.0430 * Math.Sqrt(stats.PolysyllableWords * 30.0 / stats.Sentences)) + 3.1291,
            Stats: stats);
    }
}
