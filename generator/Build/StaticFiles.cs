using Handouts.Diagnostics;
using Handouts.Files;
using Handouts.Site;

namespace Handouts.Build;

/// <summary>The files a site copies as they are: the content's images and logo (under <c>media/</c>) and the
/// templates' assets. Each is read through its folder's <see cref="FileRoot"/>: a file that changed into something
/// unreadable since it was checked, or is over its cap, is an error, never a gap in the site.</summary>
internal static class StaticFiles
{
    public static IEnumerable<SiteFile?> Media(FileRoot content, IEnumerable<string> files, DiagnosticBag diagnostics) =>
        files.Select(file => Copy(content, file, SitePaths.Media(file), content.Display("site.yml"), diagnostics));

    public static IEnumerable<SiteFile?> Assets(FileRoot templates, DiagnosticBag diagnostics) =>
        templates.Files("assets", "*", recursive: true).Select(file => Copy(templates, file, file, templates.Display(file), diagnostics));

    /// <summary>The theme's icon again at the site root, where browsers ask for it on every visit; a theme without
    /// one publishes none.</summary>
    public static IEnumerable<SiteFile?> RootIcon(FileRoot templates, DiagnosticBag diagnostics) =>
        templates.Files("assets", SitePaths.Favicon, recursive: false).Select(file => Copy(templates, file, SitePaths.Favicon, templates.Display(file), diagnostics));

    private static SiteFile? Copy(FileRoot root, string relative, string sitePath, string reportAt, DiagnosticBag diagnostics) =>
        root.Read(relative, Limits.BinaryBytes, SourceLocation.Start(reportAt), diagnostics, $"'{relative}'", Codes.MissingImage) is { } bytes
            ? SiteFile.Binary(sitePath, bytes)
            : null;
}
