using System.Runtime.InteropServices;
using System.Security.Cryptography;
using HarfBuzzSharp;

namespace Handouts.Pdf.Fonts;

/// <summary>One TrueType font loaded for the whole run: HarfBuzz objects for shaping, a preprocessed face for fast
/// subsetting, and the metrics a PDF font descriptor needs. Shared by all threads (HarfBuzz fonts are immutable
/// once made; verified by the writer prototype over 2,000 parallel documents).</summary>
internal sealed class FontFace : IDisposable
{
    private readonly Blob blob;
    private readonly Face face;
    private readonly IntPtr subsetSource;

    // Advances by glyph id, filled on first use (-1 = not yet asked). Int writes are atomic, so threads may race safely.
    private readonly int[] advances;

    private FontFace(string path, string fileHash, Blob blob, Face face, Font font)
    {
        Path = path;
        FileHash = fileHash;
        this.blob = blob;
        this.face = face;
        Font = font;
        UnitsPerEm = face.UnitsPerEm;
        font.TryGetHorizontalFontExtents(out var extents);
        Ascender = extents.Ascender;
        Descender = extents.Descender;
        LineGap = extents.LineGap;
        CapHeight = GlyphTop('H', Ascender * 7 / 10);
        XHeight = GlyphTop('x', Ascender / 2);
        PostScriptName = ReadName(6) ?? System.IO.Path.GetFileNameWithoutExtension(path).Replace(' ', '-');
        IsItalic = PostScriptName.Contains("Italic", StringComparison.Ordinal);
        IsBold = PostScriptName.Contains("Bold", StringComparison.Ordinal);
        advances = Enumerable.Repeat(-1, face.GlyphCount).ToArray();
        SpaceAdvance = font.TryGetNominalGlyph(' ', out var space) ? font.GetHorizontalGlyphAdvance(space) : UnitsPerEm / 4;
        subsetSource = HarfBuzzNative.hb_subset_preprocess(face.Handle);
        if (subsetSource == IntPtr.Zero) throw new InvalidDataException($"HarfBuzz cannot prepare {path} for subsetting");
    }

    public string Path { get; }

    /// <summary>A short hash of the font file's bytes: names the font in PDFs the same wherever the file was read from.</summary>
    public string FileHash { get; }

    public Font Font { get; }

    public int UnitsPerEm { get; }

    public int Ascender { get; }

    public int Descender { get; }

    public int LineGap { get; }

    public int CapHeight { get; }

    public int XHeight { get; }

    public string PostScriptName { get; }

    public bool IsItalic { get; }

    public bool IsBold { get; }

    /// <summary>Loads a font, or throws <see cref="InvalidDataException"/> naming the file: a corrupt or missing font is a
    /// start-up error, never a blank page.</summary>
    public static FontFace Load(string path, byte[] bytes)
    {
        if (bytes.Length < 12 || !(bytes[0] == 0 && bytes[1] == 1 && bytes[2] == 0 && bytes[3] == 0 || bytes.AsSpan(0, 4).SequenceEqual("true"u8)))
            throw new InvalidDataException($"font file {path} is not a TrueType font");
        // HarfBuzz keeps pointing at the font's bytes for the whole run: they live in native memory the blob owns.
        var native = Marshal.AllocHGlobal(bytes.Length);
        Marshal.Copy(bytes, 0, native, bytes.Length);
        var blob = new Blob(native, bytes.Length, MemoryMode.ReadOnly, () => Marshal.FreeHGlobal(native));
        var face = new Face(blob, 0);
        if (face.GlyphCount == 0) throw new InvalidDataException($"font file {path} has no glyphs: it is damaged or not a font");
        var font = new Font(face);
        font.SetFunctionsOpenType();
        return new FontFace(path, Convert.ToHexString(SHA256.HashData(bytes), 0, 6), blob, face, font);
    }

    /// <summary>The advance of a space, in font units.</summary>
    public int SpaceAdvance { get; private set; }

    public bool Covers(int codepoint) => Font.TryGetNominalGlyph((uint)codepoint, out _);

