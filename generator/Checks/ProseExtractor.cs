using Handouts.Checks.Readability;
using Handouts.Markdown;
using Handouts.Tailoring;
using Markdig.Extensions.CustomContainers;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Handouts.Text;

namespace Handouts.Checks;

/// <summary>The prose a reader of one variant reads: paragraphs and sentence-like list items, inside the blocks that
/// variant shows. Headings, tables, code and short list items (lists of drug names) are not prose, and would skew
/// sentence-length formulas.</summary>
internal static class ProseExtractor
{
    /// <summary>Every prose paragraph once, with the conditions of the tailored blocks around it: a variant reads
    /// the paragraphs whose conditions all match it. Walking once and filtering per variant keeps the checks cheap.</summary>
    public static List<(Paragraph Paragraph, IReadOnlyList<Condition> Conditions)> ExtractAll(ParsedHandout parsed)
    {
        var result = new List<(Paragraph, IReadOnlyList<Condition>)>();
        WalkAll(parsed.Body, parsed.Document, parsed.Handout.BodyLine, [], result);
        return result;
    }

    private static void WalkAll(TailoredBody body, ContainerBlock container, int bodyLine, IReadOnlyList<Condition> conditions, List<(Paragraph, IReadOnlyList<Condition>)> result)
    {
        foreach (var block in container)
        {
            switch (block)
            {
                case CustomContainer tailored:
                    if (body.ConditionOf(tailored) is { } c) WalkAll(body, tailored, bodyLine, [.. conditions, c], result);
                    break;
                case Table:
                    break;
                case ParagraphBlock paragraph:
                    var text = InlineText.Of(paragraph).Trim();
                    if (text.Length > 0 && (paragraph.Parent is not ListItemBlock || EndsLikeSentence(text)))
                        result.Add((new Paragraph(text, bodyLine + paragraph.Line), conditions));
                    break;
                case ContainerBlock inner:
                    WalkAll(body, inner, bodyLine, conditions, result);
                    break;
            }
        }
    }

    private static bool EndsLikeSentence(string text) => text[^1] is '.' or '!' or '?' or '…';
}
