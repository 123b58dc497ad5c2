using System.Text.RegularExpressions;
using Handouts.Tests.Support;

namespace Handouts.Tests.Html;

/// <summary>The site ships the typefaces the PDFs print in: every face the stylesheet names is published, is a WOFF2
/// file, and loads without hiding text; every page preloads the one face it always uses.</summary>
public sealed partial class WebFontTests
{
    private static TestSite Built()
    {
        var site = TestSite.Create("-- content/handouts/bones.en.md --\n" + TestSite.Handout());
        site.BuildOk();
        return site;
    }

    [Fact]
    public void Every_font_the_stylesheet_names_is_published_as_woff2_with_its_licence()
    {
        using var site = Built();
        var css = site.Page("assets/site.css");
        var faces = FontFacePattern().Matches(css).Select(m => m.Value).ToList();
        Assert.Equal(16, faces.Count);
        foreach (var face in faces)
        {
            Assert.Contains("font-display: swap", face);
            Assert.Contains("unicode-range:", face);
            var file = FontUrlPattern().Match(face).Groups[1].Value;
            Assert.True(site.Exists("assets/" + file), $"{file} is named by site.css but not published");
            var bytes = File.ReadAllBytes(Path.Combine(site.Out, "assets", file));
            Assert.Equal("wOF2"u8.ToArray(), bytes[..4]);
        }

        Assert.Contains(faces, f => f.Contains("\"Atkinson Hyperlegible\"", StringComparison.Ordinal) && f.Contains("font-weight: 700", StringComparison.Ordinal) && f.Contains("font-style: italic", StringComparison.Ordinal));

        // Noto Sans is there for the letters Atkinson lacks, and only those: never for plain Latin text.
        var noto = faces.Where(f => f.Contains("\"Noto Sans\"", StringComparison.Ordinal)).ToList();
        Assert.Equal(8, noto.Count);
        Assert.All(noto, f => Assert.DoesNotContain("U+0000-00FF", f));
        Assert.Contains(noto, f => f.Contains("U+0400-045F", StringComparison.Ordinal));
        Assert.Contains(noto, f => f.Contains("U+1EA0-1EF9", StringComparison.Ordinal));
        Assert.Matches("body \\{[^}]*font-family: \"Atkinson Hyperlegible\", \"Noto Sans\",", css);

        Assert.Contains("SIL OPEN FONT LICENSE Version 1.1", site.Page("assets/fonts/AtkinsonHyperlegible-OFL.txt"));
        Assert.Contains("SIL OPEN FONT LICENSE Version 1.1", site.Page("assets/fonts/NotoSans-OFL.txt"));
    }

    [Fact]
    public void Every_page_preloads_the_regular_face_and_nothing_else()
    {
        using var site = Built();
        var css = site.Page("assets/site.css");
        // Patient pages: the staff pages (reports/, print/) are plain pages of their own.
        foreach (var page in Directory.GetFiles(site.Out, "*.html", SearchOption.AllDirectories).Where(p => !p.Contains("reports", StringComparison.Ordinal) && !Path.GetRelativePath(site.Out, p).StartsWith("print" + Path.DirectorySeparatorChar, StringComparison.Ordinal)))
        {
            var html = File.ReadAllText(page);
            var preloads = PreloadPattern().Matches(html);
            Assert.True(preloads.Count == 1, $"{Path.GetRelativePath(site.Out, page)} preloads {preloads.Count} files");
            var href = preloads[0].Groups[1].Value;
            Assert.EndsWith("assets/fonts/atkinson-hyperlegible-latin-400-normal.woff2", href);
            Assert.Contains("as=\"font\" type=\"font/woff2\" crossorigin>", preloads[0].Value);
            if (!href.StartsWith("https://", StringComparison.Ordinal))
                Assert.True(File.Exists(Path.GetFullPath(Path.Combine(Path.GetDirectoryName(page)!, href))), $"{page}: preload {href} does not resolve");
        }

        // The preloaded file is the face body text uses (regular, upright, Latin), or the browser would fetch it twice.
        Assert.Matches("font-style: normal; font-weight: 400; font-display: swap; src: url\\(\"fonts/atkinson-hyperlegible-latin-400-normal.woff2\"\\)", css);
        Assert.StartsWith("https://clinic.example.org/bones/assets/fonts/", PreloadPattern().Match(site.Page("404.html")).Groups[1].Value);
    }

    [GeneratedRegex("@font-face \\{[^}]*\\}")]
    private static partial Regex FontFacePattern();

    [GeneratedRegex("url\\(\"(fonts/[^\"]+)\"\\)")]
    private static partial Regex FontUrlPattern();

    [GeneratedRegex("<link rel=\"preload\" href=\"([^\"]+)\"[^>]*>")]
    private static partial Regex PreloadPattern();
}
