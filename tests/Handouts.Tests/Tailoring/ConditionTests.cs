using Handouts.Diagnostics;
using Handouts.Tailoring;

namespace Handouts.Tests.Tailoring;

public sealed class ConditionTests
{
    private static Condition Parse(string line)
    {
        var bag = new DiagnosticBag();
        var condition = ConditionParser.Parse(line, new SourceLocation("x.md", 1, 1), bag);
        Assert.Empty(bag.Sorted());
        return condition!;
    }

    [Theory]
    [InlineData("::: for cancer=breast", "breast", null, true)]
    [InlineData("::: for cancer=breast", "prostate", null, false)]
    [InlineData("::: for cancer=breast,prostate", "prostate", "adt", true)]
    [InlineData("::: for cancer=prostate treatment=adt", "prostate", "adt", true)]
    [InlineData("::: for cancer=prostate treatment=adt", "prostate", "steroids", false)]
    [InlineData("::: for cancer=prostate treatment=adt", "prostate", null, false)]
    [InlineData("::: for treatment!=steroids", "lymphoma", "steroids", false)]
    [InlineData("::: for treatment!=steroids", "lymphoma", null, true)]
    [InlineData("::: for treatment!=steroids,adt", "prostate", "adt", false)]
    [InlineData("::: for cancer!=breast treatment=steroids", "lymphoma", "steroids", true)]
    [InlineData("::: for cancer!=breast treatment=steroids", "breast", "steroids", false)]
    public void Any_of_within_a_term_all_terms_together(string line, string cancer, string? treatment, bool expected) =>
        Assert.Equal(expected, Parse(line).Matches(new Variant(cancer, treatment)));

    [Theory]
    [InlineData("::: for", 1)]
    [InlineData("::: for stage=2", 9)]
    [InlineData("::: for cancer=breast,,prostate", 9)]
    [InlineData("::: for cancer=breast treatmnt=adt", 23)]
    public void Bad_conditions_are_reported_at_their_column(string line, int column)
    {
        var bag = new DiagnosticBag();
        Assert.Null(ConditionParser.Parse(line, new SourceLocation("x.md", 7, 1), bag));
        var d = Assert.Single(bag.Sorted());
        Assert.Equal("HND015", d.Code);
        Assert.Equal((7, column), (d.Span.Line, d.Span.Column));
    }

    [Fact]
    public void Variant_ids_are_stable_url_segments()
    {
        Assert.Equal("prostate--adt", new Variant("prostate", "adt").Id);
        Assert.Equal("multiple-myeloma", new Variant("multiple-myeloma", null).Id);
        Assert.Equal("index", Variant.General.PageName);
    }
}
