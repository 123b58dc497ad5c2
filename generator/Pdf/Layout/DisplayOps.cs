using Handouts.Pdf.Shaping;

namespace Handouts.Pdf.Layout;

/// <summary>What a page shows, positioned from the page's top-left corner in points. A null node marks an artifact
/// (running header, footer, decoration) that screen readers skip.</summary>
internal abstract record DisplayOp(StructNode? Node);

internal sealed record WordOp(double X, double Baseline, ShapedWord Word, double Size, Rgb Color, StructNode? Node) : DisplayOp(Node);

internal sealed record RectOp(double X, double Y, double Width, double Height, Rgb? Fill, Rgb? Stroke, double LineWidth) : DisplayOp((StructNode?)null);

/// <summary>A clickable area for a link element; its words carry the same node.</summary>
internal sealed record LinkOp(double X, double Y, double Width, double Height, StructNode Link) : DisplayOp(Link);

/// <summary>An image; a null node draws it as an artifact (the logo), else it is the content of a Figure.</summary>
internal sealed record ImageOp(double X, double Y, double Width, double Height, Images.PdfImage Image, StructNode? Node) : DisplayOp(Node);

/// <summary>A heading to list in the PDF's outline (bookmarks).</summary>
internal sealed record Bookmark(string Title, int Level, double Y);

internal sealed class LaidOutPage
{
    public List<DisplayOp> Ops { get; } = [];

    /// <summary>Where the running footer's ops start, once it is drawn: what comes before is the page's body, which
    /// does not change with the page's number.</summary>
    public int? FooterStart { get; set; }

    public List<Bookmark> Bookmarks { get; } = [];
}
