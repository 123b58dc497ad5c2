using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Handouts.Text;

/// <summary>What a piece of inline content is, as <see cref="InlineText.Walk"/> reports it.</summary>
internal enum InlinePiece
{
    Text,
    SoftBreak,
    HardBreak,
    Html,
}

/// <summary>The style a piece is in: bold, italic, inside a link (a <see cref="LinkInline"/> or an
/// <see cref="AutolinkInline"/>), inside an image's alt text.</summary>
internal readonly record struct InlineStyle(bool Bold, bool Italic, Inline? Link, bool InImage);

/// <summary>The words of Markdown inlines, without Markdown: the one flattener that both the plain text of the checks
/// (readability, link text) and the styled runs of the PDFs read.</summary>
internal static class InlineText
{
    public static string Of(LeafBlock block) => block.Inline is null ? "" : Of(block.Inline);

    /// <summary>The plain text: alt text included, line breaks as newlines, raw HTML left out.</summary>
    public static string Of(ContainerInline container)
    {
        var sb = new StringBuilder();
        Walk(container, default, (piece, text, _) =>
        {
            if (piece == InlinePiece.Text) sb.Append(text);
            else if (piece != InlinePiece.Html) sb.Append('\n');
        });
        return sb.ToString();
    }

    /// <summary>Every piece in reading order with the style it is in.</summary>
    public static void Walk(Inline inline, InlineStyle style, Action<InlinePiece, string, InlineStyle> piece)
    {
        switch (inline)
        {
            case LiteralInline literal:
                piece(InlinePiece.Text, literal.Content.ToString(), style);
                break;
            case CodeInline code:
                piece(InlinePiece.Text, code.Content, style);
                break;
            case LineBreakInline br:
                piece(br.IsHard ? InlinePiece.HardBreak : InlinePiece.SoftBreak, br.IsHard ? "\n" : " ", style);
                break;
            case HtmlEntityInline entity:
                piece(InlinePiece.Text, entity.Transcoded.ToString(), style);
                break;
            case AutolinkInline autolink:
                // <https://...> and <name@example.org> show their address as their text.
                piece(InlinePiece.Text, autolink.Url, style with { Link = autolink });
                break;
            case HtmlInline html:
                piece(InlinePiece.Html, html.Tag, style);
                break;
            case EmphasisInline emphasis:
                var emphasized = style with { Bold = style.Bold || emphasis.DelimiterCount >= 2, Italic = style.Italic || emphasis.DelimiterCount == 1 };
                for (var child = emphasis.FirstChild; child is not null; child = child.NextSibling) Walk(child, emphasized, piece);
                break;
            case LinkInline link:
                var inside = link.IsImage ? style with { InImage = true } : style with { Link = link };
                for (var child = link.FirstChild; child is not null; child = child.NextSibling) Walk(child, inside, piece);
                break;
            case ContainerInline container:
                for (var child = container.FirstChild; child is not null; child = child.NextSibling) Walk(child, style, piece);
                break;
        }
    }
}
