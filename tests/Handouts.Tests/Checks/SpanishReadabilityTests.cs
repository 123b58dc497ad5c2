using Handouts.Checks.Readability;

namespace Handouts.Tests.Checks;

public sealed class SpanishReadabilityTests
{
    /// <summary>Dictionary syllabification (RAE and ASALE, <i>Ortografía de la lengua española</i>, 2010), one hyphen
    /// between syllables: the word is the parts joined, its count the number of parts. Diphthongs and triphthongs are
    /// one syllable as the Ortografía counts them ("ciu-dad", "a-gua"); a prefix that some speakers say apart
    /// ("reunir", "rehusar", "huir") is left out, as dictionaries disagree on it.</summary>
    private static readonly string[] Golden =
    [
        // Words of our bone-health handouts.
        "os-te-o-po-ro-sis", "os-te-o-pe-nia", "cal-cio", "vi-ta-mi-na", "frac-tu-ra", "frac-tu-ras", "hue-so", "hue-sos",
        "me-di-ci-na", "me-di-ci-nas", "me-di-ca-men-to", "tra-ta-mien-to", "tra-ta-mien-tos", "cán-cer", "prós-ta-ta",
        "hor-mo-na", "hor-mo-nal", "en-fer-me-ra", "den-si-to-me-trí-a", "den-si-dad", "ó-se-a", "ó-se-o", "es-tró-ge-no",
        "tes-tos-te-ro-na", "a-ro-ma-ta-sa", "in-hi-bi-dor", "in-hi-bi-do-res", "qui-mio-te-ra-pia", "ra-dio-te-ra-pia",
        "te-ra-pia", "ra-dia-ción", "ci-ru-gí-a", "o-va-rios", "o-vá-ri-ca", "su-pre-sión", "o-o-fo-rec-to-mí-a",
        "or-quiec-to-mí-a", "pred-ni-so-na", "es-te-roi-des", "lin-fo-ma", "mie-lo-ma", "múl-ti-ple", "leu-ce-mia",
        "me-no-pau-sia", "pas-ti-lla", "pas-ti-llas", "do-sis", "in-yec-ción", "in-fu-sión", "su-ple-men-to",
        "su-ple-men-tos", "mag-ne-sio", "pro-te-í-na", "e-jer-ci-cio", "e-qui-li-brio", "vér-te-bras", "co-lum-na",
        "ca-de-ra", "pél-vi-ca", "mu-ñe-ca", "ries-go", "mé-di-co", "en-fer-me-dad", "pa-cien-te", "pa-cien-tes", "sa-lud",
        "hos-pi-tal", "clí-ni-ca", "prue-ba", "prue-bas", "a-ná-li-sis", "san-gre", "ri-ñón", "man-dí-bu-la", "dien-tes",
        "den-tis-ta", "náu-se-as", "dia-rre-a", "fie-bre", "can-san-cio", "ma-re-o", "e-fec-tos", "se-cun-da-rios",
        "es-tó-ma-go", "hí-ga-do", "co-ra-zón", "ti-roi-des", "dia-be-tes", "diu-ré-ti-co", "in-su-li-na", "va-cu-na",
        "bac-te-ria", "in-fec-ción", "a-nes-te-sia", "on-co-lo-gí-a", "on-có-lo-go", "biop-sia", "tu-mor", "me-tás-ta-sis",
        "bis-fos-fo-na-to", "de-no-su-mab", "zo-le-dró-ni-co", "a-len-dro-na-to", "a-nas-tro-zol", "le-tro-zol",
        "ta-mo-xi-fe-no", "con-vul-sio-nes", "e-pi-lep-sia", "ce-re-bro", "sín-to-mas", "a-do-les-cen-te",
        "cre-ci-mien-to", "es-ta-tu-ra", "en-cor-va-da", "dé-bi-les", "fuer-tes", "ra-dio-gra-fí-a", "ca-í-da", "ca-í-das",
        "a-ci-dez", "hi-dra-ta-ción", "je-rin-ga", "ve-na", "ar-te-ria", "o-ri-na", "lí-qui-do", "a-gu-da",
        // The cases the rules are about: hiatus broken by an accent, silent u, ü, final y, h, triphthongs.
        "dí-a", "dí-as", "pa-ís", "ciu-dad", "hue-vo", "gue-rra", "que-so", "pin-güi-no", "ci-güe-ña", "ver-güen-za",
        "a-gua", "an-ti-guo", "se-guir", "si-gue", "al-guien", "a-quí", "quien", "qué", "cual-quier", "y", "hoy", "muy",
        "hay", "rey", "ley", "es-toy", "le-yes", "ma-yo", "a-yu-da", "de-sa-yu-no", "yo-gur", "rí-o", "frí-o", "re-ír",
        "o-ír", "o-í-do", "le-er", "cre-er", "le-í-a", "cre-í-ais", "po-e-ta", "a-é-re-o", "ma-íz", "ba-úl", "a-ún",
        "pe-rí-o-do", "con-ti-nú-a", "con-ti-nuo", "ac-tú-a", "ac-tual", "a-ho-ra", "al-co-hol", "za-na-ho-ria", "bú-ho",
        "cui-da-do", "rui-do", "viu-da", "buey", "U-ru-guay", "es-tu-diáis", "a-ve-ri-güéis", "pa-ra-noi-a", "seis", "diez",
        "vein-te", "cien", "jue-ves", "miér-co-les", "au-to-bús", "piel", "pie",
        // Everyday words.
        "des-pués", "tam-bién", "siem-pre", "cuan-do", "por-que", "pre-gun-te", "lla-me", "ca-mi-ne", "ca-mi-nar",
        "mo-vi-mien-to", "e-qui-po", "us-ted", "le-che", "pes-ca-do", "ver-du-ras", "a-li-men-tos", "bai-lar", "fuer-za",
        "es-pal-da", "do-lor", "ta-re-as", "pró-xi-ma", "es-ca-le-ras", "za-pa-tos", "cuer-po", "a-ño", "ma-ña-na",
        "no-che", "cau-sar", "a-zú-car", "ca-fé", "ci-ta", "fa-mi-lia", "his-to-ria", "far-ma-cia", "e-ner-gí-a",
        "dia-rio", "dia-ria-men-te", "sua-ve", "nue-vo", "bue-no", "a-bue-lo", "pú-bli-co", "ú-til",
    ];