    public int Advance(uint glyph)
    {
        if (glyph >= advances.Length) return Font.GetHorizontalGlyphAdvance(glyph);
        var a = advances[glyph];
        if (a < 0) advances[glyph] = a = Font.GetHorizontalGlyphAdvance(glyph);
        return a;
    }

    /// <summary>A TrueType subset holding the given glyphs at their original ids (so content streams can use the ids
    /// directly), without hinting or layout tables: PDF viewers need neither.</summary>
    public byte[] Subset(IEnumerable<uint> glyphs)
    {
        var input = HarfBuzzNative.hb_subset_input_create_or_fail();
        if (input == IntPtr.Zero) throw new InvalidOperationException("hb_subset_input_create_or_fail failed");
        try
        {
            var set = HarfBuzzNative.hb_subset_input_glyph_set(input);
            HarfBuzzNative.hb_set_add(set, 0);
            foreach (var g in glyphs) HarfBuzzNative.hb_set_add(set, g);
            var drop = HarfBuzzNative.hb_subset_input_set(input, HarfBuzzNative.SetDropTableTag);
            foreach (var tag in new[] { "GSUB", "GPOS", "GDEF", "BASE", "JSTF", "MATH", "kern", "morx", "DSIG", "hdmx", "LTSH", "VDMX", "PCLT", "vhea", "vmtx" })
                HarfBuzzNative.hb_set_add(drop, HarfBuzzNative.Tag(tag));
            HarfBuzzNative.hb_subset_input_set_flags(input, HarfBuzzNative.FlagNoHinting | HarfBuzzNative.FlagRetainGids | HarfBuzzNative.FlagNoLayoutClosure);
            var subset = HarfBuzzNative.hb_subset_or_fail(subsetSource, input);
            if (subset == IntPtr.Zero) throw new InvalidOperationException($"hb_subset_or_fail failed for {Path}");
            try
            {
                var data = HarfBuzzNative.hb_face_reference_blob(subset);
                try
                {
                    var pointer = HarfBuzzNative.hb_blob_get_data(data, out var length);
                    var bytes = new byte[length];
                    System.Runtime.InteropServices.Marshal.Copy(pointer, bytes, 0, (int)length);
                    return bytes;
                }
                finally
                {
                    HarfBuzzNative.hb_blob_destroy(data);
                }
            }
            finally
            {
                HarfBuzzNative.hb_face_destroy(subset);
            }
        }
        finally
        {
            HarfBuzzNative.hb_subset_input_destroy(input);
            GC.KeepAlive(face);
        }
    }

    /// <summary>Six letters from a hash of the font and its glyphs: the PDF subset tag, the same on every run.</summary>
    /// <summary>Subsets of this face embedded lately (see <see cref="SubsetCache"/>).</summary>
    public SubsetCache Subsets { get; } = new();

    /// <param name="glyphs">The glyph ids, sorted, joined by commas.</param>
    public string SubsetTag(string glyphs)
    {
        var text = PostScriptName + ":" + glyphs;
        var hash = SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text));
        return new string(hash.Take(6).Select(b => (char)('A' + b % 26)).ToArray());
    }

    private int GlyphTop(char c, int fallback) =>
        Font.TryGetNominalGlyph(c, out var g) && Font.TryGetGlyphExtents(g, out var e) ? e.YBearing : fallback;

    private string? ReadName(uint id)
    {
        uint size = 0;
        var length = HarfBuzzNative.hb_ot_name_get_utf16(face.Handle, id, IntPtr.Zero, ref size, IntPtr.Zero);
        if (length == 0) return null;
        var buffer = System.Runtime.InteropServices.Marshal.AllocHGlobal((int)(length + 1) * 2);
        try
        {
            size = length + 1;
            HarfBuzzNative.hb_ot_name_get_utf16(face.Handle, id, IntPtr.Zero, ref size, buffer);
            return System.Runtime.InteropServices.Marshal.PtrToStringUni(buffer, (int)size);
        }
        finally
        {
            System.Runtime.InteropServices.Marshal.FreeHGlobal(buffer);
        }
    }

    public void Dispose()
    {
        HarfBuzzNative.hb_face_destroy(subsetSource);
        Font.Dispose();
        face.Dispose();
        blob.Dispose();
    }
}
