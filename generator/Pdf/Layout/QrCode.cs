using QRCoder;

namespace Handouts.Pdf.Layout;

/// <summary>A QR code as vector squares: sharp at any print resolution, a few hundred bytes. Cached per address
/// because both profiles of a variant print the same one.</summary>
internal sealed class QrCodes
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool[][]> cache = new(StringComparer.Ordinal);

    /// <summary>The module matrix, quiet zone included, true for dark.</summary>
    public bool[][] Modules(string text) => cache.GetOrAdd(text, static t =>
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(t, QRCodeGenerator.ECCLevel.M);
        return data.ModuleMatrix.Select(row => Enumerable.Range(0, row.Length).Select(i => row[i]).ToArray()).ToArray();
    });
}

/// <summary>A QR code drawn at (X, Y) from the page's top-left, <see cref="Size"/> points square.</summary>
internal sealed record QrOp(double X, double Y, double Size, bool[][] Modules) : DisplayOp((StructNode?)null);
