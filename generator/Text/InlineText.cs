using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Handouts.Text;

/// <summary>The words a reader sees in a block, without Markdown: what readability and link-text checks read.</summary>
internal static class InlineText
{
    public static string Of(LeafBlock block) => block.Inline is null ? "" : Of(block.Inline);

    public static string Of(ContainerInline container)
    {
        var sb = new StringBuilder();
        Append(container, sb);
        return sb.ToString();
    }

    private static void Append(Inline inline, StringBuilder sb)
    {
        switch (inline)
        {
            case LiteralInline literal:
                sb.Append(literal.Content.AsSpan());
                break;
            case CodeInline code:
                sb.Append(code.Content);
                break;
            case LineBreakInline:
                sb.Append('\n');
                break;
            case HtmlEntityInline entity:
                sb.Append(entity.Transcoded.AsSpan());
                break;
            case ContainerInline container:
                for (var child = container.FirstChild; child is not null; child = child.NextSibling) Append(child, sb);
                break;
        }
    }
}
