using System.Text;
using Handouts.Tests.Support;

namespace Handouts.Tests.Pdf;

/// <summary>Alt text is for screen readers (the Figure's /Alt), never printed; a caption prints under its picture
/// only when the Markdown gives the image a title: <c>![alt](img.png "Caption")</c>.</summary>
public sealed class PdfImageCaptionTests
{
    private static TestSite Site()
    {
        var site = TestSite.Create("-- content/handouts/bones.en.md --\n" + TestSite.Handout(body: """
            ## Look

            The hip bones are here.

            ![A drawing of the hip bones](../images/hip.png)

            The spine is here.

            ![A drawing of the spine](../images/spine.png "Your spine from the side")

            | Food | Picture |
            |---|---|
            | Yogurt | ![A cup of yogurt](../images/cup.png "One cup of yogurt") |
            | Milk | ![A glass of milk](../images/glass.png) |
            """));
        Directory.CreateDirectory(Path.Combine(site.Content, "images"));
        foreach (var name in new[] { "hip.png", "spine.png", "cup.png", "glass.png" })
            File.Copy(Path.Combine(TestSite.RepoRoot, "content", "images", "logo.png"), Path.Combine(site.Content, "images", name));
        site.BuildOk();
        return site;
    }

    [Theory]
    [InlineData("")]
    [InlineData(".large-print")]
    public void Alt_text_goes_into_the_structure_and_is_never_printed(string profile)
    {
        using var site = Site();
        var file = $"en/bones/prostate--adt{profile}.pdf";
        var words = site.PdfWords(file);
        Assert.Contains("The spine is here.", words);
        foreach (var alt in new[] { "drawing", "A cup of yogurt", "glass of milk" }) Assert.DoesNotContain(alt, words);

        var raw = Encoding.Latin1.GetString(File.ReadAllBytes(Path.Combine(site.Out, file)));
        foreach (var alt in new[] { "A drawing of the hip bones", "A drawing of the spine", "A cup of yogurt", "A glass of milk" })
            Assert.Contains($"/Alt ({alt})", raw);
    }

    [Theory]
    [InlineData("")]
    [InlineData(".large-print")]
    public void A_title_prints_as_a_caption_under_its_picture(string profile)
    {
        using var site = Site();
        var file = $"en/bones/prostate--adt{profile}.pdf";
        var words = site.PdfWords(file);
        Assert.Contains("Your spine from the side", words);
        Assert.Contains("Yogurt One cup of yogurt", words);

        // Each caption sits just below its own picture.
        using var pdf = site.OpenPdf(file);
        foreach (var (first, last) in new[] { ("Your", "side"), ("One", "yogurt") })
        {
            var page = pdf.GetPages().First(p => p.GetWords().Any(w => w.Text == first));
            var caption = page.GetWords().SkipWhile(w => w.Text != first).TakeWhile(w => w.Text != last).ToList();
            var top = caption.Max(w => w.BoundingBox.Top);
            var size = caption[0].Letters[0].PointSize;
            Assert.Contains(page.GetImages(), i => i.BoundingBox.Bottom >= top && i.BoundingBox.Bottom - top < size * 1.5
                && i.BoundingBox.Left <= caption[0].BoundingBox.Left + 0.5);
        }
    }
}
