namespace Handouts.Pdf.Layout;

/// <summary>Turns blocks into flow items: lines of text with their structure elements, list markers, panels.</summary>
internal sealed class FlowBuilder(LineBreaker breaker, PrintProfile profile)
{
    private const double ListIndent = 1.6;
    private const double PanelPadding = 10;

    public List<FlowItem> Build(IReadOnlyList<PrintBlock> blocks, double left, double width, StructNode parent)
    {
        var items = new List<FlowItem>();
        foreach (var block in blocks) Add(block, left, width, parent, items);
        return items;
    }

    private void Add(PrintBlock block, double left, double width, StructNode parent, List<FlowItem> items)
    {
        switch (block)
        {
            case TextBlock text:
                AddText(text, left, width, parent.Child(text.Tag), items, null);
                break;
            case PrintList list:
                AddList(list, left, width, parent.Child(StructType.L), items);
                break;
            case PanelBlock panel:
                AddPanel(panel, left, width, parent.Child(StructType.Div), items);
                break;
            case SpacerBlock spacer:
                items.Add(new FlowItem(0, spacer.Height));
                break;
            case RowBlock row:
                AddRow(row, left, width, parent, items);
                break;
            case RuleBlock:
                var rule = new FlowItem(profile.Body, profile.Body * 0.3);
                rule.Ops.Add(new RectOp(left, profile.Body / 2, width, 0.8, profile.Colours.Muted, null, 0));
                items.Add(rule);
                break;
            case PageBreakBlock:
                items.Add(new FlowItem(0, 0) { BreakBefore = true });
                break;
            case ImageBlock image:
                AddImage(image, left, width, parent, items);
                break;
            case TableBlock table:
                AddTable(table, left, width, parent.Child(StructType.Table), items);
                break;
            case ContentsBlock contents:
                AddContents(contents, left, width, parent.Child(StructType.TOC), items);
                break;
            case QrBlock qr:
                var code = new FlowItem(qr.Size, profile.Body * 0.3);
                code.Ops.Add(new QrOp(left, 0, qr.Size, qr.Modules, parent.Child(StructType.Figure, alt: qr.Alt)));
                items.Add(code);
                break;
        }
    }

    /// <summary>Each entry's title wraps in the width the page numbers leave; its number stands at the right of its
    /// last line, after a dotted leader that carries the eye across. Title and number are one link (TOCI > Link) to
    /// the page, read as one.</summary>
    private void AddContents(ContentsBlock contents, double left, double width, StructNode toc, List<FlowItem> items)
    {
        var size = profile.Body;
        var lineHeight = size * profile.LineHeight;
        var baseline = lineHeight / 2 + size * 0.35;
        var numberRoom = breaker.Break([new TextRun("0000")], size, double.MaxValue, false, false, contents.Line).Sum(l => l.Width);
        var gap = size * 0.8;
        foreach (var entry in contents.Entries)
        {
            var link = toc.Child(StructType.TOCI).Child(StructType.Link, alt: $"{entry.Title} {entry.Number}", pageTarget: entry.PageIndex);
            var lines = breaker.Break([new TextRun(entry.Title)], size, width - numberRoom - gap, false, profile.AllowItalic, contents.Line);
            var number = breaker.Break([new TextRun(entry.Number)], size, numberRoom, false, false, contents.Line);
            for (var i = 0; i < lines.Count; i++)
            {
                var item = new FlowItem(lineHeight, i == 0 ? size * 0.35 : 0) { KeepWithNext = i < lines.Count - 1 };
                foreach (var w in lines[i].Words) item.Ops.Add(new WordOp(left + w.X, baseline, w.Word, size, profile.Colours.Text, link));
                if (i == lines.Count - 1 && number.Count > 0)
                {
                    var numberX = left + width - number[0].Width;
                    var dot = Math.Max(1, size * 0.09);
                    for (var x = left + lines[i].Width + gap / 2; x + dot <= numberX - gap / 2; x += size * 0.4)
                        item.Ops.Add(new RectOp(x, baseline - dot, dot, dot, profile.Colours.Muted, null, 0));
                    foreach (var w in number[0].Words) item.Ops.Add(new WordOp(numberX + w.X, baseline, w.Word, size, profile.Colours.Text, link));
                }

                item.Ops.Add(new LinkOp(left, 0, width, lineHeight, link));
                items.Add(item);
            }
        }

        items.Add(new FlowItem(0, profile.Body * 0.6));
    }

