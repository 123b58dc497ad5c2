using System.Globalization;
using System.Text;
using Handouts.Tailoring;
using Markdig;
using Markdig.Extensions.CustomContainers;
using Markdig.Extensions.TaskLists;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Handouts.Text;

namespace Handouts.Markdown;

/// <summary>Words used to label tailored blocks on the general page, in the page's language.</summary>
internal sealed record TailoringLabels(string For, string Not, string Or, Func<Condition, string> Describe);

/// <summary>Tailor stage, second half: renders one variant of a parsed handout to an HTML fragment. The tree is
/// shared and never changed here, so variants render in parallel.</summary>
internal sealed class BodyRenderer(MarkdownPipeline pipeline, bool allowRawHtml)
{
    private readonly RawHtmlSanitizer? sanitizer = allowRawHtml ? new RawHtmlSanitizer() : null;

    // A scratch buffer per thread, kept between bodies: grown chunk by chunk afresh for every body, it was a tenth of
    // what a build allocates. It holds nothing from one body to the next (cleared before each), so no state is shared.
    [ThreadStatic]
    private static StringBuilder? buffer;

    /// <param name="handoutHref">The address, relative to this page, of the page a link to another handout leads this
    /// variant's reader to.</param>
    public string Render(ParsedHandout handout, Variant variant, TailoringLabels labels, Func<HandoutLink, string> handoutHref)
    {
        buffer ??= new StringBuilder(16 * 1024);
        buffer.Clear();
        using var writer = new StringWriter(buffer, CultureInfo.InvariantCulture);
        var renderer = new HtmlRenderer(writer);
        pipeline.Setup(renderer);
        renderer.ObjectRenderers.Add(new TailoredBlockRenderer(handout.Body, variant, labels));
        renderer.ObjectRenderers.Replace<HtmlTaskListRenderer>(new TickBoxRenderer());
        renderer.ObjectRenderers.Replace<LinkInlineRenderer>(new HandoutLinkRenderer(handout.Body, handoutHref));
        if (!allowRawHtml)
        {
            renderer.ObjectRenderers.Replace<HtmlBlockRenderer>(new EscapedHtmlBlockRenderer());
            renderer.ObjectRenderers.Replace<HtmlInlineRenderer>(new EscapedHtmlInlineRenderer());
        }

        renderer.Render(handout.Document);
        writer.Flush();
        return sanitizer is null ? writer.ToString() : sanitizer.Sanitize(writer.ToString());
    }

    /// <summary>On a variant page a block appears, unwrapped, only if its condition matches; on the general page every
    /// block appears with a label saying whom it is for.</summary>
    private sealed class TailoredBlockRenderer(TailoredBody body, Variant variant, TailoringLabels labels) : HtmlObjectRenderer<CustomContainer>
    {
        protected override void Write(HtmlRenderer renderer, CustomContainer block)
        {
            // A block without a condition was reported as an error while parsing; the build stops before rendering.
            if (!body.Shows(block, variant) || body.ConditionOf(block) is not { } condition) return;
            if (!variant.IsGeneral)
            {
                renderer.WriteChildren(block);
                return;
            }

            renderer.EnsureLine();
            renderer.Write("<div class=\"tailored\">").WriteLine();
            renderer.Write("<p class=\"tailored-for\"><strong>").Write(HtmlText.Escape(labels.For)).Write(":</strong> ")
                .Write(HtmlText.Escape(labels.Describe(condition))).Write("</p>").WriteLine();
            renderer.WriteChildren(block);
            renderer.Write("</div>").WriteLine();
        }
    }

    /// <summary>A link to another handout gets this variant's address for it. The tree is shared by the renders of every
    /// variant, so the address is swapped as Markdig writes it (its one hook for that, scoped to this link's own
    /// address so an image inside the link keeps its own) rather than stored in the link.</summary>
    private sealed class HandoutLinkRenderer(TailoredBody body, Func<HandoutLink, string> handoutHref) : LinkInlineRenderer
    {
        protected override void Write(HtmlRenderer renderer, LinkInline link)
        {
            if (body.HandoutLinkOf(link) is not { } target)
            {
                base.Write(renderer, link);
                return;
            }

            var written = link.Url;
            var href = handoutHref(target);
            var outer = renderer.LinkRewriter;
            renderer.LinkRewriter = url => url == written ? href : outer is null ? url : outer(url);
            try
            {
                base.Write(renderer, link);
            }
            finally
            {
                renderer.LinkRewriter = outer;
            }
        }
    }

    /// <summary>A checklist item is a box to tick on paper. An unlabeled form control would confuse screen readers, so
    /// the box is drawn but hidden from them; the item's text is read as a normal list item.</summary>
    private sealed class TickBoxRenderer : HtmlObjectRenderer<TaskList>
    {
        protected override void Write(HtmlRenderer renderer, TaskList task) =>
            renderer.Write(task.Checked ? "<span class=\"tick-box checked\" aria-hidden=\"true\">✓</span>" : "<span class=\"tick-box\" aria-hidden=\"true\"></span>");
    }

    private sealed class EscapedHtmlBlockRenderer : HtmlObjectRenderer<HtmlBlock>
    {
        protected override void Write(HtmlRenderer renderer, HtmlBlock block)
        {
            renderer.Write("<p>");
            renderer.WriteLeafRawLines(block, true, true, true);
            renderer.Write("</p>").WriteLine();
        }
    }

    private sealed class EscapedHtmlInlineRenderer : HtmlObjectRenderer<HtmlInline>
    {
        protected override void Write(HtmlRenderer renderer, HtmlInline inline) => renderer.WriteEscape(inline.Tag);
    }
}
