using Handouts.Content;
using Handouts.Diagnostics;
using Handouts.Markdown;
using Handouts.Pdf.Layout;
using Handouts.Pdf.Packs;
using Handouts.Site;

namespace Handouts.Pdf;

/// <summary>Pdf stage for one handout: a standard and a large-print PDF of each variant (on both papers when asked),
/// from the same parse the web pages used. Problems are reported at the handout's line, or at the print template.
/// The typeset documents on the site's paper go on the <paramref name="shelf"/>, for the packs.</summary>
internal sealed class HandoutPdfs(SiteConfig site, PrintStyles styles, PdfRenderer renderer, PrintRequests requests, string printTemplatePath, DiagnosticBag diagnostics, bool bothPapers, TypesetShelf? shelf)
{
    public IEnumerable<SiteFile> Render(ParsedHandout parsed)
    {
        var h = parsed.Handout;
        var papers = bothPapers ? new[] { site.Paper, site.OtherPaper } : [site.Paper];
        foreach (var variant in parsed.Plan.Variants)
        {
            foreach (var (profile, paper) in papers.SelectMany(paper => styles.Both.Select(profile => (profile, paper))))
            {
                if (requests.Create(parsed, variant, profile, PaperSize.Of(paper)) is not { } request) continue;
                if (Render(request, h, keep: shelf is not null && paper == site.Paper) is not { } printed) continue;
                var (document, bytes) = printed;
                if (paper == site.Paper) shelf?.Keep(h.Language, h.Slug, variant, profile, document);
                yield return SiteFile.Binary(SitePaths.Pdf(h.Language, h.Slug, variant, profile.IsLargePrint, paper == site.Paper ? null : paper), bytes);
            }
        }
    }

    private (TypesetDocument Document, byte[] Bytes)? Render(PrintRequest request, Handout h, bool keep)
    {
        var report = new PrintReport(diagnostics, h.Path, h.BodyLine, printTemplatePath);
        try
        {
            var document = renderer.Typeset(request, report);
            return (document, PdfRenderer.Write(document, out _, forPacks: keep));
        }
        catch (InvalidDataException e)
        {
            // The print template's output, not the handout, could not be laid out (see PrintTemplateReader).
            report.AtTemplate(e.Message);
            return null;
        }
    }
}
