using System.Text;

namespace Handouts.Pdf;

/// <summary>Characters XML 1.0 allows (tab, line feed, carriage return, U+0020–U+D7FF, U+E000–U+FFFD and paired
/// surrogates). Front matter can hold others through YAML escapes ("\x01"); in XML they make the whole document
/// malformed, and in print they stand for nothing, so they are dropped.</summary>
internal static class XmlChars
{
    public static string Legal(string text)
    {
        var first = FirstIllegal(text);
        if (first < 0) return text;
        var sb = new StringBuilder(text.Length);
        sb.Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                sb.Append(c).Append(text[++i]);
                continue;
            }

            if (IsLegal(c)) sb.Append(c);
        }

        return sb.ToString();
    }

    private static int FirstIllegal(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            if (!IsLegal(c)) return i;
        }

        return -1;
    }

    /// <summary>Whether a single UTF-16 unit is allowed on its own: surrogates only come in pairs.</summary>
    private static bool IsLegal(char c) => c is '\t' or '\n' or '\r' or (>= ' ' and <= '\uD7FF') or (>= '\uE000' and <= '\uFFFD');
}
