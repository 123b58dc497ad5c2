using Handouts.Diagnostics;
using Handouts.Pdf.Images;
using Handouts.Pdf.Layout;
using Handouts.Pdf.Writer;

namespace Handouts.Pdf;

/// <summary>A document set in lines and panels, before pages: a handout's variant in one profile, a pack's cover.
/// What is costly (parsing, the print template, shaping, line breaking) is done; pages are cut from it on demand, as
/// the PDF it goes into numbers them (alone, or inside a pack). Once written into its own PDF it keeps what a pack
/// needs to reuse those pages (<see cref="KeepPrinted"/>) and, where no pack's page numbers could need a taller
/// footer, drops its lines, so what the packs hold on to is small. Nothing changes after that, so packs on other
/// threads can take its pages at the same time.</summary>
/// <param name="top">Where the flow starts on a page (below the running header).</param>
/// <param name="title">What a pack's contents and bookmark call it.</param>
internal sealed class TypesetDocument(IReadOnlyList<FlowItem> flow, StructNode root, PrintProfile profile, PaperSize paper, double top, RunningHeader? header, RunningFooter footer, bool[][]? qr, PdfMetadata meta, string title, PrintReport report)
{
    /// <summary>Two inches: less than this between header and footer is not a page a handout can be read on.</summary>
    public const double MinBodyHeight = 144;

    /// <summary>The page numbers a pack can print, in digits ("Page 9999 of 9999").</summary>
    private const int PackDigits = 4;

    // The lines of rows already reported too tall, so that paginating again does not report them twice.
    private readonly HashSet<int> reported = [];

    private IReadOnlyList<FlowItem>? lines = flow;

    // This document's own PDF: the footer room its pages were cut for, each page's body as written, and what of the
    // page the body does not hold (its link areas, for the annotations, and its bookmarks).
    private Printed? printed;

    private sealed record Printed(double FooterHeight, IReadOnlyList<PageContent> Bodies, IReadOnlyList<(LinkOp[] Links, Bookmark[] Bookmarks)> Pages);

    public StructNode Root => root;

    public PaperSize Paper => paper;

    public PdfMetadata Meta => meta;

    public string Title => title;

    public RunningFooter Footer => footer;

    /// <summary>The footer room to cut pages for first: that of its own PDF once written (a pack then takes the same
    /// pages), else that of a one-page document.</summary>
    public double FirstFooterHeight => printed?.FooterHeight ?? footer.Height(1, 1, 1);

    /// <summary>Cuts the flow into pages above a footer of <paramref name="footerHeight"/>, each with its running
    /// header (the footer, which carries the page number, is drawn once the numbering is known). Each call returns
    /// new pages. <paramref name="reportRows"/> once only, in the handout's own job: a table row taller than a page is
    /// an error at its line, said once.</summary>
    public List<LaidOutPage> Paginate(double footerHeight, bool reportRows)
    {
        if (lines is null)
        {
            // Only the pages of its own PDF are left, with their bodies: a pack takes them as they are.
            if (printed is not { } p || footerHeight != p.FooterHeight)
                throw new InvalidDataException($"a pack's page numbers need more than {PackDigits} digits: print fewer handouts in one pack");
            return p.Pages.Select(page =>
            {
                var skeleton = new LaidOutPage();
                skeleton.Ops.AddRange(page.Links);
                skeleton.Bookmarks.AddRange(page.Bookmarks);
                return skeleton;
            }).ToList();
        }

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
        var pages = Paginator.Paginate(lines, top, bottom, tooTall);
        if (header is not null)
        {
            foreach (var page in pages) header.Draw(page);
        }

        return pages;
    }

    /// <summary>Keeps what a pack needs of this document's own PDF, written in its handout's job (before any pack):
    /// the page bodies, sharing one set of glyphs, images and QR codes (a pack takes the whole document), and each page's links
    /// and bookmarks. If the widest page numbers a pack can print fit the footer room of these pages, every pack takes
    /// these pages, and the lines are let go.</summary>
    public void KeepPrinted(double footerHeight, IReadOnlyList<LaidOutPage> pages, IReadOnlyList<PageContent> bodies)
    {
        var glyphs = new FontEmbedder();
        var images = new List<PdfImage>();
        var qrCodes = new List<bool[][]>();
        foreach (var body in bodies)
        {
            glyphs.Add(body.Glyphs);
            images.AddRange(body.Images.Except(images));
            qrCodes.AddRange(body.QrCodes.Except(qrCodes));
        }

        printed = new Printed(
            footerHeight,
            bodies.Select(b => b with { Glyphs = glyphs, Images = images, QrCodes = qrCodes }).ToList(),
            pages.Select(p => (p.Ops.Take(p.FooterStart ?? p.Ops.Count).OfType<LinkOp>().ToArray(), p.Bookmarks.ToArray())).ToList());
        if (footer.WidestHeight(PackDigits) <= footerHeight) lines = null;
    }

    /// <summary>The page bodies written for this document's own PDF, when pages cut for <paramref name="footerHeight"/>
    /// are those pages (the same room gives the same pages); else null, and they are written again.</summary>
    public IReadOnlyList<PageContent>? BodiesFor(double footerHeight, int pageCount) =>
        printed is { } p && p.FooterHeight == footerHeight && p.Bodies.Count == pageCount ? p.Bodies : null;

    /// <summary>Draws the footer of one page, numbered within the PDF it goes into.</summary>
    public void DrawFooter(LaidOutPage page, int number, int count) => footer.Draw(page, qr, number, count);
}
