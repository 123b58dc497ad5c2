using System.Text;
using Handouts.Markdown;
using Handouts.Site;
using Handouts.Tailoring;
using Handouts.Text;
using Markdig.Syntax;

namespace Handouts.Html;

/// <summary>A handout's <see cref="SearchEntry"/>, read from its parse while its job holds it. Only the general page
/// is searched: it holds every tailored block, and listing each version too would show one handout three times.</summary>
internal static class SearchEntries
{
    public static SearchEntry Of(ParsedHandout parsed)
    {
        var h = parsed.Handout;
        var headings = new List<string>();
        var body = new List<string>();
        Walk(parsed.Body, parsed.Document, headings, body);
        body.AddRange(h.WhenToCall);
        return new SearchEntry(
            h.Language, h.Slug, h.Title, h.Summary,
            Lines([h.MainMessage, .. h.KeyPoints]), Lines(headings), Lines(body),
            SitePaths.Handout(h.Language, h.Slug, Variant.General));
    }

    private static void Walk(TailoredBody tailoring, ContainerBlock container, List<string> headings, List<string> body)
    {
        foreach (var block in tailoring.For(container, Variant.General))
        {
            switch (block)
            {
                case HeadingBlock heading:
                    headings.Add(InlineText.Of(heading));
                    break;
                case LeafBlock leaf when leaf.Inline is not null:
                    body.Add(InlineText.Of(leaf));
                    break;
                case ContainerBlock inner:
                    Walk(tailoring, inner, headings, body);
                    break;
            }
        }
    }

    /// <summary>One line per piece, each with its runs of white space made one space: the index is smaller, and the
    /// search script splits on spaces and line ends alike.</summary>
    private static string Lines(IEnumerable<string> pieces)
    {
        var sb = new StringBuilder();
        foreach (var piece in pieces)
        {
            var words = piece.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 0) continue;
            if (sb.Length > 0) sb.Append('\n');
            sb.AppendJoin(' ', words);
        }

        return sb.ToString();
    }
}
