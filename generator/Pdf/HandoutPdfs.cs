using Handouts.Content;
using Handouts.Diagnostics;
using Handouts.Markdown;
using Handouts.Pdf.Images;
using Handouts.Pdf.Layout;
using Handouts.Site;

namespace Handouts.Pdf;

/// <summary>Pdf stage for one handout: a standard and a large-print PDF of each variant (on both papers when asked),
/// from the same parse the web pages used. Problems are reported at the handout's line, or at the print template.</summary>
internal sealed class HandoutPdfs(SiteConfig site, PdfRenderer renderer, PrintRequests requests, string printTemplatePath, DiagnosticBag diagnostics, bool bothPapers)
{
    public IEnumerable<SiteFile> Render(ParsedHandout parsed)
    {
        var h = parsed.Handout;
        var papers = bothPapers ? new[] { site.Paper, site.OtherPaper } : [site.Paper];
        foreach (var variant in parsed.Plan.Variants)
        {
            foreach (var (profile, paper) in papers.SelectMany(paper => new[] { PrintProfile.Standard, PrintProfile.LargePrint }.Select(profile => (profile, paper))))
            {
                if (requests.Create(parsed, variant, profile, PaperSize.Of(paper)) is not { } request) continue;
                if (Render(request, h, profile) is { } bytes)
                    yield return SiteFile.Binary(SitePaths.Pdf(h.Language, h.Slug, variant, profile == PrintProfile.LargePrint, paper == site.Paper ? null : paper), bytes);
            }
        }
    }

    private byte[]? Render(PrintRequest request, Handout h, PrintProfile profile)
    {
        var template = SourceLocation.Start(printTemplatePath);
        var problems = new PrintProblems(
            (codepoint, line) => diagnostics.Warning(
                Codes.MissingGlyph, new SourceLocation(h.Path, line > 0 ? line : h.BodyLine, 1),
                $"no configured font has the character U+{codepoint:X4} '{char.ConvertFromUtf32(codepoint)}': it would print as a blank; add a font that has it to 'fonts' in site.yml"),
            (line, message) => diagnostics.Error(Codes.UnprintableImage, new SourceLocation(h.Path, line, 1), message),
            line => diagnostics.Error(Codes.RowTooTall, new SourceLocation(h.Path, line, 1), $"a table row is taller than a {profile.Name} page of {site.Paper} and cannot be printed: split its cells into shorter rows"),
            message => diagnostics.Error(Codes.PrintTemplate, template, message),
            message => diagnostics.Error(Codes.QrTooLong, SourceLocation.Start(h.Path), message));
        try
        {
            return renderer.Render(request, problems);
        }
        catch (InvalidDataException e)
        {
            // The print template's output, not the handout, could not be laid out (see PrintTemplateReader).
            diagnostics.Error(Codes.PrintTemplate, template, e.Message);
            return null;
        }
    }
}
