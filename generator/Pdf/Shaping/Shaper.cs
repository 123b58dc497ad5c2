using System.Collections.Concurrent;
using System.Text;
using Handouts.Pdf.Fonts;
using Buffer = HarfBuzzSharp.Buffer;

namespace Handouts.Pdf.Shaping;

/// <summary>Shapes words with HarfBuzz (kerning, ligatures, marks) and caches them: a handout's words repeat across
/// its variants, profiles and paper sizes, and across handouts.</summary>
internal sealed class Shaper
{
    private readonly ConcurrentDictionary<(FontFace Font, string Word), ShapedWord> cache = new();

    public ShapedWord Shape(FontFace font, string word) => cache.GetOrAdd((font, word), static key => ShapeNow(key.Font, key.Word));

    private static ShapedWord ShapeNow(FontFace font, string word)
    {
        using var buffer = new Buffer();
        buffer.AddUtf16(word);
        buffer.GuessSegmentProperties();
        font.Font.Shape(buffer);
        var infos = buffer.GetGlyphInfoSpan();
        var positions = buffer.GetGlyphPositionSpan();
        var glyphs = new ShapedGlyph[infos.Length];
        var width = 0;
        for (var i = 0; i < infos.Length; i++)
        {
            var cluster = (int)infos[i].Cluster;
            var first = i == 0 || infos[i - 1].Cluster != infos[i].Cluster;
            var next = word.Length;
            for (var j = i + 1; j < infos.Length; j++)
            {
                if (infos[j].Cluster != infos[i].Cluster)
                {
                    next = (int)infos[j].Cluster;
                    break;
                }
            }

            var text = first && next > cluster ? word[cluster..next] : "";
            glyphs[i] = new ShapedGlyph(infos[i].Codepoint, positions[i].XAdvance, positions[i].XOffset, positions[i].YOffset, text);
            width += positions[i].XAdvance;
        }

        return new ShapedWord(font, word, glyphs, width);
    }

    /// <summary>Text is shaped in NFC so that a letter typed as base + accent and one typed precomposed give the same
    /// glyph and the same extracted text.</summary>
    public static string Normalize(string text) => text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
}
