using Handouts.Diagnostics;
using Handouts.Files;
using Handouts.Site;

namespace Handouts.Build;

/// <summary>The files a site copies as they are: the content's images and logo (under <c>media/</c>) and the
/// theme's assets. Each is read through its folder's <see cref="FileRoot"/> (or the theme's): a file that changed
/// into something unreadable since it was checked, or is over its cap, is an error, never a gap in the site.</summary>
internal static class StaticFiles
{
    public static IEnumerable<SiteFile?> Media(FileRoot content, IEnumerable<string> files, DiagnosticBag diagnostics) =>
        files.Select(file => Copy(content.Read(file, Limits.BinaryBytes), file, SitePaths.Media(file), content.Display("site.yml"), diagnostics));

    public static IEnumerable<SiteFile?> Assets(ThemeRoot theme, DiagnosticBag diagnostics) =>
        theme.Files("assets", "*", recursive: true).Select(file => Copy(theme.Read(file, Limits.BinaryBytes), file, file, theme.Display(file), diagnostics));

    /// <summary>The theme's icon again at the site root, where browsers ask for it on every visit; a theme without
    /// one publishes none.</summary>
    public static IEnumerable<SiteFile?> RootIcon(ThemeRoot theme, DiagnosticBag diagnostics) =>
        theme.Files("assets", SitePaths.Favicon, recursive: false).Select(file => Copy(theme.Read(file, Limits.BinaryBytes), file, SitePaths.Favicon, theme.Display(file), diagnostics));

    private static SiteFile? Copy(FileRead read, string relative, string sitePath, string reportAt, DiagnosticBag diagnostics) =>
        read.Report(SourceLocation.Start(reportAt), diagnostics, $"'{relative}'", Codes.MissingImage) is { } bytes
            ? SiteFile.Binary(sitePath, bytes)
            : null;
}
