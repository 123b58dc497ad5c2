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
            return (ImageLoader.Load(p, File.ReadAllBytes(p)), null);
        }
        catch (InvalidDataException e)
        {
            // Not swallowed: the caller reports it as an error at the image's line and the build fails.
            return (null, e.Message);
        }
    })).Value;
}

/// <summary>Where print problems go: a character no font has, an image that cannot be printed (with its line).</summary>
internal sealed record PrintProblems(Action<int, int> MissingCharacter, Action<int, string> ImageProblem, Action<int> RowTooTall)
{
    public static readonly PrintProblems Ignore = new((_, _) => { }, (_, _) => { }, _ => { });
}
