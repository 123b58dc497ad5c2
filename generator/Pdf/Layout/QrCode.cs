using QRCoder;

namespace Handouts.Pdf.Layout;

/// <summary>A QR code as vector squares: sharp at any print resolution, a few hundred bytes. Cached per address
/// because both profiles of a variant print the same one.</summary>
internal sealed class QrCodes
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool[][]?> cache = new(StringComparer.Ordinal);

    /// <summary>The module matrix, quiet zone included, true for dark; null when the text is longer than any QR code
    /// holds (2,331 bytes at this error correction), which the caller reports.</summary>
    public bool[][]? Modules(string text) => cache.GetOrAdd(text, static t =>
    {
        using var generator = new QRCodeGenerator();
        try
        {
            using var data = generator.CreateQrCode(t, QRCodeGenerator.ECCLevel.M);
            return data.ModuleMatrix.Select(row => Enumerable.Range(0, row.Length).Select(i => row[i]).ToArray()).ToArray();
        }
        catch (QRCoder.Exceptions.DataTooLongException)
        {
            return null;
        }
    });
}

/// <summary>A QR code drawn at (X, Y) from the page's top-left, <see cref="Size"/> points square; an artifact (a
/// footer's, beside its printed address) unless it has a Figure element (a poster's).</summary>
internal sealed record QrOp(double X, double Y, double Size, bool[][] Modules, StructNode? Node = null) : DisplayOp(Node);
