using Handouts.Content;
using Handouts.Diagnostics;
using Handouts.Markdown;
using Markdig.Extensions.Tables;
using Markdig.Extensions.TaskLists;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Handouts.Text;

namespace Handouts.Checks;

/// <summary>Checks of a handout's shape and accessibility that hold for every variant: headings, images, link text,
/// tables, and whether the reader is told what to do.</summary>
internal static class StructureChecks
{
    private static readonly string[] VagueLinkTexts = ["click here", "here", "this link", "link", "more", "read more", "this", "aquí", "haga clic aquí", "este enlace", "más"];

    public static void Run(ParsedHandout parsed, CheckSettings settings, DiagnosticBag diagnostics)
    {
        var h = parsed.Handout;
        SourceLocation At(MarkdownObject o) => new(h.Path, h.BodyLine + o.Line, o.Column + 1);

        // One walk over the tree (blocks and inlines): several typed walks were most of the checks' cost.
        var previous = 1;
        var hasAction = false;
        foreach (var node in parsed.Document.Descendants())
        {
            switch (node)
            {
                case HeadingBlock heading:
                    // The page's H1 is the title, so headings in the body start at level 2.
                    if (heading.Level == 1)
                        diagnostics.Error(Codes.ExtraH1, At(heading), "the title is the page's only level-1 heading: start sections with '##'");
                    else if (heading.Level > previous + 1)
                        diagnostics.Warning(Codes.SkippedHeading, At(heading), $"heading level {heading.Level} follows level {previous}: screen-reader users navigate by level, so do not skip one");
                    if (heading.Level > settings.HeadingLevelsMax)
                        diagnostics.Warning(Codes.DeepHeading, At(heading), $"heading level {heading.Level} is deeper than {settings.HeadingLevelsMax} levels; simplify the outline");
                    previous = heading.Level;
                    break;
                case LinkInline link:
                    CheckLink(link, At(link), diagnostics);
                    break;
                case Table table:
                    if (table.FirstOrDefault() is not TableRow { IsHeader: true } header || header.OfType<TableCell>().All(c => c.Descendants<LiteralInline>().All(l => l.Content.IsEmpty)))
                        diagnostics.Warning(Codes.TableWithoutHeader, At(table), "a table needs a header row that names its columns");
                    break;
                case ListBlock { IsOrdered: true }:
                case TaskList:
                    // A numbered list or a checklist is a list of things for the reader to do.
                    hasAction = true;
                    break;
            }
        }

        if (!hasAction)
            diagnostics.Warning(Codes.NoReaderAction, SourceLocation.File(h.Path) with { Line = h.BodyLine, Column = 1 }, "the handout tells the reader nothing to do: add numbered steps or a checklist ('Ask your doctor about ...')");
    }

    private static void CheckLink(LinkInline link, SourceLocation at, DiagnosticBag diagnostics)
    {
        var text = InlineText.Of(link).Trim();
        if (link.IsImage)
        {
            if (text.Length == 0)
                diagnostics.Error(Codes.ImageWithoutAlt, at, "an image needs alt text that says what it shows: ![a drawing of the hip bones](...)");
            return;
        }

        var lower = text.ToLowerInvariant().TrimEnd('.', '!', ':');
        if (VagueLinkTexts.Contains(lower) || Uri.TryCreate(text, UriKind.Absolute, out _) || text.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
            diagnostics.Warning(Codes.VagueLinkText, at, $"link text '{text}' does not say where it goes; name the page, e.g. [steroids and your bones](steroids.md)");
    }
}
