using System.Globalization;
using System.Text;

namespace Handouts.Pdf.Writer;

/// <summary>Numbers and strings in PDF syntax. Invariant culture and no "-0", so output is byte-identical everywhere.</summary>
internal static class PdfSyntax
{
    /// <summary>Far beyond any page (PDF viewers cap user space at 14,400 units) and exactly representable in thousandths.</summary>
    private const double MaxMagnitude = 1e9;

    /// <summary>At most three decimals, no trailing zeros, no "-0". Written by hand: general float formatting was a
    /// tenth of the PDF writer's time.</summary>
    public static string Num(double value)
    {
        Span<char> buffer = stackalloc char[24];
        return new string(buffer[..Format(value, buffer)]);
    }

    /// <summary>Appends a number without allocating: the content streams write one per glyph.</summary>
    public static StringBuilder AppendNum(this StringBuilder sb, double value)
    {
        Span<char> buffer = stackalloc char[24];
        return sb.Append(buffer[..Format(value, buffer)]);
    }

    public static int Format(double value, Span<char> buffer)
    {
        // Layout checks its inputs, so this never triggers on a real page; it keeps a NaN or a coordinate of 1e308
        // from overflowing the long arithmetic below (Math.Abs(long.MinValue) throws) and crashing the build.
        if (!(Math.Abs(value) <= MaxMagnitude)) value = double.IsNaN(value) ? 0 : Math.CopySign(MaxMagnitude, value);
        var thousandths = (long)Math.Round(value * 1000, MidpointRounding.AwayFromZero);
        if (thousandths == 0)
        {
            buffer[0] = '0';
            return 1;
        }

        var negative = thousandths < 0;
        var abs = Math.Abs(thousandths);
        var whole = abs / 1000;
        var fraction = (int)(abs % 1000);
        var n = 0;
        if (negative) buffer[n++] = '-';
        whole.TryFormat(buffer[n..], out var written, default, CultureInfo.InvariantCulture);
        n += written;
        if (fraction != 0)
        {
            buffer[n++] = '.';
            var digits = 3;
            while (fraction % 10 == 0)
            {
                fraction /= 10;
                digits--;
            }

            for (var d = digits - 1; d >= 0; d--)
            {
                buffer[n + d] = (char)('0' + fraction % 10);
                fraction /= 10;
            }

            n += digits;
        }

        return n;
    }

    /// <summary>A text string: a literal when plain ASCII, else UTF-16BE with a byte-order mark.</summary>
    public static string Text(string text)
    {
        if (text.All(c => c is >= ' ' and < (char)127))
            return "(" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("(", "\\(", StringComparison.Ordinal).Replace(")", "\\)", StringComparison.Ordinal) + ")";
        var sb = new StringBuilder("<FEFF");
        foreach (var b in Encoding.BigEndianUnicode.GetBytes(text)) sb.Append(b.ToString("X2", CultureInfo.InvariantCulture));
        return sb.Append('>').ToString();
    }

    /// <summary>A name: delimiters, spaces and anything outside printable ASCII as #XX, byte by byte of UTF-8 (a name's
    /// escape is exactly two hex digits), so no value can end the name and start other syntax. NUL is not allowed
    /// in a name at all and is left out.</summary>
    public static string Name(string name)
    {
        var sb = new StringBuilder("/");
        foreach (var b in Encoding.UTF8.GetBytes(name))
        {
            if (b is > (byte)' ' and < 127 and not ((byte)'#' or (byte)'/' or (byte)'(' or (byte)')' or (byte)'<' or (byte)'>' or (byte)'[' or (byte)']' or (byte)'{' or (byte)'}' or (byte)'%')) sb.Append((char)b);
            else if (b != 0) sb.Append('#').Append(b.ToString("X2", CultureInfo.InvariantCulture));
        }

        return sb.ToString();
    }

    /// <summary>A structure type as a name (<c>/P</c>, <c>/H1</c>), made once per type rather than once per use.</summary>
    public static string Tag(Layout.StructType type) => Tags[type];

    private static readonly System.Collections.Frozen.FrozenDictionary<Layout.StructType, string> Tags =
        System.Collections.Frozen.FrozenDictionary.ToFrozenDictionary(Enum.GetValues<Layout.StructType>(), t => t, t => Name(t.ToString()));

    public static string Date(DateOnly date) => $"(D:{date:yyyyMMdd}000000Z)";
}
