using System.Globalization;
using System.Text;

namespace Handouts.Pdf.Writer;

/// <summary>Numbers and strings in PDF syntax. Invariant culture and no "-0", so output is byte-identical everywhere.</summary>
internal static class PdfSyntax
{
    public static string Num(double value)
    {
        var rounded = Math.Round(value, 3);
        if (rounded == 0) return "0";
        return rounded.ToString("0.###", CultureInfo.InvariantCulture);
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

    public static string Name(string name)
    {
        var sb = new StringBuilder("/");
        foreach (var c in name)
        {
            if (c is > ' ' and < (char)127 and not ('#' or '/' or '(' or ')' or '<' or '>' or '[' or ']' or '{' or '}' or '%')) sb.Append(c);
            else sb.Append('#').Append(((int)c).ToString("X2", CultureInfo.InvariantCulture));
        }

        return sb.ToString();
    }

    public static string Date(DateOnly date) => $"(D:{date:yyyyMMdd}000000Z)";
}