    [Fact]
    public void Syllable_counts_match_the_dictionary_on_every_word_of_the_golden_list()
    {
        Assert.True(Golden.Length >= 150, $"{Golden.Length} words");
        Assert.Equal(Golden.Length, Golden.Distinct(StringComparer.Ordinal).Count());
        var misses = Golden.Select(g => (Word: g.Replace("-", "", StringComparison.Ordinal), Expected: g.Split('-').Length))
            .Select(g => (g.Word, g.Expected, Actual: SpanishSyllables.Count(g.Word)))
            .Where(g => g.Expected != g.Actual).ToList();
        Assert.True(misses.Count == 0, $"{misses.Count} of {Golden.Length} wrong: {string.Join(", ", misses.Select(m => $"{m.Word} {m.Actual} (not {m.Expected})"))}");
    }

    [Theory]
    [InlineData("Día", 2)] // case does not matter
    [InlineData("PAÍS", 2)]
    [InlineData("di\u0301a", 2)] // an accent typed as a combining mark is the same letter
    [InlineData("tambie\u0301n", 2)]
    [InlineData("anti-inflamatorio", 7)] // a hyphenated word counts its parts: an-ti + in-fla-ma-to-rio
    [InlineData("50", 1)] // numbers as in English: one syllable per digit group
    [InlineData("1,000", 2)]
    [InlineData("B12", 2)]
    [InlineData("mg", 1)] // no vowel: still a word read aloud
    [InlineData("UI", 1)] // unidades internacionales, counted as spelled (a known miss, like "DXA")
    public void Syllables_of_odd_tokens(string word, int expected) =>
        Assert.Equal(expected, SpanishSyllables.Count(word));

    private static SpanishScores Score(string text) =>
        SpanishScores.Compute(Sentences.Split([new Paragraph(text, 1)], SyllableCache.Spanish()));

    // Golden formula tests. The counts are by hand (each word's syllables shown) and the expected scores worked out
    // by hand from the published formulas (4 decimals shown, asserted to 0.01):
    //   Fernández-Huerta = 206.84 − 60 × Sy/W − 1.02 × W/S (Fernández Huerta, 1959, Consigna 214:29–32; F read as
    //                      words per sentence, the correction of Law, 2011, LINGUIST List 22.2332)
    //   Szigriszt-Pazos  = 206.835 − 62.3 × Sy/W − W/S (Szigriszt Pazos, 1993, doctoral thesis, Univ. Complutense)
    //   INFLESZ band     = <40 muy difícil, 40–55 algo difícil, 55–65 normal, 65–80 bastante fácil, >80 muy fácil
    //                      (Barrio-Cantalejo et al., 2008, An. Sist. Sanit. Navar. 31(2):135–152)
    // S = sentences, W = words, Sy = syllables.

    [Fact]
    public void Formulas_on_a_short_easy_passage()
    {
        // "Tome calcio cada día."  to-me 2, cal-cio 2, ca-da 2, dí-a 2: 4 words, 8 syllables
        // "Camine un poco."        ca-mi-ne 3, un 1, po-co 2: 3 words, 6 syllables
        // S = 2, W = 7, Sy = 14; W/S = 3.5, Sy/W = 2.
        // FH   = 206.84 − 60 × 2 − 1.02 × 3.5 = 206.84 − 120 − 3.57 = 83.2700
        // IFSZ = 206.835 − 62.3 × 2 − 3.5 = 206.835 − 124.6 − 3.5 = 78.7350: bastante fácil
        const string text = "Tome calcio cada día. Camine un poco.";
        Assert.Equal([2, 2, 2, 2, 3, 1, 2], Sentences.Words(text).Select(SpanishSyllables.Count));
        AssertScores(Score(text), new TextStats(2, 7, 14, 1, 4), 83.27, 78.735, InfleszBand.QuiteEasy);
    }

