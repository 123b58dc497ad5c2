using Handouts.Pdf.Fonts;

namespace Handouts.Pdf.Shaping;

/// <summary>One glyph as HarfBuzz placed it, in font units; <see cref="Text"/> is the source text of its cluster
/// (empty for the second and later glyphs of a cluster), which becomes its ToUnicode entry.</summary>
internal readonly record struct ShapedGlyph(uint Id, int Advance, int XOffset, int YOffset, string Text);

/// <summary>A word shaped in one font: the unit of line breaking, cached for the run.</summary>
internal sealed record ShapedWord(FontFace Font, string Text, ShapedGlyph[] Glyphs, int Width)
{
    public double WidthAt(double size) => Width * size / Font.UnitsPerEm;
}