    private void AddText(TextBlock block, double left, double width, StructNode node, List<FlowItem> items, Action<FlowItem>? firstLine)
    {
        var lines = breaker.Break(block.Spans, block.Size, width, block.Bold || block.IsHeading, profile.AllowItalic, block.Line);
        var lineHeight = block.Size * (block.IsHeading ? 1.25 : profile.LineHeight);
        var baseline = lineHeight / 2 + block.Size * 0.35;
        var color = block.Color ?? profile.Colours.Text;
        var links = new Dictionary<string, StructNode>(StringComparer.Ordinal);
        for (var i = 0; i < lines.Count; i++)
        {
            var item = new FlowItem(lineHeight, i == 0 ? block.SpaceBefore : 0)
            {
                Bookmark = i == 0 && block.IsHeading ? new Bookmark(string.Concat(block.Spans.Select(s => s.Text)).Trim(), block.HeadingLevel, 0) : null,
            };
            foreach (var group in Groups(lines[i].Words))
            {
                var first = group[0];
                var link = first.Span.Link is { } uri ? links.TryGetValue(uri, out var existing) ? existing : links[uri] = node.Child(StructType.Link, uri) : null;
                foreach (var w in group)
                    item.Ops.Add(new WordOp(left + w.X, baseline, w.Word, block.Size, link is null ? color : profile.Colours.Link, link ?? node));
                if (link is not null)
                {
                    // One underline under the whole link on this line, spaces included: a line broken at every space
                    // reads as several links.
                    var end = group[^1];
                    var linkWidth = end.X + end.Word.WidthAt(block.Size) - first.X;
                    item.Ops.Add(new RectOp(left + first.X, baseline + block.Size * 0.09, linkWidth, block.Size * 0.06, profile.Colours.Link, null, 0));
                    item.Ops.Add(new LinkOp(left + first.X, 0, linkWidth, lineHeight, link));
                }
            }

            if (i == 0) firstLine?.Invoke(item);
            items.Add(item);
        }

        // Headings stay with what follows; a paragraph's first two and last two lines stay together.
        if (lines.Count == 0) return;
        var start = items.Count - lines.Count;
        if (block.IsHeading) items[^1].KeepWithNext = true;
        if (lines.Count >= 2) items[start].KeepWithNext = true;
        if (lines.Count >= 3) items[^2].KeepWithNext = true;
        if (block.SpaceAfter > 0) items.Add(new FlowItem(0, block.SpaceAfter));
    }

    /// <summary>Consecutive words with the same link form one link area per line.</summary>
    private static List<List<PlacedWord>> Groups(IReadOnlyList<PlacedWord> words)
    {
        var groups = new List<List<PlacedWord>>();
        foreach (var w in words)
        {
            if (groups.Count > 0 && groups[^1][0].Span.Link == w.Span.Link && (w.Span.Link is not null || groups[^1][0].Span.Link is null)) groups[^1].Add(w);
            else groups.Add([w]);
        }

        return groups;
    }