    [Fact]
    public void Formulas_on_a_passage_with_medical_words()
    {
        // "La osteoporosis debilita los huesos."
        //   la 1, os-te-o-po-ro-sis 6, de-bi-li-ta 4, los 1, hue-sos 2: 5 words, 14 syllables
        // "Su médico puede recomendar calcio y vitamina D."
        //   su 1, mé-di-co 3, pue-de 2, re-co-men-dar 4, cal-cio 2, y 1, vi-ta-mi-na 4, D 1: 8 words, 18 syllables
        // "El ejercicio ayuda a mantener los huesos fuertes."
        //   el 1, e-jer-ci-cio 4, a-yu-da 3, a 1, man-te-ner 3, los 1, hue-sos 2, fuer-tes 2: 8 words, 17 syllables
        // S = 3, W = 21, Sy = 49; W/S = 7, Sy/W = 49/21 = 2.3333.
        // FH   = 206.84 − 60 × 2.3333 − 1.02 × 7 = 206.84 − 140 − 7.14 = 59.7000
        // IFSZ = 206.835 − 62.3 × 2.3333 − 7 = 206.835 − 145.3667 − 7 = 54.4683: algo difícil
        // Polysyllables (3+ syllables, kept for the stats): osteoporosis, debilita, médico, recomendar, vitamina,
        // ejercicio, ayuda, mantener = 8.
        const string text = "La osteoporosis debilita los huesos. Su médico puede recomendar calcio y vitamina D. El ejercicio ayuda a mantener los huesos fuertes.";
        Assert.Equal([1, 6, 4, 1, 2, 1, 3, 2, 4, 2, 1, 4, 1, 1, 4, 3, 1, 3, 1, 2, 2], Sentences.Words(text).Select(SpanishSyllables.Count));
        AssertScores(Score(text), new TextStats(3, 21, 49, 8, 8), 59.70, 54.4683, InfleszBand.SomewhatDifficult);
    }

    [Fact]
    public void Formulas_on_instructions_with_numbers_across_lines()
    {
        // "Los adultos de 50 años o más necesitan unos 1,000 a 1,200 mg de calcio al día."
        //   los 1, a-dul-tos 3, de 1, 50 1, a-ños 2, o 1, más 1, ne-ce-si-tan 4, u-nos 2, 1,000 2, a 1, 1,200 2, mg 1,
        //   de 1, cal-cio 2, al 1, dí-a 2: 17 words, 28 syllables (numbers: one syllable per digit group)
        // "Pregunte a su médico."  pre-gun-te 3, a 1, su 1, mé-di-co 3: 4 words, 8 syllables
        // S = 2, W = 21, Sy = 36; W/S = 10.5, Sy/W = 36/21 = 1.7143.
        // FH   = 206.84 − 60 × 1.7143 − 1.02 × 10.5 = 206.84 − 102.8571 − 10.71 = 93.2729
        // IFSZ = 206.835 − 62.3 × 1.7143 − 10.5 = 206.835 − 106.8 − 10.5 = 89.5350: muy fácil
        // Polysyllables: adultos, necesitan, pregunte, médico = 4.
        const string text = "Los adultos de 50 años o más necesitan unos 1,000 a 1,200 mg de calcio al día.\nPregunte a su médico.";
        Assert.Equal([1, 3, 1, 1, 2, 1, 1, 4, 2, 2, 1, 2, 1, 1, 2, 1, 2, 3, 1, 1, 3], Sentences.Words(text).Select(SpanishSyllables.Count));
        AssertScores(Score(text), new TextStats(2, 21, 36, 4, 17), 93.2729, 89.535, InfleszBand.VeryEasy);
    }

    private static void AssertScores(SpanishScores scores, TextStats stats, double fernandezHuerta, double perspicuity, InfleszBand band)
    {
        Assert.Equal(stats, scores.Stats);
        Assert.Equal(fernandezHuerta, scores.FernandezHuerta, 0.01);
        Assert.Equal(perspicuity, scores.SzigrisztPazos, 0.01);
        Assert.Equal(band, scores.Band);
    }

    [Theory]
    [InlineData(39.9, "muy difícil")]
    [InlineData(40, "algo difícil")]
    [InlineData(54.9, "algo difícil")]
    [InlineData(55, "normal")]
    [InlineData(64.9, "normal")]
    [InlineData(65, "bastante fácil")]
    [InlineData(79.9, "bastante fácil")]
    [InlineData(80, "muy fácil")]
    public void Inflesz_bands_take_a_shared_bound_into_the_easier_band(double score, string band) =>
        Assert.Equal(band, Inflesz.Name(Inflesz.BandOf(score)));

    [Fact]
    public void No_text_scores_zero_not_nan_and_only_spanish_tags_apply()
    {
        Assert.Equal(new SpanishScores(0, 0, new TextStats(0, 0, 0, 0, 0)), SpanishScores.Compute([]));
        Assert.True(SpanishScores.AppliesTo("es"));
        Assert.True(SpanishScores.AppliesTo("es-MX"));
        Assert.False(SpanishScores.AppliesTo("en"));
        Assert.False(SpanishScores.AppliesTo("est"));
    }
}
