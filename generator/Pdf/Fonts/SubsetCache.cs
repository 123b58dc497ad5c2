using System.Collections.Concurrent;

namespace Handouts.Pdf.Fonts;

/// <summary>A face's recently embedded subsets, by their glyphs, ready to write: both prints of a variant (and its PDFs
/// on both papers) usually show the same glyphs, and subsetting and compressing a font was a large share of a PDF's
/// time. Holds a few dozen; an entry is exactly what making it afresh gives, so output does not depend on it.</summary>
internal sealed class SubsetCache
{
    private const int Capacity = 64;
    private readonly ConcurrentDictionary<string, (int Length, byte[] Compressed)> entries = new(StringComparer.Ordinal);

    /// <param name="glyphs">The glyph ids, sorted, joined by commas.</param>
    /// <param name="make">The subset's length and its compressed bytes.</param>
    public (int Length, byte[] Compressed) GetOrAdd(string glyphs, Func<(int Length, byte[] Compressed)> make)
    {
        if (entries.TryGetValue(glyphs, out var found)) return found;
        var made = make();
        // Parallel jobs work on different handouts, so old entries are rarely asked for again: start afresh when full.
        if (entries.Count >= Capacity) entries.Clear();
        entries.TryAdd(glyphs, made);
        return made;
    }
}
