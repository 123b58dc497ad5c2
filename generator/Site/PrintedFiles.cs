namespace Handouts.Site;

/// <summary>The PDFs one handout's job rendered, by site path, with their sizes in bytes. The job renders its PDFs
/// before its pages, so a page links only to files that exist and can tell the reader how large each is.</summary>
internal sealed record PrintedFiles(IReadOnlyDictionary<string, long> Sizes)
{
    /// <summary>No PDFs: a build with <c>--no-pdf</c>, and the print model (a PDF does not link to PDFs).</summary>
    public static readonly PrintedFiles None = new(new Dictionary<string, long>(StringComparer.Ordinal));

    public static PrintedFiles Of(IEnumerable<SiteFile> files) =>
        new(files.Where(f => f.Bytes is not null).ToDictionary(f => f.Path, f => (long)f.Bytes!.Length, StringComparer.Ordinal));

    public long? SizeOf(string path) => Sizes.TryGetValue(path, out var size) ? size : null;
}
