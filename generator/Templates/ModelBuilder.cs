using Handouts.Content;
using Handouts.Markdown;
using Handouts.Tailoring;
using Scriban.Runtime;
using Handouts.Site;
using Handouts.Text;

namespace Handouts.Templates;

/// <summary>Builds the template model of each page. Text is HTML-escaped here, once, so templates cannot forget to.</summary>
internal sealed class ModelBuilder(SiteIndex index, UiStrings strings)
{
    private readonly SiteConfig site = index.Content.Site;
    private readonly Taxonomy taxonomy = index.Content.Taxonomy;
    private readonly LanguageLinks languageLinks = new(index, strings);
    private readonly ForYouLinks forYou = new(index);

    private static string E(string text) => HtmlText.Escape(text);

    /// <param name="pathIn">This page's path in each language (it need not exist in all).</param>
    /// <param name="insteadIn">Where the language switcher leads a language this page does not exist in: its home
    /// unless given.</param>
    public ScriptObject Base(string kind, string lang, string path, string title, string description, Func<string, string> pathIn, Func<string, string>? insteadIn = null, string? absoluteRoot = null, string? audience = null)
    {
        var root = absoluteRoot ?? SitePaths.RootFrom(path);
        var languages = languageLinks.For(kind, lang, root, pathIn, insteadIn ?? SitePaths.Home);
        var page = new PageModel(kind, lang, E(title), E(description), root, path, E(site.BaseUrl + path), root + SitePaths.Home(lang), root + SitePaths.Stylesheet, root + SitePaths.SearchIndex(lang), languages.Alternates, languages.DefaultLanguageUrl, languages.Switcher);
        var clinic = site.Clinic;
        var model = new ScriptObject
        {
            ["site"] = new SiteModel(
                new ClinicModel(E(clinic.Name), E(clinic.Address), E(clinic.Phone), Tel(clinic.Phone), E(clinic.AfterHoursPhone), Tel(clinic.AfterHoursPhone), clinic.Logo is null ? null : E(root + SitePaths.Media(clinic.Logo))),
                E(site.BaseUrl),
                site.DefaultLanguage,
                site.Languages),
            ["page"] = page,
            ["strings"] = audience is null ? strings.For(lang) : strings.For(lang, audience),
        };
        return model;
    }

    public ScriptObject Home(string lang, string path)
    {
        var model = Base("home", lang, path, strings.Text(lang, "home_title"), site.Clinic.Name, SitePaths.Home);
        var root = SitePaths.RootFrom(path);
        model["cancers"] = taxonomy.CancerTypes.Where(c => index.Exists(SitePaths.Cancer(lang, c.Id))).Select(c => Term(c, lang, root + SitePaths.Cancer(lang, c.Id))).ToList();
        model["treatments"] = taxonomy.Treatments.Where(t => index.Exists(SitePaths.Treatment(lang, t.Id))).Select(t => Term(t, lang, root + SitePaths.Treatment(lang, t.Id))).ToList();
        model["handouts"] = index.InLanguage(lang).Select(p => Entry(p, Variant.General, root)).ToList();
        model["other_language_handouts"] = index.InLanguage(site.DefaultLanguage)
            .Where(p => lang != site.DefaultLanguage && index.Find(p.Slug, lang) is null)
            .Select(p => Entry(p, Variant.General, root)).ToList();
        return model;
    }

    public ScriptObject CancerPage(string lang, TaxonomyTerm cancer, string path)
    {
        var model = Base("cancer", lang, path, cancer.Name(lang, site.DefaultLanguage), cancer.Description(lang, site.DefaultLanguage), l => SitePaths.Cancer(l, cancer.Id));
        var root = SitePaths.RootFrom(path);
        var groups = new List<TermGroup>();
        var forCancer = index.InLanguage(lang).Where(p => p.Variants.Any(v => v.Cancer == cancer.Id)).ToList();
        foreach (var t in taxonomy.Treatments)
        {
            var entries = forCancer.Where(p => p.Variants.Contains(new Variant(cancer.Id, t.Id))).Select(p => Entry(p, new Variant(cancer.Id, t.Id), root)).ToList();
            if (entries.Count > 0) groups.Add(new TermGroup(E(t.Name(lang, site.DefaultLanguage)), entries));
        }

        var general = forCancer.Where(p => p.Variants.Contains(new Variant(cancer.Id, null))).Select(p => Entry(p, new Variant(cancer.Id, null), root)).ToList();
        if (general.Count > 0) groups.Add(new TermGroup(strings.For(lang)["for_everyone_with"].ToString()!, general));
        model["term"] = Term(cancer, lang, root + SitePaths.Cancer(lang, cancer.Id));
        model["groups"] = groups;
        return model;
    }

