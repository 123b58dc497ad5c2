namespace Handouts.Content;

/// <summary>The rules for the site's public address, the same for <c>base_url</c> in site.yml and <c>--base-url</c>.</summary>
internal static class BaseUrl
{
    /// <summary>Every PDF prints a QR code of its page's address: base_url plus a path of at most about 520
    /// characters (a slug folder and a variant file name, each limited to 255 by file systems). A QR code holds at
    /// most 2,331 bytes; 200 characters of base_url, even at four UTF-8 bytes each, keep every possible page address
    /// inside one with room to spare, and real clinics' addresses are far shorter.</summary>
    public const int MaxLength = 200;

    /// <summary>Null when the address is usable; else what is wrong, to follow the setting's name in a message.</summary>
    public static string? Problem(string value)
    {
        if (!(Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
            return $"must be an absolute http(s) URL, not '{Shown(value)}'";
        if (value.Length > MaxLength)
            return $"is {value.Length} characters long; at most {MaxLength} are allowed, so that every page's address fits the QR code printed on its PDF";
        return null;
    }

    private static string Shown(string value) => value.Length > 80 ? value[..80] + "…" : value;
}
