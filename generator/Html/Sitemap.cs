using System.Text;
using Handouts.Text;

namespace Handouts.Html;

/// <summary><c>sitemap.xml</c>: every public page with its absolute address, sorted so the file is reproducible.</summary>
internal static class Sitemap
{
    public static string Render(string baseUrl, IEnumerable<(string Path, DateOnly? LastModified)> pages)
    {
        var sb = new StringBuilder();
        sb.Append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        sb.Append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        foreach (var (path, modified) in pages.OrderBy(p => p.Path, StringComparer.Ordinal))
        {
            sb.Append("  <url><loc>").Append(HtmlText.Escape(baseUrl + path)).Append("</loc>");
            if (modified is { } m) sb.Append("<lastmod>").Append(m.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)).Append("</lastmod>");
            sb.Append("</url>\n");
        }

        sb.Append("</urlset>\n");
        return sb.ToString();
    }
}
