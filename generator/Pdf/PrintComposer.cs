using Handouts.Content;
using Handouts.Html;
using Handouts.Pdf.Images;
using Handouts.Pdf.Layout;

namespace Handouts.Pdf;

/// <summary>The default print layout of a handout: title, whom this version is for, the main-message panel, key
/// points, the tailored body, the "When to call us" panel with the clinic's numbers, and the review details and
/// sources. The same parts, in the same order, as the web page.</summary>
internal sealed class PrintComposer(SiteConfig site, UiStrings strings, string contentRoot, ImageCache images)
{
    public List<Block> Compose(PrintRequest request, PrintProblems problems)
    {
        var h = request.Handout.Handout;
        var p = request.Profile;
        var lang = h.Language;
        string S(string key) => strings.Text(lang, key);
        var blocks = new List<Block>
        {
            new TextBlock([new Span(h.Title)], "H1", p.Title, 1, SpaceAfter: p.Body * 0.3),
            new TextBlock([new Span(S("this_version_for") + " "), new Span(request.VariantLabel, Bold: true), new Span(".")], "P", p.Body, 1, Color: Rgb.Muted, SpaceAfter: p.Body * 0.6),
            new PanelBlock(
                [
                    new TextBlock([new Span(S("main_message"))], "H2", p.H2, 1, SpaceAfter: p.Body * 0.2),
                    new TextBlock([new Span(h.MainMessage)], "P", p.Body * 1.1, 1),
                ],
                Rgb.MessageFill,
                Rgb.MessageRule,
                1),
            new TextBlock([new Span(S("key_points"))], "H2", p.H2, 1, SpaceBefore: p.Body * 0.6, SpaceAfter: p.Body * 0.2),
            Bullets(h.KeyPoints, p),
        };
        blocks.AddRange(new MarkdownToBlocks(p, site.BaseUrl, h.BodyLine, contentRoot, images, problems, kind => strings.TextOrNull(lang, "alert_" + kind) ?? kind.ToUpperInvariant()).Convert(request.Handout.Document, request.Variant));

        var call = new List<Block>
        {
            new TextBlock([new Span(S("when_to_call"))], "H2", p.H2, 1, SpaceAfter: p.Body * 0.2),
            new TextBlock([new Span(S("call_if"))], "P", p.Body, 1, SpaceAfter: p.Body * 0.2),
            Bullets(h.WhenToCall, p),
            new TextBlock([new Span(S("call_us") + ": "), new Span(site.Clinic.Phone, Bold: true)], "P", p.Body * 1.1, 1),
            new TextBlock([new Span(S("after_hours") + ": "), new Span(site.Clinic.AfterHoursPhone, Bold: true)], "P", p.Body * 1.1, 1, SpaceAfter: p.Body * 0.3),
            new TextBlock([new Span(S("emergency"))], "P", p.Body, 1),
        };
        blocks.Add(new PanelBlock(call, Rgb.CallFill, Rgb.CallRule, 1));

        blocks.Add(new TextBlock([new Span(S("about_handout"))], "H2", p.H2, 1, SpaceBefore: p.Body * 0.6, SpaceAfter: p.Body * 0.2));
        blocks.Add(new TextBlock([new Span($"{S("reviewed")}: {request.ReviewedDisplay}. {S("reviewer")}: {h.Reviewer}. {S("version")} {h.Version}.")], "P", p.Body, 1, SpaceAfter: p.Body * 0.4));
        blocks.Add(new TextBlock([new Span(S("sources"))], "H3", p.H3, 1, SpaceAfter: p.Body * 0.2));
        blocks.Add(new Layout.ListBlock(
            h.Sources.Select((s, i) => new ListItem($"{i + 1}.", [new TextBlock([new Span(s.Publisher + ". "), new Span(s.Title, Link: s.Url), new Span(". " + s.Url)], "P", p.Small + 1, 1)])).ToList(),
            1));
        return blocks;
    }

    private static Layout.ListBlock Bullets(IEnumerable<string> items, PrintProfile p) =>
        new(items.Select(text => new ListItem("•", [new TextBlock([new Span(text)], "P", p.Body, 1)])).ToList(), 1);
}
