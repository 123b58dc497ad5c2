using Handouts.Checks.Readability;
using Handouts.Markdown;
using Handouts.Tailoring;
using Markdig.Extensions.CustomContainers;
using Markdig.Extensions.Tables;
using Markdig.Syntax;

namespace Handouts.Checks;

/// <summary>The prose a reader of one variant reads: paragraphs and sentence-like list items, inside the blocks that
/// variant shows. Headings, tables, code and short list items (lists of drug names) are not prose, and would skew
/// sentence-length formulas.</summary>
internal static class ProseExtractor
{
    public static List<Paragraph> Extract(ParsedHandout parsed, Variant variant)
    {
        var result = new List<Paragraph>();
        Walk(parsed.Document, parsed.Handout.BodyLine, variant, result);
        return result;
    }

    private static void Walk(ContainerBlock container, int bodyLine, Variant variant, List<Paragraph> result)
    {
        foreach (var block in container)
        {
            switch (block)
            {
                case CustomContainer tailored:
                    if (variant.IsGeneral || (tailored.GetData(typeof(Condition)) is Condition c && c.Matches(variant)))
                        Walk(tailored, bodyLine, variant, result);
                    break;
                case Table:
                    break;
                case ParagraphBlock paragraph:
                    var text = InlineText.Of(paragraph).Trim();
                    if (text.Length > 0 && (paragraph.Parent is not ListItemBlock || EndsLikeSentence(text)))
                        result.Add(new Paragraph(text, bodyLine + paragraph.Line));
                    break;
                case ContainerBlock inner:
                    Walk(inner, bodyLine, variant, result);
                    break;
            }
        }
    }

    private static bool EndsLikeSentence(string text) => text[^1] is '.' or '!' or '?' or '…';
}
