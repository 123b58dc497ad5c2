using Handouts.Content;
using Handouts.Diagnostics;
using Handouts.Markdown;
using Handouts.Pdf.Layout;
using Handouts.Tailoring;
using Handouts.Site;
using Handouts.Templates;
using Handouts.Text;

namespace Handouts.Pdf;

/// <summary>Makes the request for one PDF: the page model with the print settings, run through the print template.
/// Null when the template failed (the error is reported).</summary>
internal sealed class PrintRequests(ContentSet content, ModelBuilder models, TemplateSet templates, DiagnosticBag diagnostics)
{
    public PrintRequest? Create(ParsedHandout parsed, Variant variant, PrintProfile profile, PaperSize paper)
    {
        var h = parsed.Handout;
        var pagePath = SitePaths.Handout(h.Language, h.Slug, variant);
        var model = models.HandoutPage(parsed.Plan, variant, pagePath, "", PrintedFiles.None);
        model["print"] = new PrintModel(profile.Name, paper.Name, content.Site.Clinic.Logo is { } logo ? HtmlText.Escape(logo) : null);
        var xml = templates.Render(TemplateSet.Print, model, diagnostics);
        if (xml is null) return null;
        var keywords = string.Join(", ", new[] { variant.Cancer, variant.Treatment }.OfType<string>()
            .Select(id => (content.Taxonomy.Cancer(id) ?? content.Taxonomy.Treatment(id))!.Name(h.Language, content.Site.DefaultLanguage)));
        return new PrintRequest(parsed, variant, models.Label(variant, h.Language, h.Audience), profile, paper, keywords, xml);
    }
}
