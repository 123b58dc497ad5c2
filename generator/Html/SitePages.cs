using Handouts.Site;
using Handouts.Templates;

namespace Handouts.Html;

/// <summary>Html stage for the pages that list handouts: the home pages, a page per cancer type and treatment, the
/// 404 page and the sitemap. They depend on the list of handouts (<see cref="SiteIndex"/>), never on a body, so they
/// render apart from the handouts, each on its own.</summary>
internal sealed class SitePages(SiteIndex index, ModelBuilder models, PageRenderer pages)
{
    /// <summary>One job per page, so the recipe can spread them over the cores.</summary>
    public IReadOnlyList<Func<SiteFile?>> Jobs()
    {
        var content = index.Content;
        var jobs = new List<Func<SiteFile?>>();
        foreach (var lang in content.Site.Languages)
        {
            jobs.Add(() => Page(SitePaths.Home(lang), "pages/home.html", () => models.Home(lang, SitePaths.Home(lang))));
            foreach (var c in content.Taxonomy.CancerTypes.Where(c => index.Exists(SitePaths.Cancer(lang, c.Id))))
                jobs.Add(() => Page(SitePaths.Cancer(lang, c.Id), "pages/term.html", () => models.CancerPage(lang, c, SitePaths.Cancer(lang, c.Id))));
            foreach (var t in content.Taxonomy.Treatments.Where(t => index.Exists(SitePaths.Treatment(lang, t.Id))))
                jobs.Add(() => Page(SitePaths.Treatment(lang, t.Id), "pages/term.html", () => models.TreatmentPage(lang, t, SitePaths.Treatment(lang, t.Id))));
        }

        jobs.Add(() => Page(SitePaths.Root, "pages/home.html", () => models.Home(content.Site.DefaultLanguage, SitePaths.Root)));
        jobs.Add(() => Page("404.html", "pages/404.html", models.NotFound));
        return jobs;
    }

    public SiteFile Sitemap() => SiteFile.Page("sitemap.xml", Html.Sitemap.Render(index.Content.Site.BaseUrl, index.PublicPages()));

    private SiteFile? Page(string path, string template, Func<Scriban.Runtime.ScriptObject> model) =>
        pages.Render(template, model()) is { } html ? SiteFile.Page(path, html) : null;
}
