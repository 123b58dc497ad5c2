using Handouts.Diagnostics;
using Handouts.Pdf.Layout;
using Handouts.Pdf.Writer;

namespace Handouts.Pdf;

/// <summary>A document set in lines and panels, before pages: a handout's variant in one profile, a pack's cover.
/// What is costly (parsing, the print template, shaping, line breaking) is done; pages are cut from it on demand, as
/// the PDF it goes into numbers them (alone, or inside a pack), so a pack reuses its handouts' work. Written into its
/// own PDF, it keeps its page bodies as written (see <see cref="KeepBodies"/>); nothing changes after that, so packs on
/// other threads can cut pages from it and reuse its bodies at the same time.</summary>
/// <param name="top">Where the flow starts on a page (below the running header).</param>
/// <param name="title">What a pack's contents and bookmark call it.</param>
internal sealed class TypesetDocument(IReadOnlyList<FlowItem> flow, StructNode root, PrintProfile profile, PaperSize paper, double top, RunningHeader? header, RunningFooter footer, bool[][]? qr, PdfMetadata meta, string title, PrintReport report)
{
    /// <summary>Two inches: less than this between header and footer is not a page a handout can be read on.</summary>
    public const double MinBodyHeight = 144;

    // The lines of rows already reported too tall, so that paginating again does not report them twice.
    private readonly HashSet<int> reported = [];

    // The page bodies of this document's own PDF, with the footer room its pages were cut for.
    private (double FooterHeight, IReadOnlyList<PageContent> Bodies)? written;

    public StructNode Root => root;

    public PaperSize Paper => paper;

    public PdfMetadata Meta => meta;

    public string Title => title;

    public RunningFooter Footer => footer;

    /// <summary>Cuts the flow into pages above a footer of <paramref name="footerHeight"/>, each with its running
    /// header (the footer, which carries the page number, is drawn once the numbering is known). Each call returns
    /// new pages. <paramref name="reportRows"/> once only, in the handout's own job: a table row taller than a page is
    /// an error at its line, said once.</summary>
    public List<LaidOutPage> Paginate(double footerHeight, bool reportRows)
    {
        var bottom = paper.Height - profile.Margin - footerHeight;

        // A footer of many lines can leave no room at all: every line of the handout would then take a page of its own.
        if (bottom - top < MinBodyHeight)
            throw new InvalidDataException($"the print template's header and footer leave {PdfSyntax.Num(Math.Max(0, bottom - top))} points of a {paper.Name} page for the handout ({profile.Name}); at least {MinBodyHeight} are needed: use fewer footer lines or a smaller margin");
        Action<int>? tooTall = reportRows
            ? line =>
            {
                if (reported.Add(line))
                    report.AtLine(Codes.RowTooTall, Severity.Error, line, $"a table row is taller than a {profile.Name} page of {paper.Name} and cannot be printed: split its cells into shorter rows");
            }
            : null;
        var pages = Paginator.Paginate(flow, top, bottom, tooTall);
        if (header is not null)
        {
            foreach (var page in pages) header.Draw(page);
        }

        return pages;
    }

    /// <summary>Keeps the page bodies of this document's own PDF, written in its handout's job (before any pack).</summary>
    public void KeepBodies(double footerHeight, IReadOnlyList<PageContent> bodies) => written = (footerHeight, bodies);

    /// <summary>The page bodies written for this document's own PDF, when pages cut for <paramref name="footerHeight"/>
    /// are those pages (the same room gives the same pages); else null, and they are written again.</summary>
    public IReadOnlyList<PageContent>? BodiesFor(double footerHeight, int pageCount) =>
        written is { } w && w.FooterHeight == footerHeight && w.Bodies.Count == pageCount ? w.Bodies : null;

    /// <summary>Draws the footer of one page, numbered within the PDF it goes into.</summary>
    public void DrawFooter(LaidOutPage page, int number, int count) => footer.Draw(page, qr, number, count);
}
