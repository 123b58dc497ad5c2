using Handouts.Content;
using Handouts.Site;
using Handouts.Tailoring;
using Handouts.Text;

namespace Handouts.Templates;

/// <summary>How a page reaches its other languages. The <c>hreflang</c> alternates name only real translations of the
/// page, by absolute address (search engines ignore relative ones), with the default language's page as
/// <c>x-default</c>. The language switcher offers every site language on every page: where this page is not
/// translated, a reader who asks for the language still gets somewhere in it, told so in the words of that language.</summary>
internal sealed class LanguageLinks(SiteIndex index, UiStrings strings)
{
    private readonly SiteConfig site = index.Content.Site;

    /// <param name="pathIn">This page's path in a language (it may not exist there).</param>
    /// <param name="insteadIn">Where a reader of a language goes when this page does not exist in it.</param>
    public PageLanguages For(string kind, string lang, string root, Func<string, string> pathIn, Func<string, string> insteadIn)
    {
        var alternates = site.Languages
            .Where(l => index.Exists(pathIn(l)))
            .Select(l => Link(l, pathIn(l), root, l == lang, ""))
            .ToList();
        var switcher = site.Languages
            .Select(l => index.Exists(pathIn(l))
                ? Link(l, pathIn(l), root, l == lang, "")
                : Link(l, insteadIn(l), root, false, strings.For(l)[kind == "handout" ? "untranslated_handout" : "untranslated_page"].ToString()!))
            .ToList();
        var xDefault = index.Exists(pathIn(site.DefaultLanguage)) ? HtmlText.Escape(site.BaseUrl + pathIn(site.DefaultLanguage)) : null;
        return new PageLanguages(alternates, xDefault, switcher);
    }

    /// <summary>For a handout not translated into <paramref name="lang"/>: the page in that language nearest the reader,
    /// their cancer type's page, else their treatment's, else the language's home.</summary>
    public string Nearest(string lang, Variant variant) =>
        new[] { variant.Cancer is { } c ? SitePaths.Cancer(lang, c) : null, variant.Treatment is { } t ? SitePaths.Treatment(lang, t) : null }
            .OfType<string>()
            .FirstOrDefault(index.Exists) ?? SitePaths.Home(lang);

    private LanguageLink Link(string lang, string path, string root, bool isCurrent, string note) =>
        new(lang, strings.For(lang)["language_name"].ToString()!, root + path, HtmlText.Escape(site.BaseUrl + path), isCurrent, note);
}
