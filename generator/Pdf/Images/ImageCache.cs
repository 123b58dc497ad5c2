using System.Collections.Concurrent;
using Handouts.Files;

namespace Handouts.Pdf.Images;

/// <summary>Images decoded once per run: the logo is on every PDF, a body image on every variant and profile. Read
/// through the content folder's <see cref="FileRoot"/>, by paths relative to it.</summary>
internal sealed class ImageCache(FileRoot content)
{
    private readonly ConcurrentDictionary<string, Lazy<(PdfImage? Image, string? Error)>> images = new(StringComparer.Ordinal);

    /// <summary>The image, or why it cannot be printed.</summary>
    public (PdfImage? Image, string? Error) Get(string path) => images.GetOrAdd(path, p => new Lazy<(PdfImage?, string?)>(() =>
    {
        try
        {
            var read = content.Read(p, Limits.BinaryBytes);
            return read.Bytes is null ? (null, "the file " + read.Reason) : (ImageLoader.Load(p, read.Bytes), null);
        }
        catch (InvalidDataException e)
        {
            // Not swallowed: the caller reports it as an error at the image's line and the build fails.
            return (null, e.Message);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Checked, but gone or locked by the time it is opened: reported, not thrown.
            return (null, "the file cannot be read: " + e.Message);
        }
    })).Value;
}
