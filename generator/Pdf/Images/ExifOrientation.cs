using System.Buffers.Binary;

namespace Handouts.Pdf.Images;

/// <summary>The one EXIF field the PDF needs: IFD0's Orientation (tag 0x0112), which says how a phone photo is
/// turned or mirrored for display. A reader of this single tag is a few bounds-checked lines, against a library
/// that parses every directory, maker note and XMP packet of a stranger's file.</summary>
internal static class ExifOrientation
{
    private const ushort OrientationTag = 0x0112;
    private const ushort ShortType = 3;

    /// <summary>The orientation (1–8) in a TIFF-structured EXIF block (what follows "Exif\0\0" in APP1); 1, as
    /// drawn, when the tag is absent or anything about it is malformed, as browsers treat it.</summary>
    public static int Read(ReadOnlySpan<byte> tiff)
    {
        if (tiff.Length < 8) return 1;
        bool little;
        if (tiff.StartsWith("II"u8)) little = true;
        else if (tiff.StartsWith("MM"u8)) little = false;
        else return 1;

        if (U16(tiff, 2, little) != 42) return 1;
        var directory = U32(tiff, 4, little);
        if (directory < 8 || directory > tiff.Length - 2) return 1;
        var entries = U16(tiff, (int)directory, little);
        for (var e = 0; e < entries; e++)
        {
            var at = (int)directory + 2 + e * 12;
            if (at > tiff.Length - 12) return 1;
            if (U16(tiff, at, little) != OrientationTag) continue;
            if (U16(tiff, at + 2, little) != ShortType || U32(tiff, at + 4, little) != 1) return 1;
            var value = U16(tiff, at + 8, little);
            return value is >= 1 and <= 8 ? value : 1;
        }

        return 1;
    }

    private static ushort U16(ReadOnlySpan<byte> tiff, int at, bool little) =>
        little ? BinaryPrimitives.ReadUInt16LittleEndian(tiff[at..]) : BinaryPrimitives.ReadUInt16BigEndian(tiff[at..]);

    private static uint U32(ReadOnlySpan<byte> tiff, int at, bool little) =>
        little ? BinaryPrimitives.ReadUInt32LittleEndian(tiff[at..]) : BinaryPrimitives.ReadUInt32BigEndian(tiff[at..]);
}
