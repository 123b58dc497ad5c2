using Handouts.Pdf.Fonts;
using Handouts.Pdf.Layout;
using Handouts.Pdf.Shaping;

namespace Handouts.Tests.Pdf;

/// <summary>The layout engine on its own: line breaking, keep-with-next, widows and orphans, font fallback.</summary>
public sealed class LayoutTests : IDisposable
{
    private readonly FontLibrary fonts = FontLibrary.Load(new Handouts.Files.ThemeRoot(null, Handouts.Files.EmbeddedFiles.Theme), FontLibrary.DefaultFiles);
    private readonly List<(int Codepoint, int Line)> missing = [];

    private LineBreaker Breaker() => new(fonts, new Shaper(), (c, l) => missing.Add((c, l)));

    public void Dispose() => fonts.Dispose();

    [Fact]
    public void Lines_break_at_spaces_and_after_hyphens_and_never_overflow()
    {
        var lines = Breaker().Break([new TextRun("Walking is weight-bearing exercise that keeps bones strong.")], 13, 120, false, true, 1);
        Assert.True(lines.Count > 1);
        Assert.All(lines, l => Assert.True(l.Width <= 120.001, $"line of {l.Width} pt"));
        var words = lines.SelectMany(l => l.Words.Select(w => w.Word.Text)).ToList();
        Assert.Contains("weight-", words);
        Assert.Equal("Walking is weight-bearing exercise that keeps bones strong.", string.Join(" ", lines.Select(l => string.Join(" ", l.Words.Select(w => w.Word.Text)))).Replace("- ", "-", StringComparison.Ordinal));
    }

    [Fact]
    public void A_word_longer_than_the_line_is_cut_not_overflowing()
    {
        var lines = Breaker().Break([new TextRun("Supercalifragilisticexpialidociousness")], 18, 60, false, true, 1);
        Assert.True(lines.Count >= 3);
        Assert.All(lines, l => Assert.True(l.Width <= 60.001));
        Assert.Equal("Supercalifragilisticexpialidociousness", string.Concat(lines.SelectMany(l => l.Words).Select(w => w.Word.Text)));
    }

    [Fact]
    public void Words_fall_back_to_a_font_that_has_their_letters_and_missing_characters_are_reported()
    {
        var breaker = Breaker();
        var lines = breaker.Break([new TextRun("Bones xương кости")], 13, 400, false, true, 7);
        var faces = lines.SelectMany(l => l.Words).ToDictionary(w => w.Word.Text, w => w.Word.Font.PostScriptName);
        Assert.StartsWith("AtkinsonHyperlegible", faces["Bones"]);
        Assert.StartsWith("NotoSans", faces["xương"]);
        Assert.StartsWith("NotoSans", faces["кости"]);
        Assert.Empty(missing);

        breaker.Break([new TextRun("Smile 😀")], 13, 400, false, true, 9);
        Assert.Contains((0x1F600, 9), missing);
    }

    [Fact]
    public void A_heading_is_never_left_at_the_bottom_of_a_page()
    {
        var items = new List<FlowItem>();
        for (var i = 0; i < 9; i++) items.Add(new FlowItem(20, 0));
        var heading = new FlowItem(24, 10) { KeepWithNext = true };
        heading.Ops.Add(new RectOp(0, 0, 1, 1, null, null, 0));
        items.Add(heading);
        items.Add(new FlowItem(0, 4));
        items.Add(new FlowItem(20, 0));
        var pages = Paginator.Paginate(items, 0, 220);
        Assert.Equal(2, pages.Count);
        Assert.Empty(pages[0].Ops.OfType<RectOp>());
        Assert.Single(pages[1].Ops.OfType<RectOp>());
    }

    [Fact]
    public void No_single_line_of_a_paragraph_is_left_alone_at_a_page_top_or_bottom()
    {
        // Nine lines fill most of a page; then a four-line paragraph whose first two and last two lines are tied.
        var items = new List<FlowItem>();
        for (var i = 0; i < 9; i++) items.Add(new FlowItem(20, 0));
        var paragraph = Enumerable.Range(0, 4).Select(_ => new FlowItem(20, 0)).ToList();
        paragraph[0].KeepWithNext = true;
        paragraph[2].KeepWithNext = true;
        foreach (var (line, n) in paragraph.Select((l, n) => (l, n))) line.Ops.Add(new RectOp(0, 0, n + 1, 1, null, null, 0));
        items.AddRange(paragraph);

        // Room for one more line on page 1 (9 × 20 = 180 of 200): the first line moves down with the second.
        var pages = Paginator.Paginate(items, 0, 200);
        Assert.Empty(pages[0].Ops.OfType<RectOp>());
        Assert.Equal(4, pages[1].Ops.OfType<RectOp>().Count());

        // Room for three more lines: the last line does not go alone to page 2; the last two go together.
        var pages2 = Paginator.Paginate(items.Skip(2).ToList(), 0, 200);
        Assert.Equal(2, pages2[0].Ops.OfType<RectOp>().Count());
        Assert.Equal(2, pages2[1].Ops.OfType<RectOp>().Count());
    }
}
