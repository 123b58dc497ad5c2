namespace Handouts.Checks.Readability;

/// <summary>The counts the readability formulas are built from. Sentences, words and the longest sentence mean the
/// same in any language; syllables and polysyllables (words of three or more) are counted by the language's own
/// counter (<see cref="SyllableCache"/>): English unless the handout is Spanish.</summary>
internal sealed record TextStats(int Sentences, int Words, int Syllables, int PolysyllableWords, int LongestSentenceWords)
{
    /// <summary>Sums the counts each sentence took from its own text, so words and syllables always agree.</summary>
    public static TextStats Measure(IReadOnlyList<Sentence> sentences)
    {
        int words = 0, syllables = 0, polysyllables = 0, longest = 0;
        foreach (var sentence in sentences)
        {
            syllables += sentence.Syllables;
            polysyllables += sentence.Polysyllables;
            words += sentence.Words;
            longest = Math.Max(longest, sentence.Words);
        }

        return new TextStats(sentences.Count, words, syllables, polysyllables, longest);
    }
}

/// <summary>Sentence and word lengths: what can be reported for a language no formula here fits.</summary>
internal sealed record LengthStats(double WordsPerSentence, double CharactersPerWord, int LongestSentenceWords)
{
    public static LengthStats Compute(IReadOnlyList<Sentence> sentences)
    {
        int words = 0, characters = 0, longest = 0;
        foreach (var sentence in sentences)
        {
            words += sentence.Words;
            characters += sentence.Characters;
            longest = Math.Max(longest, sentence.Words);
        }

        return words == 0
            ? new LengthStats(0, 0, 0)
            : new LengthStats((double)words / sentences.Count, (double)characters / words, longest);
    }
}
