namespace Handouts.Pdf.Images;

/// <summary>An image ready for a PDF XObject: its samples already encoded (DCT for JPEG, Flate for decoded PNG) and
/// an optional alpha channel as a soft mask.</summary>
internal sealed record PdfImage(
    string Path,
    int Width,
    int Height,
    string ColorSpace,
    int BitsPerComponent,
    string Filter,
    byte[] Data,
    byte[]? Alpha);
