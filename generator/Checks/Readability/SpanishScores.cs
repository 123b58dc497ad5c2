namespace Handouts.Checks.Readability;

/// <summary>Reading-ease scores of Spanish prose, from the published formulas (unrounded). Both are Flesch's Reading
/// Ease refitted to Spanish: higher is easier, and patient materials should score in the 60s to 80s.</summary>
/// <remarks>
/// <para>Fernández-Huerta lecturabilidad = 206.84 − 60 × syllables/words − 1.02 × words/sentences (Fernández Huerta,
/// 1959, "Medidas sencillas de lecturabilidad", Consigna 214:29–32). It is usually printed as 206.84 − 0.60 P − 1.02 F
/// with P = syllables per 100 words and F = sentences per 100 words; read that way, more and shorter sentences would
/// score as harder. We use the correction of Law (2011, "Error in the Fernandez Huerta readability formula", LINGUIST
/// List 22.2332), which the usual implementations follow: F is words per sentence, as in Flesch's formula the
/// scale was adapted from.</para>
/// <para>Szigriszt-Pazos perspicuity (IFSZ) = 206.835 − 62.3 × syllables/words − words/sentences (Szigriszt Pazos,
/// 1993, <i>Sistemas predictivos de legibilidad del mensaje escrito: fórmula de perspicuidad</i>, doctoral thesis,
/// Universidad Complutense de Madrid), read on the INFLESZ scale (<see cref="Inflesz"/>).</para>
/// </remarks>
internal sealed record SpanishScores(double FernandezHuerta, double SzigrisztPazos, TextStats Stats)
{
    /// <summary>Whether these formulas fit a language (a BCP 47 tag such as <c>es</c> or <c>es-MX</c>).</summary>
    public static bool AppliesTo(string language) =>
        language.Equals("es", StringComparison.OrdinalIgnoreCase) || language.StartsWith("es-", StringComparison.OrdinalIgnoreCase);

    /// <summary>Scores of sentences whose syllables were counted by <see cref="SpanishSyllables"/>.</summary>
    public static SpanishScores Compute(IReadOnlyList<Sentence> sentences) => From(TextStats.Measure(sentences));

    public InfleszBand Band => Inflesz.BandOf(SzigrisztPazos);

    /// <summary>Fernández-Huerta (1959, as corrected by Law, 2011) from words per sentence and syllables per word.</summary>
    public static double FernandezHuertaOf(double wordsPerSentence, double syllablesPerWord) =>
        206.84 - (60 * syllablesPerWord) - (1.02 * wordsPerSentence);

    /// <summary>Szigriszt-Pazos perspicuity (1993) from words per sentence and syllables per word.</summary>
    public static double PerspicuityOf(double wordsPerSentence, double syllablesPerWord) =>
        206.835 - (62.3 * syllablesPerWord) - wordsPerSentence;

    /// <summary>Scores from counts; a text without sentences or words scores zero rather than NaN.</summary>
    public static SpanishScores From(TextStats stats)
    {
        if (stats.Sentences == 0 || stats.Words == 0) return new SpanishScores(0, 0, stats);
        var wordsPerSentence = (double)stats.Words / stats.Sentences;
        var syllablesPerWord = (double)stats.Syllables / stats.Words;
        return new SpanishScores(FernandezHuertaOf(wordsPerSentence, syllablesPerWord), PerspicuityOf(wordsPerSentence, syllablesPerWord), stats);
    }
}
