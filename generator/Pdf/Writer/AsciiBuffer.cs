using System.Buffers;

namespace Handouts.Pdf.Writer;

/// <summary>A content stream as it is written: ASCII bytes in a pooled array that grows, numbers formatted straight
/// into it. A page's stream was written into a StringBuilder and copied to bytes, a large share of what a PDF
/// allocated (and the collector's time with it). Return it with <see cref="Dispose"/>.</summary>
internal sealed class AsciiBuffer : IDisposable
{
    private byte[] bytes = ArrayPool<byte>.Shared.Rent(16 * 1024);
    private int length;

    public ReadOnlySpan<byte> Written => bytes.AsSpan(0, length);

    /// <summary>Starts again, keeping the array: one buffer serves object after object.</summary>
    public void Clear() => length = 0;

    /// <summary>A reference to an indirect object: <c>12 0 R</c>.</summary>
    public AsciiBuffer AppendRef(int number) => AppendInt(number).Append(" 0 R"u8);

    public AsciiBuffer Append(string text)
    {
        var span = Room(text.Length);
        for (var i = 0; i < text.Length; i++) span[i] = (byte)text[i];
        length += text.Length;
        return this;
    }

    public AsciiBuffer Append(ReadOnlySpan<byte> ascii)
    {
        ascii.CopyTo(Room(ascii.Length));
        length += ascii.Length;
        return this;
    }

    public AsciiBuffer Append(char c)
    {
        Room(1)[0] = (byte)c;
        length++;
        return this;
    }

    public AsciiBuffer AppendNum(double value)
    {
        Span<char> chars = stackalloc char[24];
        var n = PdfSyntax.Format(value, chars);
        var span = Room(n);
        for (var i = 0; i < n; i++) span[i] = (byte)chars[i];
        length += n;
        return this;
    }

    public AsciiBuffer AppendInt(int value)
    {
        value.TryFormat(Room(11), out var written, default, System.Globalization.CultureInfo.InvariantCulture);
        length += written;
        return this;
    }

    /// <summary>A glyph id as four hex digits, as a two-byte string of a CID font shows it.</summary>
    public AsciiBuffer AppendHex4(uint value)
    {
        var span = Room(4);
        for (var i = 3; i >= 0; i--)
        {
            var digit = (int)(value & 0xF);
            span[i] = (byte)(digit < 10 ? '0' + digit : 'A' + digit - 10);
            value >>= 4;
        }

        length += 4;
        return this;
    }

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(bytes);
        bytes = [];
    }

    private Span<byte> Room(int more)
    {
        if (length + more > bytes.Length)
        {
            var bigger = ArrayPool<byte>.Shared.Rent(Math.Max(bytes.Length * 2, length + more));
            bytes.AsSpan(0, length).CopyTo(bigger);
            ArrayPool<byte>.Shared.Return(bytes);
            bytes = bigger;
        }

        return bytes.AsSpan(length, more);
    }
}
