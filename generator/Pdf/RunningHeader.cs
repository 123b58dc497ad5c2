using Handouts.Pdf.Images;
using Handouts.Pdf.Layout;
using Handouts.Pdf.Template;

namespace Handouts.Pdf;

/// <summary>The running header: the logo (decorative: the clinic's name is written beside it), then its text, and a
/// rule. Running parts are artifacts, so a screen reader reads the handout once, without them.</summary>
internal sealed class RunningHeader(IReadOnlyList<RunningItem> items, PrintProfile p, double width, LineBreaker breaker, ImageCache images, PrintReport report)
{
    /// <summary>The room the header takes below the top margin (kept even when the template has no header, so
    /// that pages look alike).</summary>
    public double Height => p.Small * 2.2;

    public void Draw(LaidOutPage page)
    {
        if (items.Count == 0) return;
        var baseline = p.Margin + p.Small;
        var x = p.Margin;
        foreach (var item in items)
        {
            if (item.Kind == RunningKind.Image)
            {
                var (image, error) = images.Get(item.Text);
                if (image is null)
                {
                    // A header that silently lost the clinic's logo would still look finished: it is an error.
                    report.AtTemplate($"the header image '{item.Text}' cannot be printed: {error}");
                    continue;
                }

                var height = p.Small * 1.6;
                var w = height * image.Width / image.Height;
                page.Ops.Add(new ImageOp(x, baseline - height * 0.8, w, height, image, null));
                x += w + p.Small * 0.5;
            }
            else if (item.Kind == RunningKind.Text)
            {
                Line(page, item.Text, x, baseline, item.Size, p.Margin + width - x, item.AlignRight);
            }
        }

        page.Ops.Add(new RectOp(p.Margin, baseline + p.Small * 0.6, width, 0.6, p.Colours.Muted, null, 0));
    }

    private void Line(LaidOutPage page, string text, double left, double baseline, double size, double lineWidth, bool alignRight)
    {
        var lines = breaker.Break([new TextRun(text)], size, lineWidth, false, false, 0);
        if (lines.Count == 0) return;
        var x = alignRight ? left + lineWidth - lines[0].Width : left;
        foreach (var w in lines[0].Words) page.Ops.Add(new WordOp(x + w.X, baseline, w.Word, size, p.Colours.Muted, null));
    }
}
