namespace Handouts.Content;

internal sealed record Clinic(string Name, string Address, string Phone, string AfterHoursPhone, string? Logo);

/// <summary><c>site.yml</c>: the clinic and the settings of the whole site.</summary>
internal sealed record SiteConfig(
    Clinic Clinic,
    string BaseUrl,
    IReadOnlyList<string> Languages,
    string Paper,
    int ReadingLevel,
    bool AllowRawHtml,
    CheckSettings Checks)
{
    /// <summary>The first language listed: originals are written in it, and missing strings fall back to it.</summary>
    public string DefaultLanguage => Languages[0];
}
