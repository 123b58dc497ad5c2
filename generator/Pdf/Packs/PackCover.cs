using System.Globalization;
using Handouts.Content;
using Handouts.Pdf.Layout;
using Handouts.Pdf.Template;
using Handouts.Pdf.Writer;
using Handouts.Site;
using Handouts.Templates;

namespace Handouts.Pdf.Packs;

/// <summary>A pack's cover: the clinic, whom the pack is for ("For: Breast cancer · Aromatase inhibitor"), its date,
/// the contents with the page each handout starts on, and the clinic's numbers; numbered like every page of the pack.
/// The page numbers take a column of fixed width, so the cover takes the same pages whatever they are: it can be set
/// before they are known, and again once they are.</summary>
internal sealed class PackCover(SiteConfig site, PdfRenderer renderer, ModelBuilder models, UiStrings strings, PrintReport report)
{
    /// <param name="starts">The page index each handout starts on; null to set the cover before they are known.</param>
    public TypesetDocument Typeset(PrintPack pack, IReadOnlyList<TypesetDocument> handouts, PrintProfile profile, PaperSize paper, StructNode root, PdfMetadata meta, IReadOnlyList<int>? starts)
    {
        var lang = pack.Language;
        string T(string key) => strings.Text(lang, key);
        var clinic = site.Clinic;
        var blocks = new List<PrintBlock>
        {
            Masthead.Of(clinic, renderer.Images, profile),
            new TextBlock([new TextRun(T("pack_title"))], StructType.H1, profile.Title, 0, SpaceBefore: profile.Body * 1.5, SpaceAfter: profile.Body * 0.3),
            new TextBlock([new TextRun(T("tailored_for") + ": "), new TextRun(models.Label(pack.Reader, lang), Bold: true)], StructType.P, profile.Body * 1.1, 0, SpaceAfter: profile.Body * 0.3),
            new TextBlock([new TextRun(T("pack_updated").Replace("{date}", models.DateDisplay(pack.Date, lang), StringComparison.Ordinal))], StructType.P, profile.Body, 0, Color: profile.Colours.Muted, SpaceAfter: profile.Body * 0.6),
            new TextBlock([new TextRun(T("pack_contents"))], StructType.H2, profile.H2, 0, SpaceBefore: profile.Body * 0.6, SpaceAfter: profile.Body * 0.2),
            new ContentsBlock(handouts.Select((h, i) => new ContentsEntry(h.Title, starts is null ? "0" : (starts[i] + 1).ToString(CultureInfo.InvariantCulture), starts?[i] ?? 0)).ToList(), 0),
            new PanelBlock(
                [
                    new TextBlock([new TextRun(T("call_us") + ": "), new TextRun(clinic.Phone, Bold: true)], StructType.P, profile.Body * 1.1, 0, SpaceAfter: profile.Body * 0.2),
                    new TextBlock([new TextRun(T("after_hours") + ": "), new TextRun(clinic.AfterHoursPhone, Bold: true)], StructType.P, profile.Body * 1.1, 0),
                ],
                profile.Colours.CallFill,
                profile.Colours.CallRule,
                0),
        };
        var width = paper.Width - 2 * profile.Margin;
        var breaker = renderer.Breaker(report);
        var flow = new FlowBuilder(breaker, profile).Build(blocks, profile.Margin, width, root);
        var footer = new RunningFooter([new RunningItem(RunningKind.Text, T("page_of"), AlignRight: true, profile.Small)], profile, paper, width, breaker);
        return new TypesetDocument(flow, root, profile, paper, profile.Margin, null, footer, null, meta, T("pack_contents"), report);
    }
}
