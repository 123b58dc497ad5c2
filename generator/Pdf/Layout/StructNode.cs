namespace Handouts.Pdf.Layout;

/// <summary>An element of the PDF structure tree (PDF/UA tags: H1–H6, P, L, LI, Lbl, LBody, Link, Div). Layout
/// creates elements; the writer attaches each to its parent when its first content is written, so /K lists
/// children and marked content in reading order (a Link sits between its paragraph's words, not before them).</summary>
internal sealed class StructNode(string type, StructNode? parent)
{
    public string Type { get; } = type;

    public StructNode? Parent { get; } = parent;

    public List<object> Kids { get; } = [];

    /// <summary>For Link elements: the address, for the annotation and its /Contents.</summary>
    public string? Uri { get; init; }

    public string? Lang { get; init; }

    /// <summary>For Figure elements: the alt text, and where the figure is on its page (PDF coordinates).</summary>
    public string? Alt { get; init; }

    public string? BBox { get; set; }

    /// <summary>Set by the writer once the element is in the tree.</summary>
    public bool Attached { get; set; }

    public StructNode Child(string childType, string? uri = null, string? lang = null, string? alt = null)
    {
        return new StructNode(childType, this) { Uri = uri, Lang = lang, Alt = alt };
    }
}
