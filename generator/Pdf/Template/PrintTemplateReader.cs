using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using Handouts.Pdf.Images;
using Handouts.Pdf.Layout;

namespace Handouts.Pdf.Template;

/// <summary>Reads the XML the print template rendered into print blocks. Names, and values written in the template,
/// were checked against <see cref="PrintTemplateSchema"/> before rendering; values that Scriban code made are checked
/// here against the same <see cref="PrintValues"/>, reported to the template (HND054) and replaced by the default, so
/// nothing a value holds reaches the PDF unchecked.</summary>
internal sealed partial class PrintTemplateReader(PrintProfile profile, ImageCache images, PrintReport report)
{
    /// <summary>Far deeper than any layout needs (the default template nests 6); reading and layout recurse per level,
    /// and a template looping out thousands of boxes would otherwise overflow the stack and kill the build.</summary>
    public const int MaxDepth = 32;

    // What XDocument.Parse uses (whitespace-only text dropped), without its DTD processing.
    private static readonly XmlReaderSettings ReaderSettings = new() { DtdProcessing = DtdProcessing.Prohibit, IgnoreWhitespace = true };

    public PrintLayout Read(string xml, Func<List<PrintBlock>> body)
    {
        XDocument document;
        try
        {
            // Characters XML forbids can come from front matter (YAML "\x01"): they print as nothing, so they go. A DTD
            // has no use in a layout and its entities could expand to millions of characters, so it is refused.
            using var reader = XmlReader.Create(new StringReader(XmlChars.Legal(xml)), ReaderSettings);
            document = XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException e)
        {
            // A value from content that breaks the markup would be a bug of ours: values are escaped for XML.
            throw new InvalidDataException($"the print template did not render well-formed XML (output line {e.LineNumber}): {e.Message}", e);
        }

        var root = document.Root!;
        if (root.Descendants().FirstOrDefault(e => e.Ancestors().Skip(MaxDepth - 1).Any()) is { } deep)
            throw new InvalidDataException($"the print template nests elements more than {MaxDepth} deep (output line {((IXmlLineInfo)deep).LineNumber})");

        return new PrintLayout(
            Blocks(root.Element("content"), body),
            Running(root.Element("header")),
            Running(root.Element("footer")),
            Value(root, "size", "document"),
            Value(root, "margin", "document") is { } margin ? PrintValues.ParsePoints(margin) : null,
            Value(root, "lang", "document"));
    }

    /// <summary>An attribute's value when it is allowed; else the problem is reported and the default (null) used.
    /// <paramref name="asElement"/> names the element whose rules apply (the root, an item read as text).</summary>
    private string? Value(XElement e, string attribute, string? asElement = null)
    {
        var value = (string?)e.Attribute(attribute);
        if (value is null) return null;
        var element = asElement ?? e.Name.LocalName;
        if (PrintValues.Problem(element, attribute, value) is not { } problem) return value;
        report.AtTemplate(PrintValues.Describe(element, attribute, value, problem, madeByCode: true));
        return null;
    }

    private double? Points(XElement e, string attribute) => Value(e, attribute) is { } v ? PrintValues.ParsePoints(v) : null;

    /// <summary>The image an image element names, which must be a printable file inside the content folder; null
    /// (reported) otherwise.</summary>
    private PdfImage? Image(XElement e)
    {
        if (e.Attribute("src") is null) report.AtTemplate("<image> needs a src: a PNG or JPEG in the content folder");
        if (Value(e, "src", "image") is not { } src) return null;
        var (image, error) = images.Get(src);
        if (image is null) report.AtTemplate($"print template image '{src}': {error}");
        return image;
    }

    private List<PrintBlock> Blocks(XElement? container, Func<List<PrintBlock>> body)
    {
        var blocks = new List<PrintBlock>();
        if (container is null) return blocks;
        foreach (var e in container.Elements())
        {
            var line = ((IXmlLineInfo)e).LineNumber;
            switch (e.Name.LocalName)
            {
                case "text":
                    blocks.Add(Text(e, line));
                    break;
                case "box":
                    var call = Value(e, "style") == "call";
                    blocks.Add(new PanelBlock(
                        Blocks(e, body),
                        Color(Value(e, "background")) ?? (call ? profile.Colours.CallFill : profile.Colours.MessageFill),
                        Color(Value(e, "border")) ?? (call ? profile.Colours.CallRule : profile.Colours.MessageRule),
                        line,
                        Points(e, "padding")));
                    break;
                case "list":
                    var numbered = Value(e, "marker") == "number";
                    blocks.Add(new PrintList(
                        e.Elements("item").Select((item, i) => new ListItem(numbered ? $"{i + 1}." : "•", item.HasElements ? Blocks(item, body) : [Text(item, line)])).ToList(),
                        line));
                    break;
                case "row":
                    blocks.Add(new RowBlock(e.Elements("column").Select(c => (Value(c, "width") ?? "*", (IReadOnlyList<PrintBlock>)Blocks(c, body))).ToList(), line));
                    break;
                case "markdown":
                    blocks.AddRange(body());
                    break;
                case "spacer":
                    blocks.Add(new SpacerBlock(Points(e, "height") ?? profile.Body, line));
                    break;
                case "page-break":
                    blocks.Add(new PageBreakBlock(line));
                    break;
                case "image":
                    if (Image(e) is { } image) blocks.Add(new ImageBlock(image, (string?)e.Attribute("alt") ?? "", line));
                    break;
            }
        }

        return blocks;
    }

