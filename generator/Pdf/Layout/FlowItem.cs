namespace Handouts.Pdf.Layout;

/// <summary>A slice of the flow that the paginator places whole: a line of text, or a panel that must not split.
/// Ops are positioned relative to the item's top. <see cref="KeepWithNext"/> ties it to the next item (headings,
/// and the first and last lines of a paragraph, so no line is left alone at a page's top or bottom).</summary>
internal sealed class FlowItem(double height, double spaceBefore)
{
    public double Height { get; } = height;

    /// <summary>Space above the item, dropped at the top of a page.</summary>
    public double SpaceBefore { get; } = spaceBefore;

    public bool KeepWithNext { get; set; }

    /// <summary>Starts a new page (a page break in the template).</summary>
    public bool BreakBefore { get; init; }

    public List<DisplayOp> Ops { get; } = [];

    public Bookmark? Bookmark { get; init; }

    /// <summary>For a table row: the header row to repeat when the row starts a new page.</summary>
    public FlowItem? RepeatHeader { get; init; }

    /// <summary>The source line of an item that cannot be split (a table row), reported if it is taller than a page.</summary>
    public int UnsplittableLine { get; init; }

    /// <summary>For an unsplittable panel taller than a page: its lines, placed one by one instead.</summary>
    public IReadOnlyList<FlowItem>? Parts { get; init; }
}
