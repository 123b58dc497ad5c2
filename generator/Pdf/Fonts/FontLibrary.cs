using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using Handouts.Files;

namespace Handouts.Pdf.Fonts;

/// <summary>The fonts of a run, in order of preference. A word is set in the first family that has a glyph for each
/// of its characters: Atkinson Hyperlegible for English and Spanish, Noto Sans for Vietnamese or Russian words.
/// Whole words, never single letters, so accents are not assembled from parts and lines do not look patchy.</summary>
internal sealed class FontLibrary : IDisposable
{
    public static readonly string[][] DefaultFiles =
    [
        ["fonts/AtkinsonHyperlegible-Regular.ttf", "fonts/AtkinsonHyperlegible-Bold.ttf", "fonts/AtkinsonHyperlegible-Italic.ttf", "fonts/AtkinsonHyperlegible-BoldItalic.ttf"],
        ["fonts/NotoSans-Regular.ttf", "fonts/NotoSans-Bold.ttf", "fonts/NotoSans-Italic.ttf", "fonts/NotoSans-BoldItalic.ttf"],
    ];

    // Words repeat endlessly across a run; checking coverage character by character each time showed up in profiles.
    private readonly ConcurrentDictionary<(string Word, FontStyle Style), (FontFace Face, int Missing)> picks = new();

    private FontLibrary(IReadOnlyList<FontFamily> families) => Families = families;

    public IReadOnlyList<FontFamily> Families { get; }

    /// <summary>Loads the families, paths relative to the templates folder; throws <see cref="InvalidDataException"/>
    /// naming a missing, refused or corrupt file.</summary>
    public static FontLibrary Load(ThemeRoot templates, IReadOnlyList<IReadOnlyList<string>> files)
    {
        var loaded = new List<FontFace>();
        try
        {
            var families = files.Select(f =>
            {
                FontFace Face(string name)
                {
                    var read = templates.Read(name, Limits.BinaryBytes);
                    if (read.Bytes is null) throw new InvalidDataException($"font file {templates.Display(name)} {read.Reason}");
                    var face = FontFace.Load(templates.Display(name), read.Bytes);
                    loaded.Add(face);
                    return face;
                }

                return new FontFamily(Face(f[0]), Face(f[1]), Face(f[2]), Face(f[3]));
            }).ToList();
            return new FontLibrary(families);
        }
        catch
        {
            // Release what did load before the failure propagates to the start-up error.
            loaded.ForEach(f => f.Dispose());
            throw;
        }
    }

    /// <summary>The face for a word, and whether some character is in none of the fonts.</summary>
    public (FontFace Face, int MissingCodepoint) Pick(string word, FontStyle style) =>
        picks.GetOrAdd((word, style), static (key, self) => self.PickNow(key.Word, key.Style), this);

    private (FontFace Face, int MissingCodepoint) PickNow(string word, FontStyle style)
    {
        FontFace? best = null;
        var bestMissing = int.MaxValue;
        var firstMissing = 0;
        foreach (var family in Families)
        {
            var face = family[style];
            var missing = 0;
            var firstHere = 0;
            foreach (var rune in word.EnumerateRunes())
            {
                if (Rune.GetUnicodeCategory(rune) is UnicodeCategory.Control or UnicodeCategory.Format || face.Covers(rune.Value)) continue;
                missing++;
                if (firstHere == 0) firstHere = rune.Value;
            }

            if (missing == 0) return (face, 0);
            if (missing < bestMissing)
            {
                best = face;
                bestMissing = missing;
                firstMissing = firstHere;
            }
        }

        return (best!, firstMissing);
    }

    public void Dispose()
    {
        foreach (var face in Families.SelectMany(f => new[] { f.Regular, f.Bold, f.Italic, f.BoldItalic }).Distinct()) face.Dispose();
    }
}
