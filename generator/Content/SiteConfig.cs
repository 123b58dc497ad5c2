namespace Handouts.Content;

internal sealed record Clinic(string Name, string Address, string Phone, string AfterHoursPhone, string? Logo);

/// <summary><c>site.yml</c>: the clinic and the settings of the whole site. <see cref="Fonts"/>: the PDF font
/// families in order of preference, each as regular, bold, italic and bold-italic files in the templates folder;
/// null means the bundled Atkinson Hyperlegible and Noto Sans. <see cref="WaitingRoomPrints"/> false (site.yml
/// <c>waiting_room_prints: false</c>) leaves out the packs, posters and their staff page: packs keep every handout's
/// typeset pages until the end of the build (about 20 KB a page), which a site of thousands may not want.</summary>
internal sealed record SiteConfig(
    Clinic Clinic,
    string BaseUrl,
    IReadOnlyList<string> Languages,
    string Paper,
    int ReadingLevel,
    bool AllowRawHtml,
    CheckSettings Checks,
    IReadOnlyList<IReadOnlyList<string>>? Fonts = null,
    bool WaitingRoomPrints = true)
{
    /// <summary>The first language listed: originals are written in it, and missing strings fall back to it.</summary>
    public string DefaultLanguage => Languages[0];

    /// <summary>The paper a build with <c>--both-papers</c> makes in addition to <see cref="Paper"/>.</summary>
    public string OtherPaper => Paper == "a4" ? "letter" : "a4";
}
