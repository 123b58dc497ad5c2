using System.Collections.Frozen;

namespace Handouts.Checks.Readability;

/// <summary>English syllable counter: vowel groups, corrected by spelling rules and a few exceptions. Counts follow
/// Merriam-Webster's first pronunciation (<c>every</c> = 2, <c>really</c> = 2, <c>family</c> = 3).</summary>
/// <remarks>Numbers are not spelled out: each group of digits between commas or points is one syllable ("30" = 1,
/// "1,000" = 2, "1.5" = 2). Spelling out is ambiguous ("2024" as a year or a quantity) and patients read digits at a
/// glance, so a large number should not turn a sentence into a polysyllable-heavy one. Known misses: acronyms read
/// as letters ("DXA" = 1), and a silent e inside a compound the rules do not know ("guideline" needs an exception).
/// </remarks>
internal static class Syllables
{
    // Words the rules get wrong that patient handouts use; plurals are found through their singular.
    private static readonly FrozenDictionary<string, int> Exceptions = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["acne"] = 2, ["argue"] = 2, ["business"] = 2, ["caregiver"] = 3, ["create"] = 2, ["created"] = 3,
        ["creating"] = 3, ["creation"] = 3, ["creative"] = 3, ["diabetes"] = 4, ["element"] = 3, ["evening"] = 2,
        ["every"] = 2, ["guideline"] = 2, ["lifestyle"] = 2, ["maybe"] = 2, ["people"] = 2, ["recipe"] = 3,
        ["science"] = 2, ["syncope"] = 3, ["therefore"] = 2, ["wednesday"] = 2,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // "someone", "everything": the silent e of "some" and the y of "every" sit inside the word, where rules miss them.
    private static readonly (string Prefix, int Syllables)[] CompoundHeads = [("some", 1), ("any", 2), ("every", 2)];

    private static readonly FrozenSet<string> CompoundTails = FrozenSet.Create(StringComparer.Ordinal,
        "one", "body", "thing", "things", "where", "time", "times", "how", "way", "ways", "what", "day", "days", "more", "place");

    // "completely", "movement", "safety": the silent e before these endings is inside the word, out of reach of the
    // final-e rule, so the stem is counted on its own.
    private static readonly (string Suffix, int Syllables)[] Suffixes =
        [("ly", 1), ("ment", 1), ("ments", 1), ("ful", 1), ("less", 1), ("ness", 1), ("ty", 1)];

    /// <summary>Syllables in a word as <see cref="Sentences.Words"/> returns it; hyphenated parts are added up.
    /// Any word of letters or digits counts at least 1.</summary>
    public static int Count(string word) => WordParts.Sum(word, Letters);

    private static int Letters(string part)
    {
        var w = part.ToLowerInvariant().Replace('\u2019', '\'');
        // "didn't", "isn't": the n is a syllable of its own after a consonant, but not after a vowel ("don't", "can't").
        var extra = w.Length >= 5 && w.EndsWith("n't", StringComparison.Ordinal) && !IsVowelLetter(w[^4]) ? 1 : 0;
        return Math.Max(1, Word(w.Replace("'", "", StringComparison.Ordinal)) + extra);
    }

    private static int Word(string w)
    {
        if (Known(w) is int known) return known;
        // "antiemetic", "antiandrogen": the prefix keeps both its syllables before a vowel.
        if (w.Length > 6 && w.StartsWith("anti", StringComparison.Ordinal) && IsVowelLetter(w[4])) return 2 + Word(w[4..]);
        foreach (var (prefix, syllables) in CompoundHeads)
            if (w.StartsWith(prefix, StringComparison.Ordinal) && CompoundTails.Contains(w[prefix.Length..]))
                return syllables + Rules(w[prefix.Length..]);
        foreach (var (suffix, syllables) in Suffixes)
        {
            if (!w.EndsWith(suffix, StringComparison.Ordinal)) continue;
            var stem = w[..^suffix.Length];
            if (stem.Length >= 3 && stem[^1] == 'e' && !IsVowelLetter(stem[^2]) && stem[..^2].Any(IsVowelLetter))
                return Word(stem) + syllables;
        }

        return Rules(w);
    }

    private static int? Known(string w)
    {
        if (Exceptions.TryGetValue(w, out var n)) return n;
        // A plural says one more syllable after a sibilant ("businesses", "sciences"), none otherwise ("creates").
        if (w.EndsWith("ses", StringComparison.Ordinal) && Exceptions.TryGetValue(w[..^2], out n)) return n + 1;
        if (!w.EndsWith('s') || !Exceptions.TryGetValue(w[..^1], out n)) return null;
        return n + (w.EndsWith("ces", StringComparison.Ordinal) || w.EndsWith("ges", StringComparison.Ordinal) ? 1 : 0);
    }

    private static bool IsVowelLetter(char c) => "aeiouyàáâäèéêëìíîïòóôöùúûü".Contains(c);