    private void AddList(PrintList list, double left, double width, StructNode node, List<FlowItem> items)
    {
        var indent = profile.Body * ListIndent;
        foreach (var entry in list.Items)
        {
            var li = node.Child(StructType.LI);
            var label = li.Child(StructType.Lbl);
            var body = li.Child(StructType.LBody);
            var before = items.Count;
            foreach (var block in entry.Content)
            {
                if (block is TextBlock text && items.Count == before)
                    AddText(text, left + indent, width - indent, body.Child(text.Tag), items, first => AddMarker(first, entry.Marker, left, indent, text.Size, label));
                else
                    Add(block, left + indent, width - indent, body, items);
            }

            if (items.Count > before) items.Add(new FlowItem(0, profile.Body * 0.3));
        }

        items.Add(new FlowItem(0, profile.Body * 0.4));
    }

    private void AddMarker(FlowItem first, string? marker, double left, double indent, double size, StructNode label)
    {
        var baseline = first.Ops.OfType<WordOp>().FirstOrDefault()?.Baseline ?? size;
        if (marker is null)
        {
            // An empty box to tick with a pen: drawn, and labelled for screen readers by the Lbl text below.
            var box = size * 0.8;
            first.Ops.Add(new RectOp(left + indent - box - size * 0.45, baseline - box * 0.9, box, box, null, profile.Colours.Text, 1));
            return;
        }

        var words = breaker.Break([new TextRun(marker)], size, indent, false, false, 0);
        if (words.Count == 0) return;
        var w = words[0].Width;
        foreach (var word in words[0].Words)
            first.Ops.Add(new WordOp(left + indent - w - size * 0.45 + word.X, baseline, word.Word, size, profile.Colours.Text, label));
    }

    private void AddPanel(PanelBlock panel, double left, double width, StructNode node, List<FlowItem> items)
    {
        var padding = panel.Padding ?? PanelPadding;
        var inner = new List<FlowItem>();
        foreach (var block in panel.Content) Add(block, left + padding + 4, width - 2 * padding - 4, node, inner);
        while (inner.Count > 0 && inner[^1].Height == 0) inner.RemoveAt(inner.Count - 1);
        var height = padding * 2 + inner.Sum(i => i.Height + i.SpaceBefore) - (inner.Count > 0 ? inner[0].SpaceBefore : 0);
        var whole = new FlowItem(height, profile.Body * 0.8) { Parts = inner, Bookmark = PanelBookmark(inner, padding) };
        whole.Ops.Add(new RectOp(left, 0, width, height, panel.Fill, null, 0));
        whole.Ops.Add(new RectOp(left, 0, 4, height, panel.Rule, null, 0));
        var y = padding;
        var firstItem = true;
        foreach (var item in inner)
        {
            if (!firstItem) y += item.SpaceBefore;
            firstItem = false;
            foreach (var op in item.Ops) whole.Ops.Add(Shift(op, y));
            y += item.Height;
        }

        items.Add(whole);
        items.Add(new FlowItem(0, profile.Body * 0.8));
    }

