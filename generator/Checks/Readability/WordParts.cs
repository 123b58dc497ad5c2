namespace Handouts.Checks.Readability;

/// <summary>The parts of a word that syllable counters read, shared by every language so a number or a hyphenated
/// word counts the same in each: one syllable per group of digits between commas or points ("30" = 1, "1,000" = 2,
/// "1.5" = 2), and the letter parts between hyphens and digits ("weight-bearing", "B12") counted by the language's
/// own rules. An apostrophe between letters stays inside its part ("didn't").</summary>
internal static class WordParts
{
    /// <summary>Digit groups plus <paramref name="letters"/> of each run of letters.</summary>
    public static int Sum(string word, Func<string, int> letters)
    {
        var total = 0;
        var i = 0;
        while (i < word.Length)
        {
            var start = i;
            if (char.IsDigit(word[i]))
            {
                // One syllable per digit group: "1,000" and "1.5" are two groups.
                total++;
                for (i++; i < word.Length && (char.IsDigit(word[i]) || Inner(word, i, ',', '.', char.IsDigit)); i++)
                    if (!char.IsDigit(word[i])) total++;
            }
            else if (char.IsLetter(word[i]))
            {
                while (i < word.Length && (char.IsLetter(word[i]) || Inner(word, i, '\'', '\u2019', char.IsLetter))) i++;
                total += letters(word[start..i]);
            }
            else
            {
                i++;
            }
        }

        return total;
    }

    private static bool Inner(string word, int i, char mark, char otherMark, Func<char, bool> followedBy) =>
        (word[i] == mark || word[i] == otherMark) && i + 1 < word.Length && followedBy(word[i + 1]);
}
