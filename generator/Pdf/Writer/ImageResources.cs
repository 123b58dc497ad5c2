using System.Text;
using Handouts.Pdf.Images;

namespace Handouts.Pdf.Writer;

/// <summary>The images of one document, each written once as an XObject (with its soft mask) however often shown.
/// An image's resource name comes from its path, the same in every document, so page content can be written before
/// the document is known.</summary>
internal sealed class ImageResources
{
    private readonly Dictionary<PdfImage, string> names = [];

    public static string Name(PdfImage image) =>
        "Im" + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(image.Path)), 0, 6);

    public void Use(PdfImage image) => names.TryAdd(image, Name(image));

    /// <summary>Writes the images; returns their /XObject entries, in name order.</summary>
    public IEnumerable<(string Name, int Object)> Write(PdfFile pdf)
    {
        foreach (var (image, name) in names.OrderBy(n => n.Value, StringComparer.Ordinal).ToList())
        {
            var mask = image.Alpha is null ? "" : $" /SMask {PdfFile.Ref(pdf.AddStream($" /Type /XObject /Subtype /Image /Width {image.Width} /Height {image.Height} /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode", image.Alpha, compress: false))}";
            var number = pdf.AddStream(
                $" /Type /XObject /Subtype /Image /Width {image.Width} /Height {image.Height} /ColorSpace {image.ColorSpace} /BitsPerComponent {image.BitsPerComponent} /Filter {image.Filter}{mask}",
                image.Data,
                compress: false);
            yield return (name, number);
        }
    }
}
