using Handouts.Markdown;
using Handouts.Site;
using Handouts.Tailoring;
using Handouts.Templates;

namespace Handouts.Html;

/// <summary>Html stage for one handout: its general page and a page per variant, from one parse, linking the PDFs
/// its job has already rendered. Links to other handouts lead each page's reader to the version that fits them.</summary>
internal sealed class HandoutPages(SiteIndex index, ModelBuilder models, PageRenderer pages, BodyRenderer body)
{
    public IEnumerable<SiteFile> Render(ParsedHandout parsed, PrintedFiles printed)
    {
        var plan = parsed.Plan;
        var labels = models.Labels(plan.Language, plan.Handout.Audience);
        foreach (var variant in plan.Variants.Prepend(Variant.General))
        {
            var path = SitePaths.Handout(plan.Language, plan.Slug, variant);
            if (pages.Render("pages/handout.html", models.HandoutPage(plan, variant, path, body.Render(parsed, variant, labels, link => SitePaths.Relative(path, index.PathOf(link, variant))), printed)) is { } html)
                yield return SiteFile.Page(path, html);
        }
    }
}
