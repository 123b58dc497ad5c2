using System.Collections.Concurrent;

namespace Handouts.Checks.Readability;

/// <summary>Syllable counts of the words seen in one run. Handouts reuse a small vocabulary, and looking a word up
/// by its span (no substring, no rule set) made the checks cheap enough to stay within a tenth of a build.</summary>
internal sealed class SyllableCache
{
    private readonly ConcurrentDictionary<string, int> counts = new(StringComparer.Ordinal);

    public int Count(ReadOnlySpan<char> word)
    {
        var lookup = counts.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(word, out var n)) return n;
        var text = word.ToString();
        n = Syllables.Count(text);
        counts.TryAdd(text, n);
        return n;
    }
}
