using Handouts.Content;
using Handouts.Diagnostics;
using Handouts.Markdown;
using Markdig.Extensions.Tables;
using Markdig.Extensions.TaskLists;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

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

        // The page's H1 is the title, so headings in the body start at level 2.
        var previous = 1;
        foreach (var heading in parsed.Document.Descendants<HeadingBlock>())
        {
            if (heading.Level == 1)
                diagnostics.Error(Codes.ExtraH1, At(heading), "the title is the page's only level-1 heading: start sections with '##'");
            else if (heading.Level > previous + 1)
                diagnostics.Warning(Codes.SkippedHeading, At(heading), $"heading level {heading.Level} follows level {previous}: screen-reader users navigate by level, so do not skip one");
            if (heading.Level > settings.HeadingLevelsMax)
                diagnostics.Warning(Codes.DeepHeading, At(heading), $"heading level {heading.Level} is deeper than {settings.HeadingLevelsMax} levels; simplify the outline");
            previous = heading.Level;
        }

        foreach (var link in parsed.Document.Descendants<LinkInline>())
        {
            var text = InlineText.Of(link).Trim();
            if (link.IsImage)
            {
                if (text.Length == 0)
                    diagnostics.Error(Codes.ImageWithoutAlt, At(link), "an image needs alt text that says what it shows: ![a drawing of the hip bones](...)");
                continue;
            }

            var lower = text.ToLowerInvariant().TrimEnd('.', '!', ':');
            if (VagueLinkTexts.Contains(lower) || Uri.TryCreate(text, UriKind.Absolute, out _) || text.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
                diagnostics.Warning(Codes.VagueLinkText, At(link), $"link text '{text}' does not say where it goes; name the page, e.g. [steroids and your bones](steroids.md)");
        }

        foreach (var table in parsed.Document.Descendants<Table>())
        {
            if (table.FirstOrDefault() is not TableRow { IsHeader: true } header || header.OfType<TableCell>().All(c => c.Descendants<LiteralInline>().All(l => l.Content.IsEmpty)))
                diagnostics.Warning(Codes.TableWithoutHeader, At(table), "a table needs a header row that names its columns");
        }

        if (!HasAction(parsed.Document))
            diagnostics.Warning(Codes.NoReaderAction, SourceLocation.File(h.Path) with { Line = h.BodyLine, Column = 1 }, "the handout tells the reader nothing to do: add numbered steps or a checklist ('Ask your doctor about ...')");
    }

    /// <summary>A numbered list or a checklist is a list of actions; so is a sentence that starts with a verb the
    /// reader is asked to do.</summary>
    private static bool HasAction(MarkdownDocument document) =>
        document.Descendants<ListBlock>().Any(l => l.IsOrdered) || document.Descendants<TaskList>().Any();
}
