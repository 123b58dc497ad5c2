using Handouts.Tests.Support.NativeExports;

namespace Handouts.Tests.Install;

/// <summary>Only Linux can run here, so the other platforms' HarfBuzz libraries are checked by reading their export
/// tables: a release whose library lacked one hb-subset function would fail on that platform at its first PDF.</summary>
public sealed class NativeLibraryTests
{
    /// <summary>The platforms build/publish.sh releases, with the file format and processor each library must have.</summary>
    public static TheoryData<string, string, string> Platforms => new()
    {
        { "linux-x64", "ELF", "x86-64" },
        { "linux-arm64", "ELF", "arm64" },
        { "win-x64", "PE", "x86-64" },
        { "osx-arm64", "Mach-O", "arm64" },
    };

    [Theory]
    [MemberData(nameof(Platforms))]
    public void Each_platforms_HarfBuzz_library_exports_every_function_the_pdf_writer_imports(string rid, string format, string processor)
    {
        var exports = ExportTable.Read(File.ReadAllBytes(NativeAssets.HarfBuzzFor(rid)), processor);
        Assert.Equal((format, processor), (exports.Format, exports.Architecture));
        // HarfBuzzSharp's own functions are there too: the table was read whole, not a lucky few names.
        Assert.Contains("hb_buffer_create", exports.Names);
        Assert.True(exports.Names.Count > 300, $"only {exports.Names.Count} exports read");
        Assert.Empty(exports.Missing(NativeAssets.HarfBuzzEntryPoints()));
    }

    [Theory]
    [MemberData(nameof(Platforms))]
    public void A_function_the_library_does_not_export_is_reported_missing(string rid, string format, string processor)
    {
        var exports = ExportTable.Read(File.ReadAllBytes(NativeAssets.HarfBuzzFor(rid)), processor);
        Assert.Equal(format, exports.Format);
        Assert.Equal(["hb_subset_no_such_function"], exports.Missing([.. NativeAssets.HarfBuzzEntryPoints(), "hb_subset_no_such_function"]));
    }

    [Fact]
    public void The_entry_points_are_read_from_the_compiled_generator()
    {
        var entryPoints = NativeAssets.HarfBuzzEntryPoints();
        Assert.Contains("hb_subset_or_fail", entryPoints);
        Assert.Contains("hb_ot_name_get_utf16", entryPoints);
        var declared = typeof(Handouts.Pdf.Fonts.HarfBuzzNative).GetMethods().Count(m => m.IsDefined(typeof(System.Runtime.InteropServices.LibraryImportAttribute), false));
        Assert.Equal(declared, entryPoints.Count);
    }

    [Fact]
    public void A_universal_macos_file_without_the_asked_processor_is_an_error_not_another_slice()
    {
        var file = File.ReadAllBytes(NativeAssets.HarfBuzzFor("osx-arm64"));
        var e = Assert.Throws<InvalidDataException>(() => ExportTable.Read(file, "riscv64"));
        Assert.Contains("arm64", e.Message);
    }
}
