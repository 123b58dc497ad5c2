using System.Runtime.InteropServices;

namespace Handouts.Pdf.Fonts;

/// <summary>The parts of HarfBuzz that HarfBuzzSharp does not wrap: hb-subset and the name table. The native
/// library HarfBuzzSharp ships exports them. Flag and enum values are hb-subset.h's (stable ABI).</summary>
internal static partial class HarfBuzzNative
{
    /// <summary>The native library HarfBuzzSharp loads; tests/Handouts.Tests/Install reads every entry point imported from it.</summary>
    public const string Library = "libHarfBuzzSharp";

    public const uint FlagNoHinting = 0x1;
    public const uint FlagRetainGids = 0x2;
    public const uint FlagNoLayoutClosure = 0x200;
    public const int SetDropTableTag = 3;

    [LibraryImport(Library)]
    public static partial IntPtr hb_subset_preprocess(IntPtr face);

    [LibraryImport(Library)]
    public static partial IntPtr hb_subset_input_create_or_fail();

    [LibraryImport(Library)]
    public static partial IntPtr hb_subset_input_glyph_set(IntPtr input);

    [LibraryImport(Library)]
    public static partial IntPtr hb_subset_input_set(IntPtr input, int setType);

    [LibraryImport(Library)]
    public static partial void hb_subset_input_set_flags(IntPtr input, uint flags);

    [LibraryImport(Library)]
    public static partial void hb_subset_input_destroy(IntPtr input);

    [LibraryImport(Library)]
    public static partial IntPtr hb_subset_or_fail(IntPtr face, IntPtr input);

    [LibraryImport(Library)]
    public static partial void hb_set_add(IntPtr set, uint codepoint);

    [LibraryImport(Library)]
    public static partial IntPtr hb_face_reference_blob(IntPtr face);

    [LibraryImport(Library)]
    public static partial void hb_face_destroy(IntPtr face);

    [LibraryImport(Library)]
    public static partial IntPtr hb_blob_get_data(IntPtr blob, out uint length);

    [LibraryImport(Library)]
    public static partial void hb_blob_destroy(IntPtr blob);

    /// <summary>Returns the full length of the name; <paramref name="size"/> is capacity in, written out.</summary>
    [LibraryImport(Library)]
    public static partial uint hb_ot_name_get_utf16(IntPtr face, uint nameId, IntPtr language, ref uint size, IntPtr text);

    public static uint Tag(string tag) => (uint)(tag[0] << 24 | tag[1] << 16 | tag[2] << 8 | tag[3]);
}