    public ScriptObject TreatmentPage(string lang, TaxonomyTerm treatment, string path)
    {
        var model = Base("treatment", lang, path, treatment.Name(lang, site.DefaultLanguage), treatment.Description(lang, site.DefaultLanguage), l => SitePaths.Treatment(l, treatment.Id));
        var root = SitePaths.RootFrom(path);
        var groups = new List<TermGroup>();
        foreach (var c in taxonomy.CancerTypes)
        {
            var variant = new Variant(c.Id, treatment.Id);
            var entries = index.InLanguage(lang).Where(p => p.Variants.Contains(variant)).Select(p => Entry(p, variant, root)).ToList();
            if (entries.Count > 0) groups.Add(new TermGroup(E(c.Name(lang, site.DefaultLanguage)), entries));
        }

        model["term"] = Term(treatment, lang, root + SitePaths.Treatment(lang, treatment.Id));
        model["groups"] = groups;
        return model;
    }

    /// <param name="printed">The PDFs this handout's job rendered: the page links those of its version (on the general
    /// page, those of every version), each with its size.</param>
    public ScriptObject HandoutPage(PlannedHandout parsed, Variant variant, string path, string body, PrintedFiles printed)
    {
        var h = parsed.Handout;
        var lang = h.Language;
        var root = SitePaths.RootFrom(path);
        var label = Label(variant, lang, h.Audience);
        var title = variant.IsGeneral ? h.Title : $"{h.Title} ({label})";
        var model = Base("handout", lang, path, title, h.Summary, l => SitePaths.Handout(l, h.Slug, variant), l => languageLinks.Nearest(l, variant), audience: h.Audience);
        var variants = parsed.Variants.Select(v => new VariantLink(v.Id, E(Label(v, lang, h.Audience)), root + SitePaths.Handout(lang, h.Slug, v), v == variant, false, Pdfs(h, v, root, printed))).ToList();
        model["handout"] = new HandoutModel(
            h.Slug, E(h.Title), E(h.Summary), E(h.MainMessage), h.KeyPoints.Select(E).ToList(), h.WhenToCall.Select(E).ToList(),
            E(h.Audience), h.Reviewed.ToString("yyyy-MM-dd"), E(FormatDate(h.Reviewed, lang, h.Audience)), E(h.Reviewer), E(h.Version),
            parsed.SourcesFor(variant).Select(s => new SourceModel(E(s.Id), E(s.Title), E(s.Publisher), E(s.Url))).ToList(),
            h.CancerTypes.Select(c => TermLink(TermKind.Cancer, c.Value, lang, root)).ToList(),
            h.Treatments.Select(t => TermLink(TermKind.Treatment, t.Value, lang, root)).ToList(),
            variants, root + SitePaths.Handout(lang, h.Slug, Variant.General), Pdfs(h, variant, root, printed),
            site.Checks.NextReview(h.Reviewed).ToString("yyyy-MM-dd"), E(FormatDate(site.Checks.NextReview(h.Reviewed), lang, h.Audience)),
            h.Translator is null ? null : E(h.Translator));
        model["variant"] = new VariantModel(
            variant.Id, variant.IsGeneral, E(label),
            variant.Cancer is null ? null : TermLink(TermKind.Cancer, variant.Cancer, lang, root),
            variant.Treatment is null ? null : TermLink(TermKind.Treatment, variant.Treatment, lang, root));
        model["more_for_you"] = forYou.For(parsed, variant, root);
        model["draft"] = h.Draft;
        model["body"] = body;
        return model;
    }

