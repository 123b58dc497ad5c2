using System.Text;
using Handouts.Markdown;
using Handouts.Site;
using Handouts.Tailoring;
using Handouts.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Handouts.Html;

/// <summary>A handout's <see cref="SearchEntry"/>, read from its parse while its job holds it. Only the general page
/// is searched: it holds every tailored block, and listing each version too would show one handout three times.</summary>
internal static class SearchEntries
{
    public static SearchEntry Of(ParsedHandout parsed)
    {
        var h = parsed.Handout;
        var headings = new Lines(256);
        // The body's words are fewer than its Markdown: sized once, the buffer never grows chunk by chunk.
        var body = new Lines(h.Body.Length);
        Walk(parsed.Body, parsed.Document, headings, body);
        foreach (var item in h.WhenToCall) body.Add(item);
        var keys = new Lines(256);
        keys.Add(h.MainMessage);
        foreach (var point in h.KeyPoints) keys.Add(point);
        return new SearchEntry(h.Language, h.Slug, h.Title, h.Summary, keys.ToString(), headings.ToString(), body.ToString(), SitePaths.Handout(h.Language, h.Slug, Variant.General));
    }

    private static void Walk(TailoredBody tailoring, ContainerBlock container, Lines headings, Lines body)
    {
        foreach (var block in tailoring.For(container, Variant.General))
        {
            switch (block)
            {
                case HeadingBlock { Inline: { } inline }:
                    headings.Add(inline);
                    break;
                case LeafBlock { Inline: { } inline }:
                    body.Add(inline);
                    break;
                case ContainerBlock inner:
                    Walk(tailoring, inner, headings, body);
                    break;
            }
        }
    }

    /// <summary>Text as one line per piece (a paragraph, a heading, a key point), every run of white space one space:
    /// the index is smaller, and the search script splits on spaces and line ends alike. Built in one buffer, since this
    /// runs over every body of the site.</summary>
    private sealed class Lines(int capacity)
    {
        private readonly StringBuilder sb = new(capacity);
        private bool space;

        public void Add(string text)
        {
            Start();
            Append(text);
        }

        /// <summary>The plain words of Markdown inlines, as <see cref="InlineText.Of(ContainerInline)"/> reads them.</summary>
        public void Add(ContainerInline inline)
        {
            Start();
            InlineText.Walk(inline, default, (piece, text, _) =>
            {
                if (piece == InlinePiece.Text) Append(text);
                else if (piece != InlinePiece.Html) space = true;
            });
        }

        public override string ToString() => sb.ToString().TrimEnd('\n');

        private void Start()
        {
            // A piece with no words adds no line: the newline goes in once, before the next piece.
            space = false;
            if (sb.Length > 0 && sb[^1] != '\n') sb.Append('\n');
        }

        private void Append(string text)
        {
            foreach (var c in text)
            {
                if (char.IsWhiteSpace(c))
                {
                    space = true;
                    continue;
                }

                if (space && sb.Length > 0 && sb[^1] != '\n') sb.Append(' ');
                space = false;
                sb.Append(c);
            }
        }
    }
}
