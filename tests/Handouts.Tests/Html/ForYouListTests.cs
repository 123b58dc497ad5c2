using System.Text.RegularExpressions;
using Handouts.Tests.Support;

namespace Handouts.Tests.Html;

/// <summary>"More handouts for you" on a version's page lists the other handouts for the same reader, each linked to
/// its version for that reader; the general page has no such list.</summary>
public sealed partial class ForYouListTests
{
    [Fact]
    public void A_version_page_lists_the_other_handouts_for_its_reader_each_at_their_version_for_that_reader()
    {
        using var site = TestSite.Create(
            "-- content/handouts/bones.en.md --\n" + TestSite.Handout(title: "Bones and you")
            + "\n-- content/handouts/food.en.md --\n" + TestSite.Handout(title: "Food for bones")
            + "\n-- content/handouts/adt.en.md --\n" + TestSite.Handout(title: "Hormone therapy", cancers: "[prostate]", treatments: "[adt]")
            + "\n-- content/handouts/spread.en.md --\n" + TestSite.Handout(title: "Cancer in the bone", cancers: "[prostate]", treatments: "[]"));
        site.BuildOk();

        Assert.Equal(
            [("Food for bones", "../../en/food/breast--aromatase-inhibitor.html")],
            ForYou(site.Page("en/bones/breast--aromatase-inhibitor.html")));
        Assert.Equal(
            [("Cancer in the bone", "../../en/spread/prostate.html"), ("Food for bones", "../../en/food/prostate--adt.html"), ("Hormone therapy", "../../en/adt/prostate--adt.html")],
            ForYou(site.Page("en/bones/prostate--adt.html")));
        Assert.Empty(ForYou(site.Page("en/bones/index.html")));
        Assert.DoesNotContain("more-for-you", site.Page("en/bones/index.html"), StringComparison.Ordinal);
        foreach (var (_, href) in ForYou(site.Page("en/bones/prostate--adt.html")))
            Assert.True(site.Exists(Path.Combine("en/bones", href)), href);
    }

    private static List<(string Title, string Href)> ForYou(string page)
    {
        var section = Regex.Match(page, "<section class=\"more-for-you\".*?</section>", RegexOptions.Singleline);
        return section.Success ? [.. LinkPattern().Matches(section.Value).Select(m => (m.Groups[2].Value, m.Groups[1].Value)).Where(l => !l.Item2.Contains("/cancer/", StringComparison.Ordinal))] : [];
    }

    [GeneratedRegex("<li><a href=\"([^\"]+)\">([^<]+)</a></li>")]
    private static partial Regex LinkPattern();
}
