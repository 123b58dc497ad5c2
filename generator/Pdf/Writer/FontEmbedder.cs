using System.Globalization;
using System.Text;
using Handouts.Pdf.Fonts;

namespace Handouts.Pdf.Writer;

/// <summary>The fonts of one document (or of one page's content, merged into its document's): which glyphs it uses
/// and what text each stands for, then the embedded Type0/CIDFontType2 subsets with ToUnicode maps, so copy, search
/// and screen readers get the exact text. CIDs equal glyph ids (the subset retains them), so content streams can be
/// written before the subset exists; a font's resource name comes from its file, so they can be written before the
/// document is known.</summary>
internal sealed class FontEmbedder
{
    private readonly Dictionary<FontFace, (string Name, SortedDictionary<uint, string> Glyphs)> used = [];

    public string ResourceName(FontFace face)
    {
        if (!used.TryGetValue(face, out var entry))
        {
            entry = (NameOf(face), new SortedDictionary<uint, string>());
            used[face] = entry;
        }

        return entry.Name;
    }

    /// <summary>The same name for a face in every document: F and a hash of its file's bytes (never its path, which
    /// differs with where the theme was read from).</summary>
    private static string NameOf(FontFace face) => "F" + face.FileHash;

    /// <summary>Records a glyph; the first text seen for a glyph is its ToUnicode entry (else the first that is not
    /// empty).</summary>
    public void Use(FontFace face, uint glyph, string text)
    {
        var glyphs = used[face].Glyphs;
        if (!glyphs.TryGetValue(glyph, out var existing) || (existing.Length == 0 && text.Length > 0)) glyphs[glyph] = text;
    }

    /// <summary>Adds the glyphs of a page's content, written earlier, by the same rule as <see cref="Use"/>.</summary>
    public void Add(FontEmbedder page)
    {
        foreach (var (face, (_, glyphs)) in page.used)
        {
            ResourceName(face);
            foreach (var (glyph, text) in glyphs) Use(face, glyph, text);
        }
    }

    /// <summary>The glyph's width as the PDF sees it (/W), in thousandths of the font size.</summary>
    public static double Width(FontFace face, uint glyph) => Math.Round(face.Advance(glyph) * 1000.0 / face.UnitsPerEm, 3);

    /// <summary>Writes every font and returns the /Font resource dictionary.</summary>
    public string Write(PdfFile pdf)
    {
        var resources = new StringBuilder("<<");
        foreach (var (face, (name, glyphs)) in used.OrderBy(u => u.Value.Name, StringComparer.Ordinal))
            resources.Append(CultureInfo.InvariantCulture, $" /{name} {PdfFile.Ref(WriteFont(pdf, face, glyphs))}");
        return resources.Append(" >>").ToString();
    }

    private static int WriteFont(PdfFile pdf, FontFace face, SortedDictionary<uint, string> glyphs)
    {
        var ids = string.Join(',', glyphs.Keys);
        var baseFont = PdfSyntax.Name(face.SubsetTag(ids) + "+" + face.PostScriptName);
        var (length, compressed) = face.Subsets.GetOrAdd(ids, () =>
        {
            var data = face.Subset(glyphs.Keys);
            return (data.Length, PdfFile.Deflate(data));
        });
        var file = pdf.AddDeflatedStream($"/Length1 {length}", compressed);
        double Scale(int v) => v * 1000.0 / face.UnitsPerEm;
        var flags = 32 | (face.IsItalic ? 64 : 0);
        var descriptor = pdf.Add(
            $"<</Type /FontDescriptor /FontName {baseFont} /Flags {flags} /FontBBox [{PdfSyntax.Num(-Scale(face.UnitsPerEm) / 2)} {PdfSyntax.Num(Scale(face.Descender))} {PdfSyntax.Num(Scale(face.UnitsPerEm) * 1.5)} {PdfSyntax.Num(Scale(face.Ascender))}]"
            + $" /ItalicAngle {(face.IsItalic ? -12 : 0)} /Ascent {PdfSyntax.Num(Scale(face.Ascender))} /Descent {PdfSyntax.Num(Scale(face.Descender))} /CapHeight {PdfSyntax.Num(Scale(face.CapHeight))}"
            + $" /XHeight {PdfSyntax.Num(Scale(face.XHeight))} /StemV {(face.IsBold ? 140 : 80)} /FontFile2 {PdfFile.Ref(file)}>>");
        var widths = new StringBuilder();
        foreach (var g in glyphs.Keys) widths.Append(CultureInfo.InvariantCulture, $"{g} [{PdfSyntax.Num(Width(face, g))}] ");
        var cid = pdf.Add(
            $"<</Type /Font /Subtype /CIDFontType2 /BaseFont {baseFont} /CIDSystemInfo <</Registry (Adobe) /Ordering (Identity) /Supplement 0>>"
            + $" /FontDescriptor {PdfFile.Ref(descriptor)} /DW 1000 /W [{widths.ToString().TrimEnd()}] /CIDToGIDMap /Identity>>");
        var toUnicode = pdf.AddStream("", Encoding.ASCII.GetBytes(ToUnicode(glyphs)));
        return pdf.Add($"<</Type /Font /Subtype /Type0 /BaseFont {baseFont} /Encoding /Identity-H /DescendantFonts [{PdfFile.Ref(cid)}] /ToUnicode {PdfFile.Ref(toUnicode)}>>");
    }

    private static string ToUnicode(SortedDictionary<uint, string> glyphs)
    {
        var sb = new StringBuilder();
        sb.Append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n/CIDSystemInfo <</Registry (Adobe) /Ordering (UCS) /Supplement 0>> def\n");
        sb.Append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        var entries = glyphs.Where(g => g.Value.Length > 0).ToList();
        for (var i = 0; i < entries.Count; i += 100)
        {
            var block = entries.Skip(i).Take(100).ToList();
            sb.Append(CultureInfo.InvariantCulture, $"{block.Count} beginbfchar\n");
            foreach (var (gid, text) in block)
            {
                sb.Append(CultureInfo.InvariantCulture, $"<{gid:X4}> <");
                foreach (var b in Encoding.BigEndianUnicode.GetBytes(text)) sb.Append(b.ToString("X2", CultureInfo.InvariantCulture));
                sb.Append(">\n");
            }

            sb.Append("endbfchar\n");
        }

        sb.Append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        return sb.ToString();
    }
}
