using Handouts.Pdf.Fonts;
using Handouts.Pdf.Layout;
using Handouts.Pdf.Shaping;

namespace Handouts.Tests.Pdf;

public sealed class HardBreakTests : IDisposable
{
    private readonly FontLibrary fonts = FontLibrary.Load(new Handouts.Files.ThemeRoot(null, Handouts.Files.EmbeddedFiles.Theme), FontLibrary.DefaultFiles);

    public void Dispose() => fonts.Dispose();

    [Fact]
    public void A_hard_break_starts_a_new_line_even_when_the_line_has_room()
    {
        var lines = new LineBreaker(fonts, new Shaper(), (_, _) => { }).Break([new TextRun("Riverside Clinic"), new TextRun("\n"), new TextRun("100 Example Street")], 13, 500, false, true, 1);
        Assert.Equal(["Riverside Clinic", "100 Example Street"], lines.Select(l => string.Join(" ", l.Words.Select(w => w.Word.Text))));
    }
}