    /// <summary>A version's PDFs that were rendered, standard then large print, the other paper's after (when the build
    /// made both): none for the general page, which is not printed, and none with <c>--no-pdf</c>.</summary>
    private List<PdfLink> Pdfs(Handout h, Variant variant, string root, PrintedFiles printed)
    {
        if (variant.IsGeneral) return [];
        var standard = strings.Text(h.Language, "pdf_standard", h.Audience);
        var large = strings.Text(h.Language, "pdf_large", h.Audience);
        var links = new List<PdfLink>();
        foreach (var paper in new[] { null, site.OtherPaper })
        {
            var paperName = paper is null ? "" : paper == "a4" ? " (A4)" : " (Letter)";
            foreach (var largePrint in new[] { false, true })
            {
                var path = SitePaths.Pdf(h.Language, h.Slug, variant, largePrint, paper);
                if (printed.SizeOf(path) is not { } bytes) continue;
                var size = strings.Text(h.Language, "pdf_size", h.Audience).Replace("{size}", FileSizeText.Format(bytes, strings.Text(h.Language, "decimal_mark", h.Audience)), StringComparison.Ordinal);
                links.Add(new PdfLink(E((largePrint ? large : standard) + paperName), root + path, E(size)));
            }
        }

        return links;
    }

    public ScriptObject NotFound()
    {
        // A 404 page is served at whatever address was asked for, so relative links cannot work: it links absolutely.
        var lang = site.DefaultLanguage;
        var abs = E(site.BaseUrl);
        var model = Base("404", lang, "404.html", strings.Text(lang, "not_found_title"), "", SitePaths.Home, absoluteRoot: abs);
        return model;
    }

    /// <summary>The words a general page puts above a tailored block: "For: Breast cancer · not Tamoxifen".</summary>
    public TailoringLabels Labels(string lang, string? audience = null) => new(
        strings.Text(lang, "tailored_for", audience),
        strings.Text(lang, "tailored_not", audience),
        strings.Text(lang, "or", audience),
        condition => string.Join(" · ", condition.Terms.Select(t =>
            (t.Negated ? strings.Text(lang, "tailored_not", audience) + " " : "")
            + string.Join($" {strings.Text(lang, "or", audience)} ", t.Ids.Select(id => taxonomy.Find(t.Kind, id)?.Name(lang, site.DefaultLanguage) ?? id)))));

    public string Label(Variant variant, string lang, string? audience = null) => variant.Label(taxonomy, lang, site.DefaultLanguage, strings.Text(lang, "all_versions", audience));

    private static HandoutEntry Entry(PlannedHandout p, Variant variant, string root) =>
        new(E(p.Handout.Title), E(p.Handout.Summary), root + SitePaths.Handout(p.Language, p.Slug, variant), p.Language);

    private TermModel Term(TaxonomyTerm t, string lang, string href) =>
        new(t.Id, E(t.Name(lang, site.DefaultLanguage)), E(t.Description(lang, site.DefaultLanguage)), href);

    private TermModel TermLink(TermKind kind, string id, string lang, string root)
    {
        var term = taxonomy.Find(kind, id)!;
        var path = kind == TermKind.Cancer ? SitePaths.Cancer(lang, id) : SitePaths.Treatment(lang, id);
        return Term(term, lang, index.Exists(path) ? root + path : "");
    }

    public string ReviewedDisplay(Handout h) => FormatDate(h.Reviewed, h.Language, h.Audience);

    /// <summary>A date as the language writes it ("November 5, 2026", "5 de noviembre de 2026").</summary>
    public string DateDisplay(DateOnly date, string lang) => FormatDate(date, lang, null);

    private string FormatDate(DateOnly date, string lang, string? audience) =>
        strings.Text(lang, "date_format", audience)
            .Replace("{day}", date.Day.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{month}", strings.List(lang, "months", audience)[date.Month - 1], StringComparison.Ordinal)
            .Replace("{year}", date.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);

    private static string Tel(string phone) => "tel:" + new string(phone.Where(c => char.IsDigit(c) || c == '+').ToArray());
}