    /// <summary>Columns share the width in proportion to their longest text or widest picture (each at least a sixth of
    /// the width); cells wrap, and a cell's pictures follow its text, scaled to the cell; a row is never split across
    /// pages.</summary>
    private void AddTable(TableBlock table, double left, double width, StructNode node, List<FlowItem> items)
    {
        const double pad = 4;
        var size = profile.Body * 0.95;
        var columns = table.Rows.Max(r => r.Count);
        Cell At(int r, int c) => c < table.Rows[r].Count ? table.Rows[r][c] : Cell.Empty;

        // Each column gets at least its longest word, then a share of the rest in proportion to its content.
        var lines = Enumerable.Range(0, columns).Select(c => table.Rows.Select((r, i) => c < r.Count ? breaker.Break(r[c].Spans, size, 10_000, i < table.HeaderRows, profile.AllowItalic, table.Line) : []).ToList()).ToList();
        var pictures = Enumerable.Range(0, columns).Select(c => table.Rows.Select((_, r) => At(r, c).Images.Select(i => ImageSize(i.Image, double.MaxValue).Width).DefaultIfEmpty(0).Max()).Max()).ToArray();
        var natural = lines.Select((col, c) => Math.Max(col.Max(l => l.Sum(x => x.Width)), pictures[c]) + 2 * pad).ToArray();
        var least = lines.Select(col => col.SelectMany(l => l.SelectMany(x => x.Words)).Select(w => w.Word.WidthAt(size)).DefaultIfEmpty(0).Max() + 2 * pad).ToArray();
        var spare = width - least.Sum();
        var wanted = natural.Zip(least, (n, l) => n - l).ToArray();
        var widths = natural.Sum() <= width ? natural
            : spare <= 0 ? least.Select(l => l * width / least.Sum()).ToArray()
            : least.Select((l, c) => l + spare * wanted[c] / wanted.Sum()).ToArray();
        FlowItem? header = null;
        var lineHeight = size * profile.LineHeight;
        items.Add(new FlowItem(0, profile.Body * 0.4));
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var isHeader = r < table.HeaderRows;
            var rowNode = node.Child(StructType.TR);
            var cells = new List<(List<TextLine> Lines, List<(ImageBlock Block, double Y, double Width, double Height)> Images, List<(TextLine Line, double Y)> Captions, double Height, double X, double Width, StructNode Node)>();
            var x = left;
            for (var c = 0; c < columns; c++)
            {
                var cell = At(r, c);
                var cellLines = breaker.Break(cell.Spans, size, widths[c] - 2 * pad, isHeader, profile.AllowItalic, table.Line);
                var y = cellLines.Count * lineHeight;
                var placed = new List<(ImageBlock, double, double, double)>();
                var captions = new List<(TextLine, double)>();
                foreach (var image in cell.Images)
                {
                    if (y > 0) y += pad;
                    var (w, h) = ImageSize(image.Image, widths[c] - 2 * pad);
                    placed.Add((image, y, w, h));
                    y += h;
                    if (image.Caption is null) continue;
                    foreach (var line in breaker.Break([new TextRun(image.Caption)], profile.Note, widths[c] - 2 * pad, false, profile.AllowItalic, image.Line))
                    {
                        captions.Add((line, y));
                        y += profile.Note * profile.LineHeight;
                    }
                }

                cells.Add((cellLines, placed, captions, y, x, widths[c], rowNode.Child(isHeader ? StructType.TH : StructType.TD)));
                x += widths[c];
            }

            var content = cells.Max(c => c.Height);
            var height = Math.Max(lineHeight, content) + 2 * pad;
            var item = new FlowItem(height, 0) { RepeatHeader = isHeader ? null : header, UnsplittableLine = table.RowLines[r] };
            if (isHeader) item.Ops.Add(new RectOp(left, 0, widths.Sum(), height, profile.Colours.MessageFill, null, 0));
            foreach (var cell in cells)
            {
                item.Ops.Add(new RectOp(cell.X, 0, cell.Width, height, null, profile.Colours.Muted, 0.6));
                for (var l = 0; l < cell.Lines.Count; l++)
                {
                    foreach (var w in cell.Lines[l].Words)
                        item.Ops.Add(new WordOp(cell.X + pad + w.X, pad + l * lineHeight + lineHeight / 2 + size * 0.35, w.Word, size, profile.Colours.Text, cell.Node));
                }

                foreach (var (image, y, w, h) in cell.Images)
                    item.Ops.Add(new ImageOp(cell.X + pad, pad + y, w, h, image.Image, cell.Node.Child(StructType.Figure, alt: image.Alt)));
                foreach (var (line, y) in cell.Captions)
                {
                    foreach (var w in line.Words)
                        item.Ops.Add(new WordOp(cell.X + pad + w.X, pad + y + profile.Note * (profile.LineHeight / 2 + 0.35), w.Word, profile.Note, profile.Colours.Muted, cell.Node));
                }
            }

            if (isHeader)
            {
                header = item;
                item.KeepWithNext = true;
            }

            items.Add(item);
        }

