using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace Handouts.Checks.Readability;

/// <summary>A block of plain prose (Markdown already stripped) and the 1-based source line it starts on. Each list
/// item is a paragraph of its own, so an item without final punctuation is still one sentence.</summary>
internal sealed record Paragraph(string Text, int Line);

/// <summary>One sentence, its whitespace collapsed to single spaces so it can be quoted in a message, with the counts
/// every formula needs. Counted once here: re-tokenising for each formula and each variant was most of the checks'
/// time on the benchmark.</summary>
internal sealed record Sentence(string Text, int Line, int Words, int Syllables = 0, int Polysyllables = 0, int Characters = 0)
{
    /// <summary>A sentence with its syllables, polysyllables and letters counted from its text.</summary>
    public static Sentence Measured(string text, int line, SyllableCache? cache = null)
    {
        int count = 0, syllables = 0, polysyllables = 0, characters = 0;
        for (var position = 0; Readability.Sentences.NextWord(text, ref position, out var range);)
        {
            count++;
            var word = text.AsSpan(range);
            var n = cache?.Count(word) ?? Readability.Syllables.Count(word.ToString());
            syllables += n;
            if (n >= 3) polysyllables++;

            // Letters and digits only: the apostrophe of "don't" and the hyphen of "weight-bearing" are not read.
            foreach (var c in word)
            {
                if (char.IsLetterOrDigit(c)) characters++;
            }
        }

        return new Sentence(text, line, count, syllables, polysyllables, characters);
    }
}

/// <summary>Splits prose into sentences and words. Works for any language that separates words with spaces.</summary>
internal static class Sentences
{
    // A period after these never ends a sentence ("Dr. Lee", "e.g. a walk"). Compared lowercase, without the period.
    private static readonly FrozenSet<string> Abbreviations = FrozenSet.Create(StringComparer.Ordinal,
        "e.g", "i.e", "dr", "mr", "mrs", "ms", "vs", "st", "prof", "approx", "cf", "jr", "sr", "dra", "sra", "srta", "ud", "uds");

    // These often end a sentence too ("... bread, milk, etc."): they do when the next word starts with a capital.
    private static readonly FrozenSet<string> EndingAbbreviations = FrozenSet.Create(StringComparer.Ordinal, "etc", "a.m", "p.m");

    public static List<Sentence> Split(IEnumerable<Paragraph> paragraphs, SyllableCache? cache = null)
    {
        var result = new List<Sentence>();
        foreach (var paragraph in paragraphs) Split(paragraph, result, cache);
        return result;
    }

    /// <summary>Words: runs of letters and digits, joined by an inner apostrophe or hyphen ("don't", "weight-bearing"),
    /// a point or comma between digits ("1.5", "1,000") or a point between single letters ("e.g").</summary>
    public static List<string> Words(string text) => WordRanges(text).Select(r => text[r]).ToList();

    /// <summary>Where the words of <paramref name="text"/> are, as <see cref="Words"/> finds them, without copying them.</summary>
    public static List<Range> WordRanges(string text)
    {
        var words = new List<Range>();
        for (var position = 0; NextWord(text, ref position, out var word);) words.Add(word);
        return words;
    }

    /// <summary>The next word at or after <paramref name="position"/>, which moves past it; false at the end.</summary>
    public static bool NextWord(string text, ref int position, out Range word)
    {
        var i = position;
        while (i < text.Length && !IsWordChar(text[i])) i++;
        if (i >= text.Length)
        {
            position = i;
            word = default;
            return false;
        }

        var start = i++;
        while (i < text.Length)
        {
            if (IsWordChar(text[i])) i++;
            else if (i + 1 < text.Length && IsWordChar(text[i + 1]) && Joins(text, start, i)) i += 2;
            else break;
        }

        position = i;
        word = start..i;
        return true;
    }

