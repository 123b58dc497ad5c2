namespace Handouts.Pdf.Layout;

/// <summary>An RGB colour, components 0–1.</summary>
internal readonly record struct Rgb(double R, double G, double B)
{
    public static readonly Rgb Black = new(0.1, 0.1, 0.1);
    public static readonly Rgb Link = new(0.04, 0.31, 0.54);
    public static readonly Rgb Muted = new(0.24, 0.24, 0.24);
    public static readonly Rgb MessageFill = new(0.93, 0.96, 0.98);
    public static readonly Rgb MessageRule = new(0.04, 0.31, 0.54);
    public static readonly Rgb CallFill = new(1.0, 0.96, 0.9);
    public static readonly Rgb CallRule = new(0.54, 0.29, 0.0);
}

/// <summary>The one theme of the print layout, in its two profiles. Sizes in points. Standard: body 13 pt, line
/// height 1.45. Large print: body 18 pt, larger headings, no italics (harder to read at low vision), which at these
/// margins keeps lines under about 60 characters. Text is always left-aligned, never justified: even word spacing
/// is easier for weak readers. <see cref="Small"/> is the least any text is set in (running header and footer;
/// sources and captions are a point larger): in large print 16 pt, because APH's guidance puts nothing a reader
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
    bool AllowItalic)
{
    public static readonly PrintProfile Standard = new("standard", 13, 1.45, 17, 15, 13.5, 24, 10, 54, true);

    public static readonly PrintProfile LargePrint = new("large-print", 18, 1.45, 23, 20.5, 18.5, 30, 16, 50, false);

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
