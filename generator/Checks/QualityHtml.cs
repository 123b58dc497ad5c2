using System.Globalization;
using System.Text;
using Handouts.Checks.Readability;
using Handouts.Text;

namespace Handouts.Checks;

/// <summary><c>reports/quality.html</c>: the staff page. Not linked from patient pages and not in the sitemap.
/// Status is written as a word as well as shown in colour, and the hardest sentences come first.</summary>
internal static class QualityHtml
{
    public static string Render(QualityReport report, string clinicName)
    {
        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
          .Append("<meta name=\"robots\" content=\"noindex\">\n<title>Handout quality report | ").Append(HtmlText.Escape(clinicName)).Append("</title>\n")
          .Append("<style>body{font-family:system-ui,sans-serif;margin:1rem;color:#1a1a1a;line-height:1.5}table{border-collapse:collapse;margin:1rem 0}")
          .Append("th,td{border:1px solid #767676;padding:.3rem .5rem;text-align:left;vertical-align:top}.num{text-align:right}")
          .Append(".ok{background:#e6f4ea}.warning{background:#fff4e5}.error{background:#fde7e9}caption{text-align:left;font-weight:700}.scroll{overflow-x:auto}q{overflow-wrap:anywhere}</style>\n</head>\n<body>\n<main>\n")
          .Append("<h1>Handout quality report</h1>\n<p>").Append(HtmlText.Escape(clinicName)).Append(". Checked on <time>")
          .Append(report.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append("</time>. For staff; patients do not see this page.</p>\n");

        var spanish = report.HasSpanish;
        // A wide data table scrolls inside its own focusable region, so the page itself still reflows at 320 px.
        sb.Append("<div class=\"scroll\" role=\"region\" aria-label=\"Every handout and variant\" tabindex=\"0\">\n<table>\n<caption>Every handout and variant</caption>\n<thead><tr><th scope=\"col\">Handout</th><th scope=\"col\">Language</th><th scope=\"col\">Version</th>")
          .Append("<th scope=\"col\">Grade level</th><th scope=\"col\">Reading ease</th>")
          .Append(spanish ? "<th scope=\"col\">INFLESZ (Szigriszt-Pazos)</th><th scope=\"col\">Fernández-Huerta</th>" : "")
          .Append("<th scope=\"col\">Longest sentence (words)</th><th scope=\"col\">Review age (days)</th><th scope=\"col\">Status</th></tr></thead>\n<tbody>\n");
        foreach (var (h, diagnostics) in report.Handouts)
        {
            foreach (var v in h.Variants)
            {
                var status = v.Id == "general" ? QualityReport.StatusOf(diagnostics) : v.Status;
                var name = QualityJson.Name(status);
                sb.Append("<tr><td>").Append(HtmlText.Escape(h.Title)).Append("<br><small>").Append(HtmlText.Escape(h.Path)).Append("</small></td><td>").Append(h.Language)
                  .Append("</td><td>").Append(HtmlText.Escape(v.Label)).Append("</td><td class=\"num\">").Append(Number(v.Grade))
                  .Append("</td><td class=\"num\">").Append(Number(v.ReadingEase));
                if (spanish) AppendSpanish(sb, v.Spanish);
                sb.Append("</td><td class=\"num\">").Append(v.LongestSentenceWords)
                  .Append("</td><td class=\"num\">").Append(h.ReviewAgeDays).Append("</td><td class=\"").Append(name).Append("\">").Append(name).Append("</td></tr>\n");
            }
        }

        sb.Append("</tbody>\n</table>\n</div>\n<h2>Sentences to rewrite first</h2>\n");
        var all = report.Handouts.SelectMany(x => x.Handout.HardestSentences.Select(s => (x.Handout, Sentence: s))).ToList();
        var byGrade = all.Where(x => x.Sentence.Perspicuity is null)
            .OrderByDescending(x => x.Sentence.Grade).ThenBy(x => x.Handout.Path, StringComparer.Ordinal).ThenBy(x => x.Sentence.Line);
        var byPerspicuity = all.Where(x => x.Sentence.Perspicuity is not null)
            .OrderBy(x => x.Sentence.Perspicuity).ThenBy(x => x.Handout.Path, StringComparer.Ordinal).ThenBy(x => x.Sentence.Line);
        // A grade and a perspicuity are different scales: ranked in one list, either language would bury the other.
        if (!byPerspicuity.Any())
        {
            AppendHardest(sb, byGrade);
        }
        else
        {
            sb.Append("<h3>By Flesch-Kincaid grade, highest first</h3>\n");
            AppendHardest(sb, byGrade);
            sb.Append("<h3>Spanish, by INFLESZ, lowest first</h3>\n");
            AppendHardest(sb, byPerspicuity);
        }

        sb.Append("<h2>Problems</h2>\n<ul>\n");
        foreach (var d in report.Handouts.SelectMany(x => x.Diagnostics))
            sb.Append("<li>").Append(HtmlText.Escape(d.ToString())).Append("</li>\n");
        return sb.Append("</ul>\n</main>\n</body>\n</html>\n").ToString();
    }

    private static void AppendHardest(StringBuilder sb, IEnumerable<(HandoutQuality Handout, HardSentence Sentence)> hardest)
    {
        sb.Append("<ol>\n");
        foreach (var (h, s) in hardest.Take(30))
        {
            // The quote is in the handout's language, which screen readers need to say it right on this English page.
            sb.Append("<li><q lang=\"").Append(HtmlText.Escape(h.Language)).Append("\">").Append(HtmlText.Escape(s.Text)).Append("</q><br><small>").Append(HtmlText.Escape(h.Path)).Append(", line ").Append(s.Line)
              .Append(s.Perspicuity is { } p ? ": INFLESZ " + p.ToString("0.0", CultureInfo.InvariantCulture) : ": grade " + s.Grade.ToString("0.0", CultureInfo.InvariantCulture))
              .Append(", ").Append(s.Words).Append(" words</small></li>\n");
        }

        sb.Append("</ol>\n");
    }

    /// <summary>The INFLESZ and Fernández-Huerta cells; the band is a Spanish name, marked so.</summary>
    private static void AppendSpanish(StringBuilder sb, SpanishScores? scores)
    {
        sb.Append("</td><td class=\"num\">");
        if (scores is null) sb.Append("n/a");
        else sb.Append(Number(scores.SzigrisztPazos)).Append(" <span lang=\"es\">").Append(Inflesz.Name(scores.Band)).Append("</span>");
        sb.Append("</td><td class=\"num\">").Append(Number(scores?.FernandezHuerta));
    }

    private static string Number(double? value) => value is { } v ? v.ToString("0.0", CultureInfo.InvariantCulture) : "n/a";
}
