using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using Handouts.Pdf.Images;
using Handouts.Pdf.Layout;

namespace Handouts.Pdf.Template;

/// <summary>Reads the XML the print template rendered into print blocks. Names were checked against
/// <see cref="PrintTemplateSchema"/> before rendering; here only the structure is read.</summary>
internal sealed partial class PrintTemplateReader(PrintProfile profile, ImageCache images, PrintProblems problems)
{
    public PrintLayout Read(string xml, Func<List<Block>> body)
    {
        XDocument document;
        try
        {
            document = XDocument.Parse(xml, LoadOptions.SetLineInfo);
        }
        catch (XmlException e)
        {
            // A value from content that breaks the markup would be a bug of ours: values are escaped for XML.
            throw new InvalidDataException($"the print template did not render well-formed XML (output line {e.LineNumber}): {e.Message}", e);
        }

        var root = document.Root!;
        return new PrintLayout(
            Blocks(root.Element("content"), body),
            Running(root.Element("header")),
            Running(root.Element("footer")),
            (string?)root.Attribute("size"),
            root.Attribute("margin") is null ? null : Number(root, "margin", profile.Margin),
            (string?)root.Attribute("lang"));
    }

    private List<Block> Blocks(XElement? container, Func<List<Block>> body)
    {
        var blocks = new List<Block>();
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
                    var call = (string?)e.Attribute("style") == "call";
                    blocks.Add(new PanelBlock(
                        Blocks(e, body),
                        Color((string?)e.Attribute("background")) ?? (call ? Rgb.CallFill : Rgb.MessageFill),
                        Color((string?)e.Attribute("border")) ?? (call ? Rgb.CallRule : Rgb.MessageRule),
                        line,
                        e.Attribute("padding") is null ? null : Number(e, "padding", 10)));
                    break;
                case "list":
                    var numbered = (string?)e.Attribute("marker") == "number";
                    blocks.Add(new Layout.ListBlock(
                        e.Elements("item").Select((item, i) => new ListItem(numbered ? $"{i + 1}." : "•", item.HasElements ? Blocks(item, body) : [Text(item, line)])).ToList(),
                        line));
                    break;
                case "row":
                    blocks.Add(new RowBlock(e.Elements("column").Select(c => ((string?)c.Attribute("width") ?? "*", (IReadOnlyList<Block>)Blocks(c, body))).ToList(), line));
                    break;
                case "markdown":
                    blocks.AddRange(body());
                    break;
                case "spacer":
                    blocks.Add(new SpacerBlock(Number(e, "height", profile.Body), line));
                    break;
                case "page-break":
                    blocks.Add(new PageBreakBlock(line));
                    break;
                case "image":
                    var (image, error) = images.Get((string?)e.Attribute("src") ?? "");
                    if (image is null) problems.ImageProblem(0, $"print template image '{(string?)e.Attribute("src")}': {error}");
                    else blocks.Add(new ImageBlock(image, (string?)e.Attribute("alt") ?? "", line));
                    break;
            }
        }

        return blocks;
    }

    private TextBlock Text(XElement e, int line)
    {
        var style = (string?)e.Attribute("style") ?? "body";
        var (size, tag, color, before, after) = style switch
        {
            "title" => (profile.Title, "H1", (Rgb?)null, 0.0, profile.Body * 0.3),
            "h2" => (profile.H2, "H2", null, profile.Body * 0.6, profile.Body * 0.2),
            "h3" => (profile.H3, "H3", null, profile.Body * 0.4, profile.Body * 0.2),
            "small" => (profile.Small + 1, "P", null, 0, profile.Body * 0.2),
            "muted" => (profile.Body, "P", Rgb.Muted, 0, profile.Body * 0.6),
            "large" => (profile.Body * 1.1, "P", null, 0, profile.Body * 0.3),
            _ => (profile.Body, "P", null, 0, profile.Body * 0.4),
        };
        return new TextBlock(Spans(e), (string?)e.Attribute("tag") ?? tag, size, line, Bold: (string?)e.Attribute("bold") == "true", Color: color, SpaceBefore: before, SpaceAfter: after);
    }

    private static List<Span> Spans(XElement e)
    {
        var spans = new List<Span>();
        foreach (var node in e.Nodes())
        {
            switch (node)
            {
                case XText t:
                    spans.Add(new Span(Space().Replace(t.Value, " ")));
                    break;
                case XElement { Name.LocalName: "span" } s:
                    spans.Add(new Span(Space().Replace(s.Value, " "), (string?)s.Attribute("bold") == "true", (string?)s.Attribute("italic") == "true", (string?)s.Attribute("link")));
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

    private List<RunningItem> Running(XElement? part) =>
        part is null ? [] : part.Elements().Select(e => new RunningItem(
            e.Name.LocalName,
            e.Name.LocalName == "image" ? (string?)e.Attribute("src") ?? "" : RunningText(e),
            (string?)e.Attribute("align") ?? "left",
            (string?)e.Attribute("style") ?? "small",
            (string?)e.Attribute("style") == "body" ? profile.Body : profile.Small)).ToList();

    /// <summary>Text with page-number and page-count elements kept as {page} and {pages}, filled in per page.</summary>
    private static string RunningText(XElement e) => Space().Replace(string.Concat(e.Nodes().Select(n => n switch
    {
        XElement { Name.LocalName: "page-number" } => "{page}",
        XElement { Name.LocalName: "page-count" } => "{pages}",
        XElement x => x.Value,
        XText t => t.Value,
        _ => "",
    })), " ").Trim();

    /// <summary>A colour written #rrggbb; null when absent or not in that form.</summary>
    private static Rgb? Color(string? hex) =>
        hex is { Length: 7 } && hex[0] == '#' && int.TryParse(hex.AsSpan(1), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var v)
            ? new Rgb((v >> 16 & 0xFF) / 255.0, (v >> 8 & 0xFF) / 255.0, (v & 0xFF) / 255.0)
            : null;

    private static double Number(XElement e, string name, double fallback) =>
        double.TryParse((string?)e.Attribute(name), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : fallback;

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();
}
