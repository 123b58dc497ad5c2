using Handouts.Checks.Readability;

namespace Handouts.Tests.Checks;

public sealed class ReadabilityTests
{
    /// <summary>Syllable counts from Merriam-Webster's first pronunciation. Where the dictionary gives two, the choice
    /// is the one <see cref="Syllables"/> documents: every = 2 (ˈev-rē), really = 2, family = 3. Prednisone is 3
    /// (ˈpred-nə-ˌsōn), not 2.</summary>
    private static readonly (string Word, int Syllables)[] Golden =
    [
        // Words patients see in bone-health handouts.
        ("osteoporosis", 6), ("bisphosphonate", 4), ("denosumab", 4), ("calcium", 3), ("vitamin", 3), ("fracture", 2),
        ("medicine", 3), ("exercise", 3), ("estrogen", 3), ("testosterone", 4), ("prednisone", 3), ("chemotherapy", 5),
        ("radiation", 4), ("alendronate", 4), ("zoledronic", 4), ("dexamethasone", 5), ("menopause", 3), ("cancer", 2),
        ("doctor", 2), ("tamoxifen", 4), ("letrozole", 3), ("anastrozole", 4), ("hormone", 2), ("oncology", 4),
        ("diagnosis", 4), ("surgery", 3), ("therapy", 3), ("infusion", 3), ("injection", 3), ("biopsy", 3),
        ("antibiotic", 5), ("physician", 3), ("leukemia", 4), ("diarrhea", 4), ("metabolism", 5), ("hypothyroidism", 6),
        ("magnesium", 4), ("potassium", 4), ("sodium", 3), ("protein", 2), ("caffeine", 2), ("calories", 3),
        ("nutrition", 3), ("insulin", 3), ("infection", 3), ("fever", 2), ("vomiting", 3), ("constipation", 4),
        ("dizziness", 3), ("numbness", 2), ("headache", 2), ("headaches", 2), ("emergency", 4), ("ambulance", 3),
        ("hospital", 3), ("appointment", 3), ("treatment", 2), ("tablet", 2), ("kidney", 2), ("stomach", 2),
        ("muscle", 2), ("patient", 2), ("pharmacist", 3), ("nurse", 1), ("pressure", 2), ("density", 3),
        ("balance", 2), ("fatigue", 2), ("fluid", 2), ("diabetes", 4), ("caregiver", 3), ("ingredient", 4),
        // Everyday words, many of them traps for vowel-group counting.
        ("the", 1), ("bone", 1), ("bones", 1), ("strong", 1), ("table", 2), ("tables", 2), ("walked", 1), ("wanted", 2),
        ("needed", 2), ("tired", 1), ("makes", 1), ("changes", 2), ("places", 2), ("people", 2), ("area", 3),
        ("idea", 3), ("create", 2), ("poem", 2), ("science", 2), ("being", 2), ("going", 2), ("playing", 2),
        ("trying", 2), ("family", 3), ("really", 2), ("every", 2), ("everyone", 3), ("something", 2),
        ("sometimes", 2), ("business", 2), ("daily", 2), ("water", 2), ("morning", 2), ("evening", 2), ("minutes", 2),
        ("suggest", 2), ("breakfast", 2), ("bedtime", 2), ("needle", 2), ("little", 2), ("simple", 2), ("able", 2),
        ("whole", 1), ("eye", 1), ("beyond", 2), ("diet", 2), ("quiet", 2), ("anxiety", 4), ("question", 2),
        ("language", 2), ("usual", 3), ("actual", 3), ("influence", 3), ("experience", 4), ("easier", 3),
        ("completely", 3), ("movement", 2), ("useful", 2), ("video", 3), ("museum", 3), ("various", 3),
        ("previous", 3), ("serious", 3), ("delicious", 3), ("million", 2), ("opinion", 3), ("senior", 2),
        ("behavior", 3), ("period", 3), ("continue", 3), ("continuous", 4), ("employee", 3), ("association", 5),
        ("cheese", 1), ("yogurt", 2), ("results", 2), ("effects", 2), ("smoking", 2), ("alcohol", 3), ("suddenly", 3),
    ];

    [Fact]
    public void Syllable_counts_match_the_dictionary_on_the_golden_list()
    {
        var misses = Golden.Select(g => (g.Word, Expected: g.Syllables, Actual: Syllables.Count(g.Word)))
            .Where(g => g.Expected != g.Actual).ToList();
        var rate = 1.0 - ((double)misses.Count / Golden.Length);
        Assert.True(rate >= 0.95, $"{rate:P1} of {Golden.Length} words right; misses: {string.Join(", ", misses.Select(m => $"{m.Word} {m.Actual} (not {m.Expected})"))}");
        Assert.True(Golden.Length >= 60);
    }

