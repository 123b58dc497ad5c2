namespace Handouts.Pdf.Layout;

/// <summary>The standard structure types the handouts use (PDF 1.7, 14.8.4), written as PDF names by the writer.</summary>
internal enum StructType
{
    Document,
    Part,
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
    TOC,
    TOCI,
}

/// <summary>What a structure element holds, in reading order: child elements, marked content on a page, or an
/// annotation (a link's clickable area).</summary>
internal interface IStructKid;

/// <summary>An element of the PDF structure tree (PDF/UA tags: H1–H6, P, L, LI, Lbl, LBody, Link, Div). Layout
/// creates elements and never changes them; the writer attaches each to its parent when its first content is written
/// (<c>StructureBuilder</c>), so /K lists children and marked content in reading order (a Link sits between its
/// paragraph's words, not before them), and one laid-out handout can be written again, alone or inside a pack.</summary>
internal sealed class StructNode(StructType type, StructNode? parent) : IStructKid
{
    public StructType Type { get; } = type;

    public StructNode? Parent { get; } = parent;

    /// <summary>For Link elements: the address, for the annotation and its /Contents.</summary>
    public string? Uri { get; init; }

    /// <summary>For a Link inside the document (a pack's contents): the index of the page it leads to.</summary>
    public int? PageTarget { get; init; }

    public string? Lang { get; init; }

    /// <summary>For Figure elements: the alt text.</summary>
    public string? Alt { get; init; }

    public StructNode Child(StructType childType, string? uri = null, string? lang = null, string? alt = null, int? pageTarget = null)
    {
        return new StructNode(childType, this) { Uri = uri, Lang = lang, Alt = alt, PageTarget = pageTarget };
    }
}
