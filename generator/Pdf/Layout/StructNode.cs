namespace Handouts.Pdf.Layout;

/// <summary>An element of the PDF structure tree (PDF/UA tags: H1–H6, P, L, LI, Lbl, LBody, Link, Div). Layout
/// creates elements; the writer attaches each to its parent when its first content is written, so /K lists
/// children and marked content in reading order (a Link sits between its paragraph's words, not before them).</summary>
/// <summary>The standard structure types the handouts use (PDF 1.7, 14.8.4), written as PDF names by the writer.</summary>
internal enum StructType
{
    Document,
    Div,
    P,
    H1,
    H2,
    H3,
    H4,
    H5,
    H6,
    L,
    LI,
    Lbl,
    LBody,
    Link,
    Figure,
    Table,
    TR,
    TH,
    TD,
}

/// <summary>What a structure element holds, in reading order: child elements, marked content on a page, or an
/// annotation (a link's clickable area).</summary>
internal interface IStructKid;

internal sealed class StructNode(StructType type, StructNode? parent) : IStructKid
{
    public StructType Type { get; } = type;

    public StructNode? Parent { get; } = parent;

    public List<IStructKid> Kids { get; } = [];

    /// <summary>For Link elements: the address, for the annotation and its /Contents.</summary>
    public string? Uri { get; init; }

    public string? Lang { get; init; }

    /// <summary>For Figure elements: the alt text, and where the figure is on its page (PDF coordinates).</summary>
    public string? Alt { get; init; }

    public string? BBox { get; set; }

    /// <summary>Set by the writer once the element is in the tree.</summary>
    public bool Attached { get; set; }

    public StructNode Child(StructType childType, string? uri = null, string? lang = null, string? alt = null)
    {
        return new StructNode(childType, this) { Uri = uri, Lang = lang, Alt = alt };
    }
}