    [Theory]
    [InlineData("30", 1)] // one syllable per digit group: numbers are not spelled out
    [InlineData("1,000", 2)]
    [InlineData("1.5", 2)]
    [InlineData("B12", 2)]
    [InlineData("weight-bearing", 3)] // a hyphenated word counts its parts
    [InlineData("don't", 1)]
    [InlineData("didn't", 2)]
    [InlineData("doesn\u2019t", 2)]
    [InlineData("Osteoporosis", 6)]
    [InlineData("mg", 1)] // no vowel: still a word read aloud
    [InlineData("sciences", 3)] // exceptions reach their plurals
    public void Syllables_of_numbers_contractions_and_odd_tokens(string word, int expected) =>
        Assert.Equal(expected, Syllables.Count(word));

    [Theory]
    [InlineData("Dr. Lee will see you. Bring your pills, e.g. calcium and vitamin D.", "Dr. Lee will see you.|Bring your pills, e.g. calcium and vitamin D.")]
    [InlineData("Take 1.5 tablets. Drink 1,000 mg of milk a day.", "Take 1.5 tablets.|Drink 1,000 mg of milk a day.")]
    [InlineData("Take it at 8 a.m. with water. Wait 30 minutes.", "Take it at 8 a.m. with water.|Wait 30 minutes.")]
    [InlineData("Bring pills, socks, etc. Then rest.", "Bring pills, socks, etc.|Then rest.")]
    [InlineData("Is it safe? Yes! Ask Mrs. Diaz vs. Mr. Ruiz.", "Is it safe?|Yes!|Ask Mrs. Diaz vs. Mr. Ruiz.")]
    [InlineData("Wait… Then call us. It gets better... slowly.", "Wait…|Then call us.|It gets better... slowly.")]
    [InlineData("Use room No. 5 today. No. Not that one.", "Use room No. 5 today.|No.|Not that one.")]
    [InlineData("Two things matter: calcium; and walking", "Two things matter: calcium; and walking")]
    [InlineData("She said \"Stop.\" Then she left.", "She said \"Stop.\"|Then she left.")]
    [InlineData("Read Cancer.Net (i.e. the ASCO site).", "Read Cancer.Net (i.e. the ASCO site).")]
    [InlineData("¿Tiene dolor? Llame a la Dra. Ruiz.", "¿Tiene dolor?|Llame a la Dra. Ruiz.")]
    public void Splits_sentences_at_their_ends_only(string text, string expected) =>
        Assert.Equal(expected.Split('|'), Sentences.Split([new Paragraph(text, 1)]).Select(s => s.Text));

    [Fact]
    public void Each_list_item_is_a_sentence_and_sentences_start_on_their_own_line()
    {
        Paragraph[] prose =
        [
            new("Bones need calcium. They also need\nvitamin D. Walking\nhelps.\nSo does lifting.", 10),
            new("Eat dairy foods", 20), // a list item without final punctuation
        ];
        var sentences = Sentences.Split(prose);
        Assert.Equal(
            [("Bones need calcium.", 10, 3), ("They also need vitamin D.", 10, 5), ("Walking helps.", 11, 2), ("So does lifting.", 13, 3), ("Eat dairy foods", 20, 3)],
            sentences.Select(s => (s.Text, s.Line, s.Words)));
    }

    [Fact]
    public void Words_keep_inner_apostrophes_hyphens_and_number_punctuation()
    {
        Assert.Equal(["Don't", "skip", "weight-bearing", "exercise", "1,000", "mg", "1.5", "e.g", "x"], Sentences.Words("Don't skip weight-bearing exercise: 1,000 mg, 1.5 (e.g. x)."));
        Assert.Empty(Sentences.Split([new Paragraph("... —", 1)]));
    }

    private static ReadabilityScores Score(string text) => ReadabilityScores.Compute(Sentences.Split([new Paragraph(text, 1)]));

    // Golden formula tests. The counts are by hand and the expected scores worked out by hand from the published
    // formulas (4 decimals shown, asserted to 0.01):
    //   Flesch-Kincaid grade = 0.39 × W/S + 11.8 × Sy/W − 15.59 (Kincaid et al., 1975, Research Branch Report 8-75)
    //   Flesch Reading Ease  = 206.835 − 1.015 × W/S − 84.6 × Sy/W (Flesch, 1948, J. Applied Psychology 32:221–233)
    //   SMOG grade           = 1.0430 × √(P × 30 / S) + 3.1291 (McLaughlin, 1969, J. Reading 12(8):639–646)
    // S = sentences, W = words, Sy = syllables, P = words of 3+ syllables. Every word of 2+ syllables is in Golden.

    [Fact]
    public void Formulas_on_a_passage_of_one_syllable_words()
    {
        // "The cat sat on the mat." 6 words, 6 syllables. "The dog ran to the park." 6 words, 6 syllables.
        // S = 2, W = 12, Sy = 12, P = 0; W/S = 6, Sy/W = 1.
        // FK   = 0.39 × 6 + 11.8 × 1 − 15.59 = 2.34 + 11.8 − 15.59 = −1.4500
        // FRE  = 206.835 − 1.015 × 6 − 84.6 × 1 = 206.835 − 6.09 − 84.6 = 116.1450
        // SMOG = 1.0430 × √(0 × 30 / 2) + 3.1291 = 3.1291
        const string text = "The cat sat on the mat. The dog ran to the park.";
        Assert.All(Sentences.Words(text), w => Assert.Equal(1, Syllables.Count(w)));
        AssertScores(Score(text), new TextStats(2, 12, 12, 0, 6), -1.45, 116.145, 3.1291);
    }

