using System.Buffers.Binary;

namespace Handouts.Pdf.Images;

/// <summary>What the PDF needs from a JPEG's markers, read without decoding: size, colour components, how many
/// scans, and the EXIF orientation. Walking every segment also checks each length against the file before the
/// decoder sees it: StbImageSharp seeks past the end on a length that runs past it and then never reaches its
/// end-of-file test, looping forever.</summary>
internal sealed record JpegStructure(int Width, int Height, int Components, int Scans, int Orientation)
{
    public static JpegStructure Read(byte[] bytes)
    {
        JpegStructure? frame = null;
        var scans = 0;
        int? orientation = null;
        var i = 2;
        while (i < bytes.Length)
        {
            if (bytes[i] != 0xFF) throw Damaged("a marker is missing between two parts of it");
            while (i < bytes.Length && bytes[i] == 0xFF) i++;
            if (i == bytes.Length) break;
            var marker = bytes[i++];
            if (marker == 0xD9) break;
            if (marker is 0x01 or (>= 0xD0 and <= 0xD7)) continue;
            if (bytes.Length - i < 2) throw Damaged("it ends in the middle of a marker");
            var length = BinaryPrimitives.ReadUInt16BigEndian(bytes.AsSpan(i));
            if (length < 2 || length > bytes.Length - i) throw Damaged($"a part says it is {length:N0} bytes long, which runs past the end of the file");
            var body = bytes.AsSpan(i + 2, length - 2);
            i += length;
            switch (marker)
            {
                case >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC when frame is null:
                    if (body.Length < 6) throw Damaged("its image header is too short");
                    frame = new JpegStructure(BinaryPrimitives.ReadUInt16BigEndian(body[3..]), BinaryPrimitives.ReadUInt16BigEndian(body[1..]), body[5], 0, 1);
                    break;
                case 0xE1 when orientation is null && body.StartsWith("Exif\0\0"u8):
                    orientation = ExifOrientation.Read(body[6..]);
                    break;
                case 0xDA:
                    scans++;
                    i = EndOfScan(bytes, i);
                    break;
            }
        }

        if (frame is null) throw new InvalidDataException("the JPEG file has no image header");
        return frame with { Scans = scans, Orientation = orientation ?? 1 };
    }

    /// <summary>Where a scan's entropy-coded data ends: at the first 0xFF (after any fill 0xFFs) that is not followed
    /// by a stuffed zero or a restart marker, the same rule the decoder uses to find the next marker.</summary>
    private static int EndOfScan(byte[] bytes, int i)
    {
        while (i < bytes.Length)
        {
            if (bytes[i] != 0xFF)
            {
                i++;
                continue;
            }

            var next = i + 1;
            while (next < bytes.Length && bytes[next] == 0xFF) next++;
            if (next == bytes.Length) return bytes.Length;
            if (bytes[next] is not (0x00 or (>= 0xD0 and <= 0xD7))) return i;
            i = next + 1;
        }

        return bytes.Length;
    }

    private static InvalidDataException Damaged(string why) => new($"the JPEG file is damaged: {why}");
}