    private static int Rules(string w)
    {
        var n = w.Length;
        var vowel = new bool[n];
        for (var i = 0; i < n; i++)
        {
            vowel[i] = w[i] switch
            {
                // y is a consonant at the start ("yes") and between vowels ("beyond"), or after n or w before a vowel
                // ("canyon", "lawyer"); after other consonants it is a vowel of its own ("my-e-lo-ma").
                'y' => i > 0 && (i + 1 == n || !"aeou".Contains(w[i + 1]) || !(IsVowelLetter(w[i - 1]) || w[i - 1] is 'n' or 'w')),
                // u after q, and after g before a vowel ("language", "fatigue"), only shapes the consonant.
                'u' => !(i > 0 && (w[i - 1] == 'q' || (w[i - 1] == 'g' && i + 1 < n && "aeiouy".Contains(w[i + 1])))),
                _ => IsVowelLetter(w[i]),
            };
        }

        var count = 0;
        for (var i = 0; i < n; i++)
            if (vowel[i] && (i == 0 || !vowel[i - 1] || SyllableBreak(w, i, count)))
                count++;

        bool Consonant(int at) => at >= 0 && !vowel[at] && char.IsLetter(w[at]);
        // "table", "acre", "tables", "settled", "hundred": after another consonant, the l or r of a final -le, -re,
        // -les, -res, -led, -red is a syllable; after a vowel ("whole", "more", "tired") it is not.
        bool SyllabicLOrR(int at) => w[at] is 'l' or 'r' && Consonant(at - 1) && w[at - 1] != w[at];
        if (count > 1)
        {
            if (w[^1] == 'e' && Consonant(n - 2))
            {
                if (!SyllabicLOrR(n - 2)) count--;
            }
            else if (w.EndsWith("es", StringComparison.Ordinal) && Consonant(n - 3))
            {
                // "places", "changes", "boxes", "tables" say their -es; "bones", "makes" do not; "headaches" is ache + s.
                var c = w[n - 3];
                var syllabic = c is 's' or 'z' or 'x' or 'c' or 'g'
                    || (c == 'h' && n >= 4 && w[n - 4] is 'c' or 's')
                    || SyllabicLOrR(n - 3);
                if (w.EndsWith("aches", StringComparison.Ordinal) && (n == 5 || !vowel[n - 6])) syllabic = false;
                if (!syllabic) count--;
            }
            else if (w.EndsWith("ed", StringComparison.Ordinal) && Consonant(n - 3))
            {
                // "wanted", "needed", "settled", "hundred" say their -ed; "walked", "tired" do not.
                var syllabic = w[n - 3] is 't' or 'd' || SyllabicLOrR(n - 3);
                if (!syllabic) count--;
            }
        }

        // "spasm", "metabolism": the m is a syllable of its own.
        if (w.EndsWith("sm", StringComparison.Ordinal) || w.EndsWith("sms", StringComparison.Ordinal)) count++;
        return count;
    }

    /// <summary>Whether the vowels at <paramref name="i"/> - 1 and <paramref name="i"/> are said apart ("ra-di-a-tion")
    /// rather than together ("spe-cial"). <paramref name="groupsBefore"/> counts the vowel groups so far, including
    /// the one <paramref name="i"/> - 1 belongs to.</summary>
    private static bool SyllableBreak(string w, int i, int groupsBefore)
    {
        var n = w.Length;
        var before = i >= 2 ? w[i - 2] : '\0';
        var next = i + 1 < n ? w[i + 1] : '\0';
        // After c, t, s, g, x, sh an i only softens the consonant: "spe-cial", "ac-tion", "vi-sion", "fash-ion".
        var soft = before is 'c' or 't' or 's' or 'g' or 'x' || (before == 'h' && i >= 3 && w[i - 3] == 's');
        // "be-ing", "go-ing", "try-ing": -ing after a vowel is a syllable of its own.
        if (EndsAt(w, i, "ing") || EndsAt(w, i, "ings")) return true;
        return (w[i - 1], w[i]) switch
        {
            ('i', 'a') => !soft || next == 't', // "di-ag-no-sis", "as-so-ci-a-tion"; "spe-cial"
            ('i', 'o') => !(soft && next is 'n' or 'u') // "ac-tion", "anx-ious"; but "phys-i-ol-o-gy"
                && !(before == 'l' && i >= 3 && w[i - 3] == 'l') // "mil-lion"
                && !(before is 'n' or 'v' && next is 'n' or 'r'), // "o-pin-ion", "sen-ior", "be-hav-ior"; but "pe-ri-od"
            ('i', 'u') => true, // "cal-ci-um", "so-di-um"
            ('i', 'e') => next == 't' // "di-et", "qui-et", "anx-i-e-ty"
                || (!soft && next == 'n' && i + 2 < n && w[i + 2] is 't' or 'c') // "in-gre-di-ent", "ex-pe-ri-ence"
                || (groupsBefore > 1 && (EndsAt(w, i - 1, "ier") || EndsAt(w, i - 1, "iest"))), // "eas-i-er", "ear-li-est"
            ('e', 'o') => !(before is 'g' or 'c' && i >= 3), // "os-te-o-po-ro-sis", "vi-de-o"; "sur-geon"
            ('y', _) => true, // "my-e-lo-ma", "em-bry-o", "try-ing"
            ('e', 'a') => groupsBefore > 1 && (i == n - 1 || (i == n - 2 && next == 's')), // "ar-e-a", "i-de-a"; "tea"
            ('e', 'u') => groupsBefore > 1 && i == n - 2 && next is 'm' or 's', // "mu-se-um", "nu-cle-us"
            ('o', 'e') => next is not ('\0' or 's' or 'd'), // "po-em", "po-et"; "does", "toe"
            ('u', 'a') => true, // "u-su-al", "ac-tu-al"
            ('u', 'e') => next is 'l' or 'n', // "fu-el", "in-flu-ence"
            ('u', 'i') => next is 'd' or 'n', // "flu-id", "ru-in"; "fruit", "build"
            ('u', 'o') => !(before == 'l' && i >= 3 && w[i - 3] == 'f'), // "con-tin-u-ous"; "fluoride"
            ('a', 'o') => true, // "a-or-ta", "cha-os"
            _ => false,
        };
    }

    /// <summary>Whether <paramref name="w"/> ends with <paramref name="ending"/> and it starts at <paramref name="i"/>.</summary>
    private static bool EndsAt(string w, int i, string ending) =>
        i == w.Length - ending.Length && w.EndsWith(ending, StringComparison.Ordinal);
}
