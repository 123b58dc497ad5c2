using System.Collections.Concurrent;

namespace Handouts.Pdf.Images;

/// <summary>Images decoded once per run: the logo is on every PDF, a body image on every variant and profile.</summary>
internal sealed class ImageCache
{
    private readonly ConcurrentDictionary<string, Lazy<(PdfImage? Image, string? Error)>> images = new(StringComparer.Ordinal);

    /// <summary>The image, or why it cannot be printed.</summary>
    public (PdfImage? Image, string? Error) Get(string path) => images.GetOrAdd(path, p => new Lazy<(PdfImage?, string?)>(() =>
    {
        try
        {
            return (ImageLoader.Load(p), null);
        }
        catch (InvalidDataException e)
        {
            // Not swallowed: the caller reports it as an error at the image's line and the build fails.
            return (null, e.Message);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A print template may name any path: a missing file or a folder is reported the same way, not thrown.
            return (null, e is FileNotFoundException or DirectoryNotFoundException ? "the file does not exist" : "the file cannot be read");
        }
    })).Value;
}
