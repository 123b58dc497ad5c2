namespace Handouts.Pdf.Layout;

/// <summary>An RGB colour, components 0–1.</summary>
internal readonly record struct Rgb(double R, double G, double B)
{
    public static readonly Rgb White = new(1, 1, 1);
}

/// <summary>The colours of the print layout, from the theme's <c>print.yml</c> (<see cref="PrintStyles"/>).</summary>
internal sealed record PrintColours(Rgb Text, Rgb Link, Rgb Muted, Rgb MessageFill, Rgb MessageRule, Rgb CallFill, Rgb CallRule);

/// <summary>One profile of the print layout, from the theme's <c>print.yml</c> (<see cref="PrintStyles"/>). Sizes in
/// points. The built-in theme's standard profile sets the body at 13 pt, line height 1.45; its large print at 18 pt,
/// larger headings and no italics (harder to read at low vision), which at its margins keeps lines under about 60
/// characters. Text is always left-aligned, never justified: even word spacing is easier for weak readers.
/// <see cref="Small"/> is the least any text is set in (running header and footer; sources and captions are a point
/// larger): in large print 16 pt or more, checked when the styles load, because APH's guidance puts nothing a reader
/// must read under 16 pt.</summary>
internal sealed record PrintProfile(
    string Name,
    double Body,
    double LineHeight,
    double H2,
    double H3,
    double H4,
    double Title,
    double Small,
    double Margin,
    bool AllowItalic,
    PrintColours Colours)
{
    public const string StandardName = "standard";

    public const string LargePrintName = "large-print";

    public bool IsLargePrint => Name == LargePrintName;

    /// <summary>Sources and captions: a point above the running header and footer.</summary>
    public double Note => Small + 1;

    public double HeadingSize(int level) => level switch
    {
        <= 1 => Title,
        2 => H2,
        3 => H3,
        _ => H4,
    };
}

/// <summary>Paper sizes in points.</summary>
internal sealed record PaperSize(string Name, double Width, double Height)
{
    public static readonly PaperSize Letter = new("letter", 612, 792);
    public static readonly PaperSize A4 = new("a4", 595.28, 841.89);

    public static PaperSize Of(string name) => name == "a4" ? A4 : Letter;
}
