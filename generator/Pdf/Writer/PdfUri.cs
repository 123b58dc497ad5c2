using System.Globalization;
using System.Text;

namespace Handouts.Pdf.Writer;

/// <summary>The address a link annotation's /URI holds. PDF 32000 (12.6.4.7) makes it 7-bit ASCII, and viewers
/// that read a UTF-16 /URI open a garbled address: a non-ASCII host becomes punycode and everything else outside
/// printable ASCII is percent-encoded as UTF-8. What a reader sees or hears (/Contents, /Alt) keeps the address as
/// written.</summary>
internal static class PdfUri
{
    public static string Ascii(string uri)
    {
        // Addresses that are already ASCII stay exactly as written, so existing PDFs keep their bytes.
        if (IsAscii(uri)) return uri;
        var text = uri;
        if (Uri.TryCreate(uri, UriKind.Absolute, out var parsed))
        {
            // AbsoluteUri percent-encodes the path, query and fragment but keeps a Unicode host; the user info before
            // it is encoded, so the first occurrence of the host after the scheme is the host.
            text = parsed.AbsoluteUri;
            if (parsed.HostNameType == UriHostNameType.Dns && !IsAscii(parsed.Host) && IsAscii(parsed.IdnHost))
            {
                var at = text.IndexOf(parsed.Host, parsed.Scheme.Length, StringComparison.Ordinal);
                if (at >= 0) text = string.Concat(text.AsSpan(0, at), parsed.IdnHost, text.AsSpan(at + parsed.Host.Length));
            }
        }

        return PercentEncode(text);
    }

    private static bool IsAscii(string text) => text.All(c => c is > ' ' and < (char)127);

    /// <summary>Whatever the URI parser left (or could not parse) outside printable ASCII, as UTF-8 %XX; a lone
    /// surrogate becomes U+FFFD.</summary>
    private static string PercentEncode(string text)
    {
        var sb = new StringBuilder(text.Length + 16);
        Span<byte> utf8 = stackalloc byte[4];
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.Value is > ' ' and < 127)
            {
                sb.Append((char)rune.Value);
                continue;
            }

            var n = rune.EncodeToUtf8(utf8);
            foreach (var b in utf8[..n]) sb.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
        }

        return sb.ToString();
    }
}
