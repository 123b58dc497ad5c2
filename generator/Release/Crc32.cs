namespace Handouts.Release;

/// <summary>The CRC-32 a zip entry carries (ISO 3309, reflected polynomial 0xEDB88320), as unzip checks it.</summary>
internal static class Crc32
{
    private static readonly uint[] Table = BuildTable();

    public static uint Of(ReadOnlySpan<byte> bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes) crc = Table[(crc ^ b) & 0xFF] ^ (crc >> 8);
        return ~crc;
    }

    private static uint[] BuildTable()
    {
        var table = new uint[256];
        for (var n = 0u; n < 256; n++)
        {
            var c = n;
            for (var k = 0; k < 8; k++) c = (c & 1) != 0 ? 0xEDB88320 ^ (c >> 1) : c >> 1;
            table[n] = c;
        }

        return table;
    }
}
