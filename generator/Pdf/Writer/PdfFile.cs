using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;

namespace Handouts.Pdf.Writer;

/// <summary>The object table of one PDF: numbers are reserved, bodies set in any order, and the file is written
/// with a classic xref table. The /ID is a hash of the content, never a clock or a random number.</summary>
internal sealed class PdfFile
{
    private static readonly Encoding Latin1 = Encoding.Latin1;
    private static readonly byte[] EndStream = "\nendstream"u8.ToArray();
    // Each object is kept as the pieces it was made of (a stream's dictionary, data and end), written out in order:
    // joining them first copied every stream once more.
    private readonly List<byte[][]?> objects = [];

    public int Reserve()
    {
        objects.Add(null);
        return objects.Count;
    }

    public static string Ref(int number) => $"{number} 0 R";

    public void Set(int number, string body) => objects[number - 1] = [Latin1.GetBytes(body)];

    public int Add(string body)
    {
        var n = Reserve();
        Set(n, body);
        return n;
    }

    /// <summary>A stream; <paramref name="dictionary"/> is the dictionary's inside, without /Length and /Filter.</summary>
    public int AddStream(string dictionary, byte[] data, bool compress = true, int? number = null) =>
        AddStreamBytes(dictionary, compress ? Deflate(data) : data, compress, number);

    /// <summary>A stream whose data was compressed with <see cref="Deflate"/> earlier (a page body written once).</summary>
    public int AddDeflatedStream(string dictionary, byte[] deflated) => AddStreamBytes(dictionary, deflated, true, null);

    private int AddStreamBytes(string dictionary, byte[] body, bool deflated, int? number)
    {
        var n = number ?? Reserve();
        var head = Latin1.GetBytes($"<<{dictionary} /Length {body.Length}{(deflated ? " /Filter /FlateDecode" : "")}>>\nstream\n");
        objects[n - 1] = [head, body, EndStream];
        return n;
    }

    public byte[] Write(int root, int info)
    {
        using var output = new MemoryStream(objects.Sum(o => o?.Sum(p => p.Length) ?? 0) + objects.Count * 32 + 1024);
        using var hasher = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Put(ReadOnlySpan<byte> bytes)
        {
            output.Write(bytes);
            hasher.AppendData(bytes);
        }

        Put("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"u8);
        var offsets = new long[objects.Count];
        for (var i = 0; i < objects.Count; i++)
        {
            offsets[i] = output.Position;
            Put(Latin1.GetBytes($"{i + 1} 0 obj\n"));
            foreach (var piece in objects[i] ?? throw new InvalidOperationException($"PDF object {i + 1} was reserved but never written")) Put(piece);
            Put("\nendobj\n"u8);
        }

        var hash = Convert.ToHexString(hasher.GetHashAndReset(), 0, 16);
        var xref = output.Position;
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Count + 1}\n0000000000 65535 f\r\n");
        foreach (var offset in offsets) sb.Append(offset.ToString("D10", CultureInfo.InvariantCulture)).Append(" 00000 n\r\n");
        sb.Append(CultureInfo.InvariantCulture, $"trailer\n<</Size {objects.Count + 1} /Root {Ref(root)} /Info {Ref(info)} /ID [<{hash}> <{hash}>]>>\nstartxref\n{xref}\n%%EOF\n");
        output.Write(Latin1.GetBytes(sb.ToString()));
        return output.ToArray();
    }

    public static byte[] Deflate(ReadOnlySpan<byte> data)
    {
        // Deflated text is well under half its size: a buffer that big is seldom grown.
        using var ms = new MemoryStream(data.Length / 2 + 64);
        using (var z = new ZLibStream(ms, new ZLibCompressionOptions { CompressionLevel = 6 }, leaveOpen: true)) z.Write(data);
        return ms.ToArray();
    }
}
