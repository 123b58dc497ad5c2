using System.Globalization;
using System.Text;
using Handouts.Content;
using Handouts.Site;
using Handouts.Templates;
using Handouts.Text;

namespace Handouts.Html;

/// <summary><c>print/index.html</c>: the staff page that lists every waiting-room pack and poster with its size and
/// pages, by language and cancer type, so staff can print a reader's handouts on demand. Like the quality report it is
/// for staff: linked from no patient page, not in the sitemap, marked noindex, and written in English with each
/// reader's words in their own language.</summary>
internal static class PrintShelfPage
{
    public static string Render(ContentSet content, IReadOnlyList<PrintPack> packs, IReadOnlyList<PrintPoster> posters, IReadOnlyDictionary<string, PrintedSize> printed, UiStrings strings)
    {
        var site = content.Site;
        static string E(string s) => HtmlText.Escape(s);
        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
          .Append("<meta name=\"robots\" content=\"noindex\">\n<title>Print packs and posters | ").Append(E(site.Clinic.Name)).Append("</title>\n")
          .Append("<style>body{font-family:system-ui,sans-serif;margin:1rem;color:#1a1a1a;line-height:1.5}table{border-collapse:collapse;margin:.5rem 0 1rem}")
          .Append("th,td{border:1px solid #767676;padding:.3rem .5rem;text-align:left;vertical-align:top}td ul{margin:0;padding-left:1.2rem}.scroll{overflow-x:auto}a{color:#0a4f8a}</style>\n</head>\n<body>\n<main>\n")
          .Append("<h1>Print packs and posters</h1>\n<p>").Append(E(site.Clinic.Name))
          .Append(". For staff; patients do not see this page. A pack is one reader's handouts in one PDF, with a cover and contents: print it for a patient on demand. A poster leads patients in the waiting room to their cancer type's page.</p>\n");
        foreach (var lang in site.Languages)
        {
            var inLanguage = packs.Where(p => p.Language == lang).ToList();
            var poster = posters.FirstOrDefault(p => p.Language == lang);
            if (inLanguage.Count == 0 && poster is null) continue;
            var langName = E(strings.Text(lang, "language_name"));
            sb.Append("<section aria-labelledby=\"lang-").Append(E(lang)).Append("\">\n<h2 id=\"lang-").Append(E(lang)).Append("\"><span lang=\"").Append(E(lang)).Append("\">").Append(langName).Append("</span></h2>\n");
            if (poster is not null && printed.TryGetValue(SitePaths.Poster(lang), out var posterPdf))
                sb.Append("<p>Waiting-room poster (large print): ").Append(Link(SitePaths.Poster(lang), posterPdf)).Append("</p>\n");
            foreach (var cancer in content.Taxonomy.CancerTypes)
            {
                var forCancer = inLanguage.Where(p => p.Reader.Cancer == cancer.Id).ToList();
                if (forCancer.Count == 0) continue;
                var cancerName = E(cancer.Name(lang, site.DefaultLanguage));
                sb.Append("<h3><span lang=\"").Append(E(lang)).Append("\">").Append(cancerName).Append("</span></h3>\n")
                  .Append("<div class=\"scroll\" role=\"region\" aria-label=\"").Append(langName).Append(": ").Append(cancerName).Append("\" tabindex=\"0\">\n<table>\n")
                  .Append("<thead><tr><th scope=\"col\">For</th><th scope=\"col\">Handouts</th><th scope=\"col\">Standard print</th><th scope=\"col\">Large print</th></tr></thead>\n<tbody>\n");
                foreach (var pack in forCancer)
                {
                    var reader = pack.Reader.Treatment is { } t
                        ? content.Taxonomy.Treatment(t)!.Name(lang, site.DefaultLanguage)
                        : strings.Text(lang, "for_everyone_with");
                    sb.Append("<tr><th scope=\"row\" lang=\"").Append(E(lang)).Append("\">").Append(E(reader)).Append("</th><td><ul lang=\"").Append(E(lang)).Append("\">");
                    foreach (var entry in pack.Entries) sb.Append("<li>").Append(E(entry.Handout.Handout.Title)).Append("</li>");
                    sb.Append("</ul></td>");
                    foreach (var large in new[] { false, true })
                    {
                        var path = SitePaths.Pack(lang, pack.Reader, large);
                        sb.Append("<td>").Append(printed.TryGetValue(path, out var pdf) ? Link(path, pdf) : "").Append("</td>");
                    }

                    sb.Append("</tr>\n");
                }

                sb.Append("</tbody>\n</table>\n</div>\n");
            }

            sb.Append("</section>\n");
        }

        return sb.Append("</main>\n</body>\n</html>\n").ToString();
    }

    private static string Link(string path, PrintedSize pdf) =>
        string.Create(CultureInfo.InvariantCulture, $"<a href=\"{HtmlText.Escape(SitePaths.Relative(SitePaths.PrintShelf, path))}\">PDF, {FileSizeText.Format(pdf.Bytes, ".")}, {pdf.Pages} {(pdf.Pages == 1 ? "page" : "pages")}</a>");
}
