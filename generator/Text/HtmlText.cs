using System.Buffers;
using System.Text;

namespace Handouts.Text;

/// <summary>HTML/XML escaping of the five special characters only. HtmlText.Escape also turns every Latin-1
/// letter into a numeric entity ("C&amp;#225;ncer"), which bloats Spanish pages and makes them unreadable as source.</summary>
internal static class HtmlText
{
    private static readonly SearchValues<char> Special = SearchValues.Create("&<>\"'");

    public static string Escape(string text)
    {
        var first = text.AsSpan().IndexOfAny(Special);
        if (first < 0) return text;
        var sb = new StringBuilder(text.Length + 16);
        sb.Append(text, 0, first);
        foreach (var c in text.AsSpan(first))
        {
            _ = c switch
            {
                '&' => sb.Append("&amp;"),
                '<' => sb.Append("&lt;"),
                '>' => sb.Append("&gt;"),
                '"' => sb.Append("&quot;"),
                '\'' => sb.Append("&#39;"),
                _ => sb.Append(c),
            };
        }

        return sb.ToString();
    }
}