    [Fact]
    public void Formulas_on_a_passage_with_medical_words()
    {
        // "Osteoporosis makes bones weak."            os-te-o-po-ro-sis 6, makes 1, bones 1, weak 1: 4 words, 9 syllables, P 1
        // "Your doctor may suggest calcium and vitamin D."
        //   your 1, doc-tor 2, may 1, sug-gest 2, cal-ci-um 3, and 1, vi-ta-min 3, D 1:  8 words, 14 syllables, P 2
        // "Exercise helps keep bones strong."         ex-er-cise 3, helps 1, keep 1, bones 1, strong 1: 5 words, 7 syllables, P 1
        // S = 3, W = 17, Sy = 30, P = 4; W/S = 17/3 = 5.6667, Sy/W = 30/17 = 1.7647.
        // FK   = 0.39 × 5.6667 + 11.8 × 1.7647 − 15.59 = 2.2100 + 20.8235 − 15.59 = 7.4435
        // FRE  = 206.835 − 1.015 × 5.6667 − 84.6 × 1.7647 = 206.835 − 5.7517 − 149.2941 = 51.7892
        // SMOG = 1.0430 × √(4 × 30 / 3) + 3.1291 = 1.0430 × √40 + 3.1291 = 1.0430 × 6.3246 + 3.1291 = 9.7256
        const string text = "Osteoporosis makes bones weak. Your doctor may suggest calcium and vitamin D. Exercise helps keep bones strong.";
        Assert.Equal([6, 1, 1, 1, 1, 2, 1, 2, 3, 1, 3, 1, 3, 1, 1, 1, 1], Sentences.Words(text).Select(Syllables.Count));
        AssertScores(Score(text), new TextStats(3, 17, 30, 4, 8), 7.4435, 51.7892, 9.7256);
    }

    [Fact]
    public void Formulas_on_instructions_with_a_number_across_lines()
    {
        // "Take your medicine every morning."         take 1, your 1, med-i-cine 3, ev-ery 2, morn-ing 2: 5 words, 9 syllables, P 1
        // "Drink a full glass of water with it."      wa-ter 2, the other seven 1 each: 8 words, 9 syllables
        // "Do not lie down for 30 minutes."           30 1 (one digit group), min-utes 2, the rest 1: 7 words, 8 syllables
        // S = 3, W = 20, Sy = 26, P = 1; W/S = 20/3 = 6.6667, Sy/W = 26/20 = 1.3.
        // FK   = 0.39 × 6.6667 + 11.8 × 1.3 − 15.59 = 2.6000 + 15.3400 − 15.59 = 2.3500
        // FRE  = 206.835 − 1.015 × 6.6667 − 84.6 × 1.3 = 206.835 − 6.7667 − 109.98 = 90.0883
        // SMOG = 1.0430 × √(1 × 30 / 3) + 3.1291 = 1.0430 × √10 + 3.1291 = 1.0430 × 3.1623 + 3.1291 = 6.4274
        const string text = "Take your medicine every morning.\nDrink a full glass of water with it.\nDo not lie down for 30 minutes.";
        Assert.Equal([1, 1, 3, 2, 2, 1, 1, 1, 1, 1, 2, 1, 1, 1, 1, 1, 1, 1, 1, 2], Sentences.Words(text).Select(Syllables.Count));
        AssertScores(Score(text), new TextStats(3, 20, 26, 1, 8), 2.35, 90.0883, 6.4274);
    }

    private static void AssertScores(ReadabilityScores scores, TextStats stats, double grade, double ease, double smog)
    {
        Assert.Equal(stats, scores.Stats);
        Assert.Equal(grade, scores.FleschKincaidGrade, 0.01);
        Assert.Equal(ease, scores.FleschReadingEase, 0.01);
        Assert.Equal(smog, scores.Smog, 0.01);
    }

    [Fact]
    public void No_text_scores_zero_not_nan()
    {
        Assert.Equal(new ReadabilityScores(0, 0, 0, new TextStats(0, 0, 0, 0, 0)), ReadabilityScores.Compute([]));
        Assert.Equal(new LengthStats(0, 0, 0), LengthStats.Compute([]));
    }

    [Fact]
    public void Lengths_are_measured_in_any_language()
    {
        // 3 + 5 words; letters: Tome(4) calcio(6) diario(6) / Camine(6) un(2) poco(4) cada(4) día(3) = 35.
        var lengths = LengthStats.Compute(Sentences.Split([new Paragraph("Tome calcio diario. Camine un poco cada día.", 1)]));
        Assert.Equal(4.0, lengths.WordsPerSentence, 0.001);
        Assert.Equal(35 / 8.0, lengths.CharactersPerWord, 0.001);
        Assert.Equal(5, lengths.LongestSentenceWords);
        Assert.True(ReadabilityScores.AppliesTo("en-GB"));
        Assert.False(ReadabilityScores.AppliesTo("es"));
    }
}
