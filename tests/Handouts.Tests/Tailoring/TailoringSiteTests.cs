using Handouts.Build;
using Handouts.Tests.Support;

namespace Handouts.Tests.Tailoring;

/// <summary>Variants hold the unconditional blocks and exactly the blocks whose conditions match; the general page
/// holds every block, each labelled with whom it is for.</summary>
public sealed class TailoringSiteTests
{
    private const string Body = """
        ## For everyone

        Alpha one.

        ::: for cancer=breast

        Bravo two.

        :::

        ::: for treatment=adt

        Charlie three.

        :::

        ::: for cancer=prostate treatment!=adt

        Delta four.

        :::

        ::: for cancer=breast,lymphoma treatment=steroids,aromatase-inhibitor

        Echo five.

        :::
        """;

    private static readonly string[] Markers = ["Alpha one.", "Bravo two.", "Charlie three.", "Delta four.", "Echo five."];

    private static TestSite Site(string extra = "") =>
        TestSite.Create("-- content/handouts/bones.en.md --\n" + TestSite.Handout(extra, Body, "[breast, prostate, lymphoma]", "[aromatase-inhibitor, adt, steroids]"));

    private static string[] MarkersIn(string html) => Markers.Where(html.Contains).ToArray();

    [Fact]
    public void Each_variant_holds_exactly_its_blocks()
    {
        using var site = Site();
        var result = site.Build(strict: true);
        Assert.True(result.Outcome == BuildOutcome.Succeeded, string.Join("\n", result.Diagnostics));

        // Pairs the handout declares and the taxonomy allows: breast×AI, prostate×ADT, prostate×steroids, lymphoma×steroids.
        Assert.Equal(["Alpha one.", "Bravo two.", "Echo five."], MarkersIn(site.Page("en/bones/breast--aromatase-inhibitor.html")));
        Assert.Equal(["Alpha one.", "Charlie three."], MarkersIn(site.Page("en/bones/prostate--adt.html")));
        Assert.Equal(["Alpha one.", "Delta four."], MarkersIn(site.Page("en/bones/prostate--steroids.html")));
        Assert.Equal(["Alpha one.", "Echo five."], MarkersIn(site.Page("en/bones/lymphoma--steroids.html")));
        Assert.False(site.Exists("en/bones/breast--adt.html"), "ADT does not apply to breast cancer in the taxonomy");
        Assert.False(site.Exists("en/bones/breast.html"), "breast has a treatment pair, so no cancer-only variant");
    }

    [Fact]
    public void General_page_shows_every_block_labelled_and_links_every_variant()
    {
        using var site = Site();
        site.Build(strict: true);
        var general = site.Page("en/bones/index.html");
        Assert.Equal(Markers, MarkersIn(general));
        Assert.Contains("<strong>For:</strong> Breast cancer</p>", general);
        Assert.Contains("<strong>For:</strong> Hormone therapy (ADT)</p>", general);
        Assert.Contains("<strong>For:</strong> Prostate cancer · not Hormone therapy (ADT)</p>", general);
        Assert.Contains("<strong>For:</strong> Breast cancer or Lymphoma · Steroids or Aromatase inhibitor</p>", general);
        foreach (var v in new[] { "breast--aromatase-inhibitor", "prostate--adt", "prostate--steroids", "lymphoma--steroids" })
            Assert.Contains($"href=\"../../en/bones/{v}.html\"", general);
    }

    [Fact]
    public void Front_matter_can_list_the_variants()
    {
        using var site = Site("variants:\n  - cancer: prostate\n  - cancer: prostate\n    treatment: adt");
        var result = site.Build();
        Assert.True(result.Outcome == BuildOutcome.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal(["Alpha one.", "Delta four."], MarkersIn(site.Page("en/bones/prostate.html")));
        Assert.Equal(["Alpha one.", "Charlie three."], MarkersIn(site.Page("en/bones/prostate--adt.html")));
        Assert.False(site.Exists("en/bones/breast--aromatase-inhibitor.html"));
        Assert.Equal(2, result.Variants);
    }

    [Fact]
    public void A_cancer_with_no_applicable_treatment_gets_one_variant()
    {
        using var site = TestSite.Create("-- content/handouts/bones.en.md --\n" + TestSite.Handout(cancers: "[lymphoma]", treatments: "[]"));
        var result = site.Build(strict: true);
        Assert.True(result.Outcome == BuildOutcome.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.True(site.Exists("en/bones/lymphoma.html"));
        Assert.Equal(1, result.Variants);
    }
}
