using Handouts.Content;
using Handouts.Pdf.Images;
using Handouts.Pdf.Layout;

namespace Handouts.Pdf.Packs;

/// <summary>The top of a pack's cover and of a poster: the clinic's logo and name, large. The logo is decorative (the
/// name beside it says the same); one the PDF cannot print is left out here, since every handout's PDF reports it.</summary>
internal static class Masthead
{
    public static PrintBlock Of(Clinic clinic, ImageCache images, PrintProfile profile)
    {
        var name = new TextBlock([new TextRun(clinic.Name)], StructType.P, profile.H2, 0, Bold: true);
        if (clinic.Logo is null || images.Get(clinic.Logo).Image is not { } logo) return name;
        var size = profile.Body * 4;
        return new RowBlock(
            [
                (size.ToString(System.Globalization.CultureInfo.InvariantCulture), [new ImageBlock(logo, clinic.Name, 0, Decorative: true)]),
                ("*", [name]),
            ],
            0);
    }
}