    // Combining marks belong to their letter: vowel signs of Devanagari, decomposed accents.
    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c)
        || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    private static bool Joins(string text, int wordStart, int i) => text[i] switch
    {
        '\'' or '\u2019' or '-' or '\u2010' or '\u2011' => true,
        '.' or ',' when char.IsDigit(text[i - 1]) && char.IsDigit(text[i + 1]) => true,
        // Only after a single letter, so "e.g" is one word but "Cancer.Net" two.
        '.' => char.IsLetter(text[i - 1]) && char.IsLetter(text[i + 1]) && (i - 1 == wordStart || !char.IsLetter(text[i - 2])),
        _ => false,
    };

    private static void Split(Paragraph paragraph, List<Sentence> result, SyllableCache? cache)
    {
        var text = paragraph.Text;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            int end;
            if (c is '。' or '！' or '？')
            {
                // Chinese and Japanese put no space after a full stop.
                end = SkipClosers(text, i + 1);
            }
            else if (c is '.' or '!' or '?' or '…')
            {
                end = i;
                while (end < text.Length && text[end] is '.' or '!' or '?' or '…') end++;
                var marks = text[i..end];
                end = SkipClosers(text, end);
                // A mark followed by a letter or digit is inside a token: "1.5", "e.g", "Cancer.Net".
                if ((end < text.Length && !char.IsWhiteSpace(text[end])) || !Ends(text, i, marks, end))
                {
                    i = end - 1;
                    continue;
                }
            }
            else
            {
                continue;
            }

            Add(paragraph, start, end, result, cache);
            start = end;
            i = end - 1;
        }

        Add(paragraph, start, text.Length, result, cache);
    }

    private static int SkipClosers(string text, int i)
    {
        while (i < text.Length && text[i] is '"' or '\'' or ')' or ']' or '\u201D' or '\u2019' or '\u00BB') i++;
        return i;
    }

    private static bool Ends(string text, int markAt, string marks, int after)
    {
        // "Wait... then" trails off inside a sentence; "Wait... Then" starts a new one.
        if (marks.Contains('…') || marks.StartsWith("..", StringComparison.Ordinal)) return !NextIsLowercase(text, after);
        if (marks != ".") return true;
        var token = TokenBefore(text, markAt);
        if (Abbreviations.Contains(token)) return false;
        if (token == "no") return !NextIsDigit(text, after); // "No. 5", but "No. I have not."
        return !EndingAbbreviations.Contains(token) || !NextIsLowercase(text, after);
    }

    private static string TokenBefore(string text, int markAt)
    {
        var start = markAt;
        while (start > 0 && !char.IsWhiteSpace(text[start - 1])) start--;
        while (start < markAt && !char.IsLetterOrDigit(text[start])) start++; // "(e.g."
        return text[start..markAt].ToLowerInvariant();
    }

    private static int NextWordStart(string text, int i)
    {
        while (i < text.Length && !char.IsLetterOrDigit(text[i])) i++;
        return i;
    }

    private static bool NextIsLowercase(string text, int after)
    {
        var i = NextWordStart(text, after);
        return i < text.Length && char.IsLower(text[i]);
    }

    private static bool NextIsDigit(string text, int after)
    {
        var i = NextWordStart(text, after);
        return i < text.Length && char.IsDigit(text[i]);
    }

    private static void Add(Paragraph paragraph, int start, int end, List<Sentence> result, SyllableCache? cache)
    {
        var text = paragraph.Text;
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        var line = paragraph.Line + text.AsSpan(0, start).Count('\n');
        var sentence = Sentence.Measured(Collapse(text.AsSpan(start, end - start)), line, cache);

        // Stray marks ("...", "—") are no sentence: counting them would shorten the average.
        if (sentence.Words > 0) result.Add(sentence);
    }

    private static string Collapse(ReadOnlySpan<char> text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text.TrimEnd())
        {
            if (!char.IsWhiteSpace(c)) sb.Append(c);
            else if (sb.Length > 0 && sb[^1] != ' ') sb.Append(' ');
        }

        return sb.ToString();
    }
}
