using System.Text;

namespace Handouts.Checks.Readability;

/// <summary>Spanish syllable counter. Spanish spelling is regular, so syllables are the vowel nuclei of the written
/// word, counted by the rules for diphthongs, triphthongs and hiatus of the RAE and ASALE's <i>Ortografía de la lengua
/// española</i> (2010); no exception list is needed.</summary>
/// <remarks>
/// <para>a, e, o (accented or not) are strong vowels; i, u, ü are weak; í and ú are weak vowels made strong by the
/// accent. A nucleus holds at most one strong vowel, so weak vowels join their neighbours into diphthongs and
/// triphthongs ("sie-te", "ciu-dad", "U-ru-guay") and two strong vowels are said apart ("po-e-ta", "dí-a", "pa-ís",
/// "pa-ra-noi-a"). Two weak vowels are one nucleus even with an accent ("cuí-da-lo"), unless they are the same letter
/// ("chi-i-ta").</para>
/// <para>The u of qu, and of gu before e or i, only shapes the consonant ("que-so", "gue-rra"); ü is said
/// ("pin-güi-no"). y is a vowel where no vowel follows it ("hoy", "muy", the word "y") and a consonant before one
/// ("ma-yo"). h is a consonant, as in school syllabification ("a-ho-ra", "pro-hi-bir"), though in speech a diphthong
/// may span it (prohibir is often said in two syllables). Numbers count as in every language (<see cref="WordParts"/>).</para>
/// <para>Known misses: a prefix said apart from its stem is counted as a diphthong ("reunir" = 2, though many say
/// re-u-nir), and letters read one by one ("DXA" = 1).</para>
/// </remarks>
internal static class SpanishSyllables
{
    private enum Sound
    {
        Consonant,
        Weak,
        Strong,
    }

    /// <summary>Syllables in a word as <see cref="Sentences.Words"/> returns it; hyphenated parts are added up.
    /// Any word of letters or digits counts at least 1.</summary>
    public static int Count(string word) => WordParts.Sum(Compose(word), Letters);

    /// <summary>An accent typed as a combining mark joined to its vowel ("di" + U+0301 is "dí"), lowercased. The
    /// generator runs with invariant globalization, where string.Normalize leaves them apart.</summary>
    private static string Compose(string word)
    {
        if (word.AsSpan().IndexOfAny('\u0301', '\u0308') < 0) return word;
        var sb = new StringBuilder(word.Length);
        foreach (var c in word)
        {
            var composed = sb.Length == 0 ? '\0' : (c, char.ToLowerInvariant(sb[^1])) switch
            {
                ('\u0301', 'a') => 'á',
                ('\u0301', 'e') => 'é',
                ('\u0301', 'i') => 'í',
                ('\u0301', 'o') => 'ó',
                ('\u0301', 'u') => 'ú',
                ('\u0308', 'u') => 'ü',
                _ => '\0',
            };
            if (composed != '\0') sb[^1] = composed;
            else sb.Append(c);
        }

        return sb.ToString();
    }

    private static int Letters(string part)
    {
        var w = part.ToLowerInvariant();
        int count = 0;
        var inNucleus = false;
        var hasStrong = false;
        var previous = '\0';
        for (var i = 0; i < w.Length; i++)
        {
            var sound = SoundAt(w, i);
            if (sound == Sound.Consonant)
            {
                inNucleus = false;
                continue;
            }

            var strong = sound == Sound.Strong;
            if (!inNucleus || (strong && hasStrong) || w[i] == previous)
            {
                count++;
                hasStrong = false;
            }

            hasStrong |= strong;
            inNucleus = true;
            previous = w[i];
        }

        return Math.Max(1, count);
    }

    private static Sound SoundAt(string w, int i)
    {
        var next = i + 1 < w.Length ? w[i + 1] : '\0';
        return w[i] switch
        {
            'a' or 'e' or 'o' or 'á' or 'é' or 'ó' or 'í' or 'ú' => Sound.Strong,
            'i' or 'ü' => Sound.Weak,
            'u' when i > 0 && (w[i - 1] == 'q' || (w[i - 1] == 'g' && next is 'e' or 'i' or 'é' or 'í')) => Sound.Consonant,
            'u' => Sound.Weak,
            'y' => IsVowelLetter(next) ? Sound.Consonant : Sound.Weak,
            _ => Sound.Consonant,
        };
    }

    private static bool IsVowelLetter(char c) => "aeiouáéíóúü".Contains(c);
}
