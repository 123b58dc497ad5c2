namespace Handouts.Pdf.Layout;

/// <summary>Places flow items on pages between a top and a bottom y. An item that
/// does not fit starts a new page, and so does a chain of items tied by KeepWithNext (a heading and its first
/// lines; a paragraph's first or last two lines) unless the chain alone is taller than a page.</summary>
internal static class Paginator
{
    /// <param name="tooTall">Called with the source line of an unsplittable item taller than a page.</param>
    public static List<LaidOutPage> Paginate(IReadOnlyList<FlowItem> input, double top, double bottom, Action<int>? tooTall = null)
    {
        var items = Flatten(input, bottom - top);
        foreach (var item in items.Where(i => i.UnsplittableLine > 0 && i.Height > bottom - top)) tooTall?.Invoke(item.UnsplittableLine);
        var pages = new List<LaidOutPage> { new() };
        var y = top;
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            if (item.BreakBefore && y > top)
            {
                pages.Add(new LaidOutPage());
                y = top;
                continue;
            }

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
            if (y == top && pages.Count > 1 && item.RepeatHeader is { } header)
            {
                // A table continued from the last page repeats its header row; the repeat is decoration for screen
                // readers, which read the header once.
                foreach (var op in header.Ops) pages[^1].Ops.Add(FlowBuilder.Shift(AsArtifact(op), y));
                y += header.Height;
            }

            var page = pages[^1];
            foreach (var op in item.Ops) page.Ops.Add(FlowBuilder.Shift(op, y));
            if (item.Bookmark is { } mark) page.Bookmarks.Add(mark with { Y = y + mark.Y });
            y += item.Height;
        }

        if (pages.Count > 1 && pages[^1].Ops.Count == 0) pages.RemoveAt(pages.Count - 1);
        return pages;
    }

    private static DisplayOp AsArtifact(DisplayOp op) => op switch
    {
        WordOp w => w with { Node = null },
        ImageOp i => i with { Node = null },
        _ => op,
    };

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