        items.Add(new FlowItem(0, profile.Body * 0.6));
    }

    private void AddRow(RowBlock row, double left, double width, StructNode parent, List<FlowItem> items)
    {
        const double gap = 12;
        var available = width - gap * (row.Columns.Count - 1);
        static double Fixed(string w) => double.TryParse(w, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var v) ? v : 0;
        static double Share(string w) => w.EndsWith('*') ? (w.Length == 1 ? 1 : double.TryParse(w[..^1], System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var s) ? s : 1) : 0;
        var rest = Math.Max(0, available - row.Columns.Sum(c => Fixed(c.Width)));
        var shares = row.Columns.Sum(c => Share(c.Width));
        var x = left;
        var height = 0.0;
        var ops = new List<DisplayOp>();
        foreach (var (spec, content) in row.Columns)
        {
            var w = Fixed(spec) > 0 ? Fixed(spec) : shares > 0 ? rest * Share(spec) / shares : available / row.Columns.Count;
            var y = 0.0;
            var first = true;
            foreach (var item in Build(content, x, w, parent.Child(StructType.Div)))
            {
                if (!first) y += item.SpaceBefore;
                first = false;
                ops.AddRange(item.Ops.Select(op => Shift(op, y)));
                y += item.Height;
            }

            height = Math.Max(height, y);
            x += w + gap;
        }

        var rowItem = new FlowItem(height, profile.Body * 0.5);
        rowItem.Ops.AddRange(ops);
        items.Add(rowItem);
    }

    private void AddImage(ImageBlock block, double left, double width, StructNode parent, List<FlowItem> items)
    {
        var (w, h) = ImageSize(block.Image, width);
        var item = new FlowItem(h, profile.Body * 0.5) { KeepWithNext = block.Caption is not null };
        item.Ops.Add(new ImageOp(left, 0, w, h, block.Image, block.Decorative ? null : parent.Child(StructType.Figure, alt: block.Alt)));
        items.Add(item);

        // The caption follows its Figure as a paragraph of its own: inside the Figure, a screen reader reading the alt
        // text instead of the content would skip it.
        if (block.Caption is { } caption)
            AddText(CaptionText(caption, block.Line), left, width, parent.Child(StructType.P), items, null);
        items.Add(new FlowItem(0, profile.Body * 0.5));
    }

    /// <summary>A caption in the size of sources and notes (in large print still at least 16 pt), muted.</summary>
    private TextBlock CaptionText(string caption, int line) =>
        new([new TextRun(caption)], StructType.P, profile.Note, line, Color: profile.Colours.Muted, SpaceBefore: profile.Body * 0.3);

    /// <summary>96 pixels to the inch, shrunk to the width and to half a letter page, never enlarged.</summary>
    private static (double Width, double Height) ImageSize(Images.PdfImage image, double maxWidth)
    {
        var scale = Math.Min(Math.Min(1.0, maxWidth / (image.Width * 0.75)), 396 / (image.Height * 0.75));
        return (image.Width * 0.75 * scale, image.Height * 0.75 * scale);
    }

    /// <summary>The heading of a panel, for the outline, placed where it sits inside the panel.</summary>
    private static Bookmark? PanelBookmark(List<FlowItem> inner, double padding)
    {
        var y = padding;
        foreach (var item in inner)
        {
            if (item.Bookmark is { } mark) return mark with { Y = y };
            y += item.Height + item.SpaceBefore;
        }

        return null;
    }

    public static DisplayOp Shift(DisplayOp op, double dy) => op switch
    {
        WordOp w => w with { Baseline = w.Baseline + dy },
        RectOp r => r with { Y = r.Y + dy },
        QrOp q => q with { Y = q.Y + dy },
        ImageOp i => i with { Y = i.Y + dy },
        LinkOp l => l with { Y = l.Y + dy },
        _ => op,
    };
}
