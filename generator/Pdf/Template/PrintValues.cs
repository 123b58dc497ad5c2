using System.Globalization;
using System.Text.RegularExpressions;
using Handouts.Diagnostics;

namespace Handouts.Pdf.Template;

/// <summary>What each attribute of the print layout language accepts. The template comes from a pull request like any
/// content, and its values become structure types, numbers and addresses in the PDF: a value outside these rules is
/// an error (HND054), checked in the template's source where it is written there, and again when the rendered output
/// is read (Scriban code can make any value).</summary>
internal static partial class PrintValues
{
    public static readonly string[] TextTags = ["P", "H1", "H2", "H3", "H4", "H5", "H6"];
    public static readonly string[] TextStyles = ["title", "h2", "h3", "body", "large", "small", "muted"];

    // Ranges, in points. Beyond them a page has no room left for the handout (or the value is a mistake), and
    // unbounded numbers (1e308, NaN) would reach the PDF writer as coordinates.
    public const double MaxMargin = 144;
    public const double MaxPadding = 72;
    public const double MaxSpacer = 400;
    public const double MaxColumn = 600;
    public const double MaxShare = 100;

    /// <summary>Null when <paramref name="value"/> is allowed for the attribute, else what it must be.</summary>
    public static string? Problem(string element, string attribute, string value) => (element, attribute) switch
    {
        ("document", "size") => OneOf(value, "letter", "a4"),
        ("document", "margin") => Points(value, 0, MaxMargin),
        ("document", "lang") => LanguageTag().IsMatch(value) ? null : "must be a language tag such as en, es or pt-BR",
        ("column", "width") => ColumnWidth(value),
        ("box", "style") => OneOf(value, "message", "call"),
        ("box", "background" or "border") => Colour().IsMatch(value) ? null : "must be a colour written #rrggbb",
        ("box", "padding") => Points(value, 0, MaxPadding),
        ("list", "marker") => OneOf(value, "bullet", "number"),
        ("spacer", "height") => Points(value, 0, MaxSpacer),
        ("image", "src") => ContentPath(value),
        (_, "style") => OneOf(value, TextStyles),
        (_, "tag") => OneOf(value, TextTags),
        (_, "bold" or "italic") => OneOf(value, "true", "false"),
        (_, "align") => OneOf(value, "left", "right"),
        (_, "link") => Link(value),
        _ => null,
    };

    /// <summary>The message for a value that <see cref="Problem"/> refused; <paramref name="madeByCode"/> when it was
    /// found in the rendered output, so the clinic looks at the template's code rather than its text.</summary>
    public static string Describe(string element, string attribute, string value, string problem, bool madeByCode = false) =>
        $"<{element}> {attribute}=\"{(value.Length > 60 ? value[..60] + "…" : value)}\"{(madeByCode ? ", made by the template's code," : "")} {problem}";

    /// <summary>A number of points already allowed by <see cref="Problem"/>.</summary>
    public static double ParsePoints(string value) => double.Parse(value, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static string? OneOf(string value, params string[] allowed) =>
        allowed.Contains(value, StringComparer.Ordinal) ? null : $"must be one of {string.Join(", ", allowed)}{Spelling.Hint(value, allowed)}";

    private static string? Points(string value, double min, double max) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && v >= min && v <= max
            ? null
            : $"must be a number of points from {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)}";

    private static string? ColumnWidth(string value)
    {
        var share = value.EndsWith('*');
        var number = share ? value[..^1] : value;
        if (share && number.Length == 0) return null;
        var ok = Decimal().IsMatch(number) && double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && v > 0 && v <= (share ? MaxShare : MaxColumn);
        return ok ? null : $"must be points above 0 and up to {MaxColumn.ToString(CultureInfo.InvariantCulture)} (\"120\") or a share of the rest above 0 and up to {MaxShare.ToString(CultureInfo.InvariantCulture)} (\"*\", \"2*\")";
    }

    /// <summary>A path relative to the content folder that stays inside it (the reader also checks the full path).</summary>
    private static string? ContentPath(string value) =>
        value.Length > 0 && !Path.IsPathRooted(value) && !value.Split('/', '\\').Contains("..") && !value.Any(char.IsControl)
            ? null
            : "must be a path inside the content folder, such as images/logo.png";

    /// <summary>A link a printed handout can open: an absolute web, e-mail or telephone address.</summary>
    private static string? Link(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" or "mailto" or "tel"
            ? null
            : "must be an absolute http, https, mailto or tel address";

    [GeneratedRegex(@"^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8}){0,6}\z")]
    private static partial Regex LanguageTag();

    [GeneratedRegex(@"^#[0-9A-Fa-f]{6}\z")]
    private static partial Regex Colour();

    [GeneratedRegex(@"^[0-9]{1,6}(\.[0-9]{1,6})?\z")]
    private static partial Regex Decimal();
}
