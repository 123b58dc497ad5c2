using System.Globalization;
using Handouts.Pdf.Layout;
using Handouts.Pdf.Template;

namespace Handouts.Pdf;

/// <summary>The running footer: its left-aligned texts stacked and wrapped, never cut (the web address is there for a
/// reader to type), each right-aligned text ("Page X of Y") beside a left line when both fit and on a line of its own
/// when they do not, and the QR code of the variant's web page at the right.</summary>
internal sealed class RunningFooter(IReadOnlyList<RunningItem> items, PrintProfile p, PaperSize paper, double width, LineBreaker breaker)
{
    private readonly RunningItem? qr = items.FirstOrDefault(i => i.Kind == RunningKind.Qr);

    private double QrSize => p.Small * 5;

    private double TextWidth => qr is null ? width : width - QrSize - p.Small;

    /// <summary>The height the footer takes from the bottom of every page (above the margin) on pages
    /// <paramref name="first"/> to <paramref name="last"/> of a PDF of <paramref name="count"/> pages (a handout's own,
    /// or a pack it is part of): that of its tallest footer, since page numbers of different widths can wrap
    /// differently.</summary>
    public double Height(int first, int last, int count)
    {
        if (items.Count == 0) return 0;
        var total = count.ToString(CultureInfo.InvariantCulture);
        var rows = Enumerable.Range(first, last - first + 1).Max(n => Rows(n.ToString(CultureInfo.InvariantCulture), total).Sum(r => r.Height));
        return Math.Max(rows + p.Small * 0.6, qr is null ? 0 : QrSize + 6);
    }

    /// <summary>The height of the footer with the widest page numbers of <paramref name="digits"/> digits: a page
    /// cut for it takes any numbering of that many digits.</summary>
    public double WidestHeight(int digits)
    {
        if (items.Count == 0) return 0;
        var rows = "0123456789".Max(d => Rows(new string(d, digits), new string(d, digits)).Sum(r => r.Height));
        return Math.Max(rows + p.Small * 0.6, qr is null ? 0 : QrSize + 6);
    }

    public void Draw(LaidOutPage page, bool[][]? modules, int number, int count)
    {
        if (items.Count == 0) return;
        page.FooterStart = page.Ops.Count;
        if (qr is not null && modules is not null) page.Ops.Add(new QrOp(p.Margin + width - QrSize, paper.Height - p.Margin - QrSize, QrSize, modules));
        var rows = Rows(number.ToString(CultureInfo.InvariantCulture), count.ToString(CultureInfo.InvariantCulture));
        var first = rows.Count > 0 ? rows[0].Size : p.Small;
        var baseline = paper.Height - p.Margin - Math.Max(rows.Sum(r => r.Height), qr is null ? 0 : QrSize - p.Small * 0.6) + first;
        page.Ops.Add(new RectOp(p.Margin, baseline - first - p.Small * 0.3, TextWidth, 0.6, p.Colours.Muted, null, 0));
        for (var i = 0; i < rows.Count; i++)
        {
            if (i > 0) baseline += rows[i].Height;
            if (rows[i].Left is { } left) Words(page, left.Line, p.Margin, baseline, left.Size, p.Colours.Muted);
            if (rows[i].Right is { } right) Words(page, right.Line, p.Margin + TextWidth - right.Line.Width, baseline, right.Size, p.Colours.Text);
        }
    }

    private sealed record Part(TextLine Line, double Size);

    private sealed record Row(Part? Left, Part? Right)
    {
        public double Size => Math.Max(Left?.Size ?? 0, Right?.Size ?? 0);

        public double Height => Size * 1.4;
    }

    private List<Row> Rows(string number, string count)
    {
        List<Part> Lines(bool right) => items.Where(i => i.Kind == RunningKind.Text && i.AlignRight == right)
            .SelectMany(i => breaker.Break([new TextRun(Fill(i.Text, number, count))], i.Size, TextWidth, false, false, 0).Select(l => new Part(l, i.Size)))
            .ToList();
        var rights = new Queue<Part>(Lines(right: true));
        var rows = new List<Row>();
        foreach (var left in Lines(right: false))
        {
            if (rights.TryPeek(out var right) && left.Line.Width + p.Small + right.Line.Width > TextWidth) rows.Add(new Row(null, rights.Dequeue()));
            rows.Add(new Row(left, rights.TryDequeue(out var beside) ? beside : null));
        }

        rows.AddRange(rights.Select(r => new Row(null, r)));
        return rows;
    }

    private static string Fill(string text, string number, string count) =>
        text.Replace("{page}", number, StringComparison.Ordinal).Replace("{pages}", count, StringComparison.Ordinal);

    private static void Words(LaidOutPage page, TextLine line, double x, double baseline, double size, Rgb color)
    {
        foreach (var w in line.Words) page.Ops.Add(new WordOp(x + w.X, baseline, w.Word, size, color, null));
    }
}
