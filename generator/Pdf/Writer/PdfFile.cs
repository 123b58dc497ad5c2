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

    public void Set(int number, ReadOnlySpan<byte> body) => objects[number - 1] = [body.ToArray()];

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

    /// <summary>The whole file, written into one array of its exact size (measured first: growing a stream and
    /// copying it out copied every PDF twice more).</summary>
    public byte[] Write(int root, int info)
    {
        ReadOnlySpan<byte> header = "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"u8;
        ReadOnlySpan<byte> endObject = "\nendobj\n"u8;
        var bodyLength = (long)header.Length;
        for (var i = 0; i < objects.Count; i++)
        {
            var pieces = objects[i] ?? throw new InvalidOperationException($"PDF object {i + 1} was reserved but never written");
            bodyLength += Digits(i + 1) + " 0 obj\n".Length + endObject.Length;
            foreach (var piece in pieces) bodyLength += piece.Length;
        }

        // The trailer's /ID is a hash of everything before it: 32 hex digits, so its length is known now.
        var trailerHead = $"xref\n0 {objects.Count + 1}\n0000000000 65535 f\r\n";
        string Trailer(string hash) => $"trailer\n<</Size {objects.Count + 1} /Root {Ref(root)} /Info {Ref(info)} /ID [<{hash}> <{hash}>]>>\nstartxref\n{bodyLength}\n%%EOF\n";
        var file = new byte[bodyLength + trailerHead.Length + 20L * objects.Count + Trailer(new string('0', 32)).Length];
        var at = 0;
        void Put(ReadOnlySpan<byte> bytes)
        {
            bytes.CopyTo(file.AsSpan(at));
            at += bytes.Length;
        }

        void PutAscii(string text) => at += Latin1.GetBytes(text, file.AsSpan(at));

        Put(header);
        var offsets = new int[objects.Count];
        for (var i = 0; i < objects.Count; i++)
        {
            offsets[i] = at;
            (i + 1).TryFormat(file.AsSpan(at), out var written, default, CultureInfo.InvariantCulture);
            at += written;
            Put(" 0 obj\n"u8);
            foreach (var piece in objects[i]!) Put(piece);
            Put(endObject);
        }

        var hash = Convert.ToHexString(SHA256.HashData(file.AsSpan(0, at)), 0, 16);
        PutAscii(trailerHead);
        foreach (var offset in offsets)
        {
            offset.TryFormat(file.AsSpan(at), out _, "D10", CultureInfo.InvariantCulture);
            at += 10;
            Put(" 00000 n\r\n"u8);
        }

        PutAscii(Trailer(hash));
        return at == file.Length ? file : throw new InvalidOperationException("the PDF was not the length it was measured to be");
    }

    private static int Digits(int n) => n < 10 ? 1 : n < 100 ? 2 : n < 1000 ? 3 : n < 10000 ? 4 : n < 100000 ? 5 : n.ToString(CultureInfo.InvariantCulture).Length;

    /// <summary>What a stream written once and kept (a font subset, a QR code) is compressed at: zlib's default.</summary>
    public const int KeptLevel = 6;

    /// <summary>What page content is compressed at, written afresh for every page: zlib level 2 took 9% less CPU per
    /// page than level 6 in <c>bench-pdf</c> (0.55-0.56 ms against 0.60-0.62, 3 alternating runs each) for files 5%
    /// larger (the sample's handouts 7.3 MB against 7.0).</summary>
    public const int PageLevel = 2;

    public static byte[] Deflate(ReadOnlySpan<byte> data, int level = KeptLevel)
    {
        // Deflated text is well under half its size: a buffer that big is seldom grown.
        using var ms = new MemoryStream(data.Length / 2 + 64);
        using (var z = new ZLibStream(ms, new ZLibCompressionOptions { CompressionLevel = level }, leaveOpen: true)) z.Write(data);
        return ms.ToArray();
    }
}