    /// <summary>A text element, or a list item that holds only text (read by the same rules as text).</summary>
    private TextBlock Text(XElement e, int line)
    {
        var style = Value(e, "style", "text") ?? "body";
        var (size, tag, color, before, after) = style switch
        {
            "title" => (profile.Title, StructType.H1, (Rgb?)null, 0.0, profile.Body * 0.3),
            "h2" => (profile.H2, StructType.H2, null, profile.Body * 0.6, profile.Body * 0.2),
            "h3" => (profile.H3, StructType.H3, null, profile.Body * 0.4, profile.Body * 0.2),
            "small" => (profile.Note, StructType.P, null, 0, profile.Body * 0.2),
            "muted" => (profile.Body, StructType.P, profile.Colours.Muted, 0, profile.Body * 0.6),
            "large" => (profile.Body * 1.1, StructType.P, null, 0, profile.Body * 0.3),
            _ => (profile.Body, StructType.P, null, 0, profile.Body * 0.4),
        };
        return new TextBlock(Spans(e), Value(e, "tag", "text") is { } written ? Enum.Parse<StructType>(written) : tag, size, line, Bold: Value(e, "bold", "text") == "true", Color: color, SpaceBefore: before, SpaceAfter: after);
    }

    private List<TextRun> Spans(XElement e)
    {
        var spans = new List<TextRun>();
        foreach (var node in e.Nodes())
        {
            switch (node)
            {
                case XText t:
                    spans.Add(new TextRun(Space().Replace(t.Value, " ")));
                    break;
                case XElement { Name.LocalName: "span" } s:
                    spans.Add(new TextRun(Space().Replace(s.Value, " "), Value(s, "bold") == "true", Value(s, "italic") == "true", Value(s, "link")));
                    break;
            }
        }

        if (spans.Count > 0)
        {
            spans[0] = spans[0] with { Text = spans[0].Text.TrimStart() };
            spans[^1] = spans[^1] with { Text = spans[^1].Text.TrimEnd() };
        }

        return spans;
    }

    /// <summary>The lines of a header or footer; an image that cannot be printed is reported and left out.</summary>
    private List<RunningItem> Running(XElement? part)
    {
        var items = new List<RunningItem>();
        foreach (var e in part?.Elements() ?? [])
        {
            RunningKind? kind = e.Name.LocalName switch
            {
                "text" => RunningKind.Text,
                "image" => RunningKind.Image,
                "qr" => RunningKind.Qr,
                _ => null,
            };
            if (kind is null) continue;
            var image = kind == RunningKind.Image ? Image(e) : null;
            if (kind == RunningKind.Image && image is null) continue;
            var size = Value(e, "style") == "body" ? profile.Body : profile.Small;
            items.Add(new RunningItem(kind.Value, image?.Path ?? RunningText(e), Value(e, "align") == "right", size));
        }

        return items;
    }

    /// <summary>Text with page-number and page-count elements kept as {page} and {pages}, filled in per page.</summary>
    private static string RunningText(XElement e) => Space().Replace(string.Concat(e.Nodes().Select(n => n switch
    {
        XElement { Name.LocalName: "page-number" } => "{page}",
        XElement { Name.LocalName: "page-count" } => "{pages}",
        XElement x => x.Value,
        XText t => t.Value,
        _ => "",
    })), " ").Trim();

    /// <summary>A colour already checked to be #rrggbb; null when absent.</summary>
    private static Rgb? Color(string? hex) =>
        hex is not null && int.TryParse(hex.AsSpan(1), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var v)
            ? new Rgb((v >> 16 & 0xFF) / 255.0, (v >> 8 & 0xFF) / 255.0, (v & 0xFF) / 255.0)
            : null;

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();
}
