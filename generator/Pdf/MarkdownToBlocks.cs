using Handouts.Diagnostics;
using Handouts.Markdown;
using Handouts.Pdf.Images;
using Handouts.Pdf.Layout;
using Handouts.Tailoring;
using Handouts.Text;
using Markdig.Extensions.Alerts;
using Markdig.Extensions.Tables;
using Markdig.Extensions.TaskLists;
using Markdig.Syntax.Inlines;
using Markdig.Syntax;

namespace Handouts.Pdf;

/// <summary>The tailored body of one variant as print blocks: the same blocks the variant's web page shows.
/// Links become absolute addresses (a printed link must work from a PDF saved anywhere); a link to another handout
/// leads to the same page the variant's web page links.</summary>
/// <param name="handoutPath">Where a link to another handout leads this variant's reader, from the site root.</param>
internal sealed class MarkdownToBlocks(PrintProfile profile, string baseUrl, int bodyLine, TailoredBody body, ImageCache images, PrintReport report, Func<string, string> alertTitle, Func<HandoutLink, string> handoutPath)
{
    public List<PrintBlock> Convert(MarkdownDocument document, Variant variant)
    {
        var blocks = new List<PrintBlock>();
        AddAll(document, variant, blocks);
        return blocks;
    }

    private void AddAll(ContainerBlock container, Variant variant, List<PrintBlock> blocks)
    {
        foreach (var block in body.For(container, variant)) Add(block, variant, blocks);
    }

    private void Add(Block block, Variant variant, List<PrintBlock> blocks)
    {
        var line = bodyLine + block.Line;
        switch (block)
        {
            case HeadingBlock heading:
                blocks.Add(new TextBlock(Spans(heading.Inline), TextBlock.Heading(heading.Level), profile.HeadingSize(heading.Level), line, SpaceBefore: profile.Body * 0.9, SpaceAfter: profile.Body * 0.2));
                blocks.AddRange(Images(heading.Inline));
                break;
            case ParagraphBlock paragraph:
                var text = Spans(paragraph.Inline);
                if (text.Any(s => !string.IsNullOrWhiteSpace(s.Text))) blocks.Add(new TextBlock(text, StructType.P, profile.Body, line, SpaceAfter: profile.Body * 0.5));
                blocks.AddRange(Images(paragraph.Inline));
                break;
            case Markdig.Syntax.ListBlock list:
                blocks.Add(List(list, variant, line));
                break;
            case Table table:
                var rows = table.OfType<TableRow>().ToList();
                blocks.Add(new TableBlock(
                    rows.Select(row => (IReadOnlyList<Cell>)row.OfType<TableCell>().Select(CellOf).ToList()).ToList(),
                    rows.TakeWhile(r => r.IsHeader).Count(),
                    rows.Select(r => bodyLine + r.Line).ToList(),
                    line));
                break;
            case AlertBlock alert:
                // GitHub alerts ("> [!WARNING]") print as a panel titled with the kind of alert.
                var inner = new List<PrintBlock> { new TextBlock([new TextRun(alertTitle(alert.Kind.ToString().ToLowerInvariant()))], StructType.P, profile.Body, line, Bold: true, SpaceAfter: profile.Body * 0.2) };
                AddAll(alert, variant, inner);
                blocks.Add(new PanelBlock(inner, profile.Colours.CallFill, profile.Colours.CallRule, line));
                break;
            case QuoteBlock quote:
                AddAll(quote, variant, blocks);
                break;
            case ThematicBreakBlock:
                blocks.Add(new RuleBlock(line));
                break;
            case LeafBlock leaf when leaf.Lines.Count > 0:
                blocks.Add(new TextBlock([new TextRun(leaf.Lines.ToString())], StructType.P, profile.Body, line, SpaceAfter: profile.Body * 0.5));
                break;
            case ContainerBlock other:
                AddAll(other, variant, blocks);
                break;
        }
    }

    private Cell CellOf(TableCell cell)
    {
        var paragraphs = cell.OfType<ParagraphBlock>().ToList();
        return new Cell(paragraphs.SelectMany(p => Spans(p.Inline)).ToList(), paragraphs.SelectMany(p => Images(p.Inline)).ToList());
    }

    /// <summary>The images among the inlines, in order; one that cannot be printed is reported at its line and left out.</summary>
    private List<ImageBlock> Images(ContainerInline? inline)
    {
        var found = new List<ImageBlock>();
        foreach (var link in inline?.Descendants<LinkInline>().Where(l => l.IsImage) ?? [])
        {
            if (body.SiteTarget(link) is not { } target || !target.StartsWith("media/", StringComparison.Ordinal)) continue;
            var (image, error) = images.Get(target["media/".Length..]);
            if (image is null) report.AtLine(Codes.UnprintableImage, Severity.Error, bodyLine + link.Line, $"image '{target["media/".Length..]}' cannot go in the PDF: {error}");
            else found.Add(new ImageBlock(image, InlineText.Of(link), bodyLine + link.Line, string.IsNullOrWhiteSpace(link.Title) ? null : link.Title.Trim()));
        }

        return found;
    }

    private PrintList List(Markdig.Syntax.ListBlock list, Variant variant, int line)
    {
        var items = new List<ListItem>();
        var number = int.TryParse(list.OrderedStart, out var start) ? start : 1;
        foreach (var item in list.OfType<ListItemBlock>())
        {
            var content = new List<PrintBlock>();
            AddAll(item, variant, content);
            var isTask = item.FirstOrDefault() is ParagraphBlock { Inline.FirstChild: TaskList };
            var marker = isTask ? null : list.IsOrdered ? $"{number}." : "•";
            number++;
            items.Add(new ListItem(marker, content));
        }

        return new PrintList(items, line);
    }

    private List<TextRun> Spans(ContainerInline? inline)
    {
        var spans = new List<TextRun>();
        if (inline is not null) InlineText.Walk(inline, default, (piece, text, style) =>
        {
            // An image's alt text is its Figure's /Alt, read once by screen readers; as text it would print beside
            // the picture and join a heading's bookmark.
            if (style.InImage) return;
            var link = style.Link switch
            {
                LinkInline a => body.HandoutLinkOf(a) is { } handout ? baseUrl + handoutPath(handout) : a.Url,
                AutolinkInline { IsEmail: true } mail => "mailto:" + mail.Url,
                AutolinkInline auto => auto.Url,
                _ => null,
            };
            spans.Add(new TextRun(text, style.Bold, style.Italic, link));
        });

        // Drop the leading space that follows a task box.
        if (spans.Count > 0 && spans[0].Text.StartsWith(' ')) spans[0] = spans[0] with { Text = spans[0].Text.TrimStart() };
        return spans;
    }
}
