namespace Handouts.Pdf.Layout;

/// <summary>Places flow items on pages between a top and a bottom y. An item that
/// does not fit starts a new page, and so does a chain of items tied by KeepWithNext (a heading and its first
/// lines; a paragraph's first or last two lines) unless the chain alone is taller than a page.</summary>
internal static class Paginator
{
    public static List<LaidOutPage> Paginate(IReadOnlyList<FlowItem> input, double top, double bottom)
    {
        var items = Flatten(input, bottom - top);
        var pages = new List<LaidOutPage> { new() };
        var y = top;
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var atTop = y == top;
            var before = atTop ? 0 : item.SpaceBefore;
            var chain = ChainHeight(items, i);
            if (!atTop && item.Height > 0 && y + before + chain > bottom && chain <= bottom - top)
            {
                pages.Add(new LaidOutPage());
                y = top;
                before = 0;
            }
            else if (!atTop && item.Height > 0 && y + before + item.Height > bottom)
            {
                pages.Add(new LaidOutPage());
                y = top;
                before = 0;
            }

            y += before;
            if (item.Height == 0 && y == top) continue;
            var page = pages[^1];
            foreach (var op in item.Ops) page.Ops.Add(FlowBuilder.Shift(op, y));
            if (item.Bookmark is { } mark) page.Bookmarks.Add(mark with { Y = y + mark.Y });
            y += item.Height;
        }

        if (pages.Count > 1 && pages[^1].Ops.Count == 0) pages.RemoveAt(pages.Count - 1);
        return pages;
    }

    /// <summary>The height from this item to the end of its KeepWithNext chain.</summary>
    private static double ChainHeight(List<FlowItem> items, int i)
    {
        var height = items[i].Height;
        var keep = items[i].KeepWithNext;
        while (keep && i + 1 < items.Count)
        {
            i++;
            height += items[i].SpaceBefore + items[i].Height;

            // Spacing between blocks does not break a chain: a heading keeps with the text after its space.
            keep = items[i].KeepWithNext || items[i].Height == 0;
        }

        return height;
    }

    /// <summary>A panel taller than a page cannot stay whole: it is placed line by line instead.</summary>
    private static List<FlowItem> Flatten(IReadOnlyList<FlowItem> items, double pageHeight)
    {
        var result = new List<FlowItem>();
        foreach (var item in items)
        {
            if (item.Height > pageHeight && item.Parts is { } parts) result.AddRange(Flatten(parts, pageHeight));
            else result.Add(item);
        }

        return result;
    }
}
