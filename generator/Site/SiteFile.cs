namespace Handouts.Site;

/// <summary>One file of the site as a stage returns it, before anything is written: a page (text, written as UTF-8)
/// or a binary file (a PDF, an image, an asset). Stages return files; only the recipe writes them.</summary>
internal sealed record SiteFile(string Path, string? Text, byte[]? Bytes)
{
    public static SiteFile Page(string path, string html) => new(path, html, null);

    public static SiteFile Binary(string path, byte[] bytes) => new(path, null, bytes);

    /// <summary>A page patients can reach (the staff pages, reports and the print list, are not counted as pages).</summary>
    public bool IsPage => Text is not null && Path.EndsWith(".html", StringComparison.Ordinal) && !Path.StartsWith("reports/", StringComparison.Ordinal) && !Path.StartsWith("print/", StringComparison.Ordinal);
}
