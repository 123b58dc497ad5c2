using Handouts.Content;
using Handouts.Diagnostics;
using Handouts.Tailoring;
using Markdig;
using Markdig.Extensions.CustomContainers;
using Markdig.Syntax;
using Markdig.Renderers.Html;
using Markdig.Syntax.Inlines;

namespace Handouts.Markdown;

/// <summary>Tailor stage, first half: parse a handout body once, attach each <c>::: for</c> block's condition to it,
/// and check conditions, links, images and raw HTML, reporting each at its line.</summary>
internal sealed class HandoutParser(ContentSet content, MarkdownPipeline pipeline, DiagnosticBag diagnostics)
{
    public ParsedHandout Parse(PlannedHandout plan)
    {
        var handout = plan.Handout;
        MarkdownDocument document;
        try
        {
            document = Markdig.Markdown.Parse(handout.Body, pipeline);
        }
        catch (ArgumentException e) when (e.Message.Contains("too deeply nested", StringComparison.Ordinal))
        {
            // Markdig's own guard (128 levels) against a stack overflow, which .NET could not catch.
            diagnostics.Error(Codes.LimitExceeded, At(handout, 0, 0), "quotes, lists or emphasis are nested too deeply (more than 128 levels) to be a handout");
            return new ParsedHandout(plan, new MarkdownDocument(), new TailoredBody(), []);
        }

        var lines = handout.Body.Split('\n');
        var body = new TailoredBody();
        var links = new LinkResolver(content, handout, body, diagnostics);
        var headingIds = document.Descendants<HeadingBlock>().Select(h => h.GetAttributes().Id).OfType<string>().ToHashSet(StringComparer.Ordinal);

        foreach (var node in document.Descendants())
        {
            switch (node)
            {
                case CustomContainer container:
                    CheckContainer(plan, container, lines, body);
                    break;
                case ParagraphBlock { Inline.FirstChild: LiteralInline literal } paragraph when literal.Content.ToString().StartsWith(":::", StringComparison.Ordinal):
                    diagnostics.Error(Codes.ConditionSyntax, At(handout, paragraph.Line, paragraph.Column), "':::' closes a block that was never opened with '::: for ...'");
                    break;
                case LinkInline link:
                    links.Resolve(link, At(handout, link.Line, link.Column), headingIds);
                    break;
                case AutolinkInline autolink:
                    links.Check(autolink, At(handout, autolink.Line, autolink.Column));
                    break;
                case HtmlBlock html when !content.Site.AllowRawHtml:
                    diagnostics.Warning(Codes.RawHtml, At(handout, html.Line, html.Column), "raw HTML is shown as text; write Markdown instead, or set 'allow_raw_html: true' in site.yml");
                    break;
                case HtmlInline html when !content.Site.AllowRawHtml:
                    diagnostics.Warning(Codes.RawHtml, At(handout, html.Line, html.Column), $"raw HTML '{html.Tag}' is shown as text; write Markdown instead, or set 'allow_raw_html: true' in site.yml");
                    break;
            }
        }

        return new ParsedHandout(plan, document, body, links.Media);
    }

    private void CheckContainer(PlannedHandout plan, CustomContainer container, string[] lines, TailoredBody body)
    {
        var handout = plan.Handout;
        var span = At(handout, container.Line, container.Column);
        var line = container.Line < lines.Length ? lines[container.Line] : "";
        if (container.Info != "for")
        {
            diagnostics.Error(Codes.ConditionSyntax, span, $"unknown block ':::{(container.Info is null ? "" : " " + container.Info)}': tailored blocks start with '::: for' and a condition");
            return;
        }

        if (container.ClosingFencedCharCount == 0)
            diagnostics.Error(Codes.ConditionSyntax, span, "this '::: for' block is never closed: end it with a line ':::'");

        var condition = ConditionParser.Parse(line, span, diagnostics);
        if (condition is null) return;
        ConditionChecker.Check(condition, handout, content.Taxonomy, "block", diagnostics);

        // A variant shows a block only inside every block around it (parents were checked first: the walk is in
        // document order), so a block whose conditions contradict its parents' is shown to no variant either.
        var around = new List<Condition> { condition };
        for (var parent = container.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is CustomContainer outer && body.ConditionOf(outer) is { } c) around.Add(c);
        }

        if (!plan.Variants.Any(v => around.All(c => c.Matches(v))))
            diagnostics.Warning(Codes.DeadBlock, span, $"no variant of this handout matches this block{(around.Count > 1 ? " together with the blocks around it" : "")} (variants: {string.Join(", ", plan.Variants.Select(v => v.Id))}), so only the general page shows it");
        body.SetCondition(container, condition);
    }

    /// <summary>Markdig counts lines and columns from 0 within the body; reports count from 1 within the file.</summary>
    private static SourceLocation At(Handout handout, int line, int column) => new(handout.Path, handout.BodyLine + line, column + 1);
}
