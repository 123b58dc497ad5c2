using System.Globalization;
using Handouts.Content;
using Handouts.Diagnostics;
using Handouts.Files;
using Handouts.Pdf.Layout;

namespace Handouts.Pdf;

/// <summary>The print layout's two profiles, read from the theme's <c>print.yml</c>: what a clinic restyles in print
/// (type sizes, line height, margins, italics, colours) without code. Checked as it loads, each problem at its line:
/// sizes in sensible ranges, large print at 16 pt or more for every text (APH), and text colours at WCAG AA contrast
/// (4.5:1) against the paper and the panels they print on.</summary>
internal sealed record PrintStyles(PrintProfile Standard, PrintProfile LargePrint)
{
    public const string File = "print.yml";
    private const double LargePrintLeast = 16;
    private const double LeastContrast = 4.5;

    private static readonly string[] ProfileKeys = ["body", "line_height", "title", "h2", "h3", "h4", "small", "margin", "italics"];
    private static readonly string[] ColourKeys = ["text", "link", "muted", "message_fill", "message_rule", "call_fill", "call_rule"];

    public IEnumerable<PrintProfile> Both => [Standard, LargePrint];

    public static PrintStyles? Load(ThemeRoot theme, DiagnosticBag diagnostics)
    {
        var display = theme.Display(File);
        if (theme.ReadText(File, SourceLocation.Start(display), diagnostics, File) is not { } text) return null;
        var source = new YamlSource(display, 0, diagnostics);
        if (source.ParseMapping(text) is not { } root) return null;
        var f = new YamlFields(root, source, File, [PrintProfile.StandardName, PrintProfile.LargePrintName, "colours"]);
        var errors = diagnostics.ErrorCount;
        var colours = Colours(f.Map("colours", true, "colours", ColourKeys));
        var standard = Profile(f.Map(PrintProfile.StandardName, true, "a print profile", ProfileKeys), PrintProfile.StandardName, colours);
        var large = Profile(f.Map(PrintProfile.LargePrintName, true, "a print profile", ProfileKeys), PrintProfile.LargePrintName, colours);
        return diagnostics.ErrorCount == errors && standard is not null && large is not null ? new PrintStyles(standard, large) : null;
    }

    private static PrintProfile? Profile(YamlFields? f, string name, PrintColours? colours)
    {
        if (f is null || colours is null) return null;
        var large = name == PrintProfile.LargePrintName;
        double Size(string key, double min, double max)
        {
            var value = Number(f, key, min, max);
            if (large && key is not ("line_height" or "margin") && value < LargePrintLeast)
                f.Source.Diagnostics.Error(Codes.BadValue, f.SpanOfKey(key), $"'{key}' in large print is {value} pt: every text in large print must be at least {LargePrintLeast} pt (APH guidance)");
            return value;
        }

        var italics = f.String("italics", true) is { } i && i.Value == "true";
        if (f.String("italics", false) is { Value: not ("true" or "false") } bad)
            f.Source.Diagnostics.Error(Codes.BadValue, bad.Span, "'italics' must be true or false");
        return new PrintProfile(name, Size("body", 8, 40), Number(f, "line_height", 1, 3), Size("h2", 8, 60), Size("h3", 8, 60), Size("h4", 8, 60), Size("title", 8, 72), Size("small", 6, 40), Number(f, "margin", 18, 144), italics, colours);
    }

    private static double Number(YamlFields f, string key, double min, double max)
    {
        if (f.String(key, true) is not { } text) return min;
        if (double.TryParse(text.Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max) return value;
        f.Source.Diagnostics.Error(Codes.BadValue, text.Span, $"'{key}' must be a number from {min} to {max}, not '{text.Value}'");
        return min;
    }

    private static PrintColours? Colours(YamlFields? f)
    {
        if (f is null) return null;
        Rgb Colour(string key)
        {
            if (f.String(key, true) is not { } text) return default;
            if (Hex(text.Value) is { } rgb) return rgb;
            f.Source.Diagnostics.Error(Codes.BadValue, text.Span, $"'{key}' must be a colour written #rrggbb, not '{text.Value}'");
            return default;
        }

        var c = new PrintColours(Colour("text"), Colour("link"), Colour("muted"), Colour("message_fill"), Colour("message_rule"), Colour("call_fill"), Colour("call_rule"));
        foreach (var (ink, inkKey) in new[] { (c.Text, "text"), (c.Link, "link"), (c.Muted, "muted") })
        {
            foreach (var (paper, paperName) in new[] { (Rgb.White, "white paper"), (c.MessageFill, "message_fill"), (c.CallFill, "call_fill") })
            {
                var ratio = Contrast(ink, paper);
                if (ratio < LeastContrast)
                    f.Source.Diagnostics.Error(Codes.BadValue, f.SpanOfKey(inkKey), $"'{inkKey}' has a contrast of {ratio:0.0}:1 on {paperName}: text needs at least {LeastContrast}:1 (WCAG AA)");
            }
        }

        return c;
    }

    private static Rgb? Hex(string text) =>
        text.Length == 7 && text[0] == '#' && int.TryParse(text.AsSpan(1), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var v)
            ? new Rgb(((v >> 16) & 0xFF) / 255.0, ((v >> 8) & 0xFF) / 255.0, (v & 0xFF) / 255.0)
            : null;

    /// <summary>WCAG 2 contrast ratio of two colours.</summary>
    private static double Contrast(Rgb a, Rgb b)
    {
        var (la, lb) = (Luminance(a), Luminance(b));
        return (Math.Max(la, lb) + 0.05) / (Math.Min(la, lb) + 0.05);
    }

    private static double Luminance(Rgb c)
    {
        static double Channel(double v) => v <= 0.03928 ? v / 12.92 : Math.Pow((v + 0.055) / 1.055, 2.4);
        return (0.2126 * Channel(c.R)) + (0.7152 * Channel(c.G)) + (0.0722 * Channel(c.B));
    }
}
