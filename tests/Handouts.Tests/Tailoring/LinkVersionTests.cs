using Handouts.Tailoring;

namespace Handouts.Tests.Tailoring;

/// <summary>Which version of a linked handout a reader lands on: the rule alone, before any site is built.</summary>
public sealed class LinkVersionTests
{
    private static PlannedHandout Target(params Variant[] variants) => new(null!, variants, []);

    private static readonly Variant ProstateAdt = new("prostate", "adt");

    [Fact]
    public void Link_leads_to_the_version_for_the_same_cancer_and_treatment() =>
        Assert.Equal(ProstateAdt, Target(new("breast", "aromatase-inhibitor"), new("prostate", null), ProstateAdt).VersionFor(ProstateAdt));

    [Fact]
    public void Link_falls_back_to_the_version_for_everyone_with_the_cancer() =>
        Assert.Equal(new Variant("prostate", null), Target(new("breast", null), new("prostate", null)).VersionFor(ProstateAdt));

    [Fact]
    public void Link_never_leads_to_a_version_for_another_treatment_of_the_same_cancer() =>
        Assert.Equal(Variant.General, Target(new Variant("prostate", "steroids")).VersionFor(ProstateAdt));

    [Fact]
    public void Link_falls_back_to_the_general_page_when_no_version_has_the_cancer() =>
        Assert.Equal(Variant.General, Target(new Variant("lymphoma", "steroids")).VersionFor(ProstateAdt));

    [Fact]
    public void Link_from_a_cancer_only_version_leads_to_the_targets_cancer_only_version_or_the_general_page()
    {
        var prostate = new Variant("prostate", null);
        Assert.Equal(prostate, Target(ProstateAdt, prostate).VersionFor(prostate));
        Assert.Equal(Variant.General, Target(ProstateAdt).VersionFor(prostate));
    }

    [Fact]
    public void Link_from_the_general_page_leads_to_the_general_page() =>
        Assert.Equal(Variant.General, Target(ProstateAdt, new("prostate", null)).VersionFor(Variant.General));
}
