using System.Collections.Concurrent;

namespace Handouts.Checks.Readability;

/// <summary>Syllable counts of the words seen in one run, for one language's counter. Handouts reuse a small
/// vocabulary, and looking a word up by its span (no substring, no rule set) made the checks cheap enough to stay
/// within a tenth of a build.</summary>
internal sealed class SyllableCache(Func<string, int> counter)
{
    private readonly ConcurrentDictionary<string, int> counts = new(StringComparer.Ordinal);

    /// <summary>A cache of English counts (<see cref="Syllables"/>).</summary>
    public static SyllableCache English() => new(Syllables.Count);

    /// <summary>A cache of Spanish counts (<see cref="SpanishSyllables"/>).</summary>
    public static SyllableCache Spanish() => new(SpanishSyllables.Count);

    public int Count(ReadOnlySpan<char> word)
    {
        var lookup = counts.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(word, out var n)) return n;
        var text = word.ToString();
        n = counter(text);
        counts.TryAdd(text, n);
        return n;
    }
}
