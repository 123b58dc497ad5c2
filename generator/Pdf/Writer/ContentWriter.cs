using Handouts.Pdf.Fonts;
using Handouts.Pdf.Images;
using Handouts.Pdf.Layout;

namespace Handouts.Pdf.Writer;

/// <summary>A run of a page's display ops as a content stream (see <see cref="PageContent"/>). Content of a structure
/// element is marked with an MCID, numbered from <paramref name="firstMcid"/>; everything else is an /Artifact that
/// screen readers skip.</summary>
internal sealed class ContentWriter(double pageHeight, int firstMcid = 0) : IDisposable
{
    private readonly AsciiBuffer sb = new();
    private readonly FontEmbedder fonts = new();
    private readonly List<PdfImage> images = [];
    private readonly List<bool[][]> qrCodes = [];
    private readonly List<ContentMark> marks = [];
    private int mcid = firstMcid;

    /// <summary>Writes ops <paramref name="from"/> up to <paramref name="to"/> of a page.</summary>
    public static PageContent Write(IReadOnlyList<DisplayOp> ops, int from, int to, double pageHeight, int firstMcid = 0)
    {
        using var writer = new ContentWriter(pageHeight, firstMcid);
        return writer.Write(ops, from, to);
    }

    public void Dispose() => sb.Dispose();

    private PageContent Write(IReadOnlyList<DisplayOp> ops, int from, int to)
    {
        for (var i = from; i < to;)
        {
            switch (ops[i])
            {
                case WordOp word:
                    // Consecutive words of one element share one marked-content sequence.
                    var end = i;
                    while (end + 1 < to && ops[end + 1] is WordOp next && next.Node == word.Node) end++;
                    WriteWords(ops, i, end + 1);
                    i = end + 1;
                    break;
                case RectOp rect:
                    WriteRect(rect);
                    i++;
                    break;
                case QrOp qr:
                    WriteQr(qr);
                    i++;
                    break;
                case ImageOp image:
                    WriteImage(image);
                    i++;
                    break;
                default:
                    i++;
                    break;
            }
        }

        return new PageContent(PdfFile.Deflate(sb.Written, PdfFile.PageLevel), marks, fonts, images, qrCodes);
    }

    /// <summary>Words <paramref name="from"/> up to <paramref name="to"/> of the ops, all of one element.</summary>
    private void WriteWords(IReadOnlyList<DisplayOp> ops, int from, int to)
    {
        var node = ((WordOp)ops[from]).Node;
        if (node is null)
        {
            sb.Append("/Artifact BMC\n");
        }
        else
        {
            marks.Add(new ContentMark(node, mcid, null));
            sb.Append(PdfSyntax.Tag(node.Type)).Append(" <</MCID ").AppendInt(mcid).Append(">> BDC\n");
            mcid++;
        }

        sb.Append("BT\n");
        Rgb? color = null;
        FontFace? font = null;
        var size = 0.0;
        for (var i = from; i < to; i++)
        {
            var w = (WordOp)ops[i];
            // Colour and font are set only when they change: most words of a paragraph share both.
            if (color != w.Color)
            {
                Color(w.Color).Append("rg\n");
                color = w.Color;
            }

            var face = w.Word.Font;
            if (font != face || size != w.Size)
            {
                sb.Append('/').Append(fonts.ResourceName(face)).Append(' ').AppendNum(w.Size).Append(" Tf\n");
                font = face;
                size = w.Size;
            }

            sb.Append("1 0 0 1 ").AppendNum(w.X).Append(' ').AppendNum(pageHeight - w.Baseline).Append(" Tm [");
            var scale = 1000.0 / face.UnitsPerEm;
            foreach (var g in w.Word.Glyphs)
            {
                fonts.Use(face, g.Id, g.Text);
                if (g.XOffset != 0) sb.AppendNum(-g.XOffset * scale).Append(' ');
                sb.Append('<').AppendHex4(g.Id).Append('>');
                var adjust = FontEmbedder.Width(face, g.Id) - g.Advance * scale + g.XOffset * scale;
                if (Math.Abs(adjust) >= 0.0005) sb.Append(' ').AppendNum(adjust).Append(' ');
            }

            sb.Append("] TJ\n");
        }

        sb.Append("ET\n");
        sb.Append("EMC\n");
    }

    private void WriteRect(RectOp r)
    {
        var y = pageHeight - r.Y - r.Height;
        sb.Append("/Artifact BMC q ");
        if (r.Fill is { } f) Color(f).Append("rg ").AppendNum(r.X).Append(' ').AppendNum(y).Append(' ').AppendNum(r.Width).Append(' ').AppendNum(r.Height).Append(" re f ");
        if (r.Stroke is { } s) Color(s).Append("RG ").AppendNum(r.LineWidth).Append(" w ").AppendNum(r.X).Append(' ').AppendNum(y).Append(' ').AppendNum(r.Width).Append(' ').AppendNum(r.Height).Append(" re S ");
        sb.Append("Q EMC\n");
    }

    /// <summary>A colour's three components, each followed by a space.</summary>
    private AsciiBuffer Color(Rgb c) => sb.AppendNum(c.R).Append(' ').AppendNum(c.G).Append(' ').AppendNum(c.B).Append(' ');

    private void WriteImage(ImageOp image)
    {
        var y = pageHeight - image.Y - image.Height;
        if (!images.Contains(image.Image)) images.Add(image.Image);
        var draw = $"q {Num(image.Width)} 0 0 {Num(image.Height)} {Num(image.X)} {Num(y)} cm /{ImageResources.Name(image.Image)} Do Q";
        if (image.Node is not { } node)
        {
            sb.Append("/Artifact BMC ").Append(draw).Append(" EMC\n");
            return;
        }

        sb.Append(Figure(node, image.X, y, image.Width, image.Height)).Append(draw).Append(" EMC\n");
    }

    /// <summary>Opens the marked content of a figure (a picture, a poster's QR code) and records where it is.</summary>
    private string Figure(StructNode node, double x, double y, double width, double height)
    {
        marks.Add(new ContentMark(node, mcid, $"[{Num(x)} {Num(y)} {Num(x + width)} {Num(y + height)}]"));
        return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"/Figure <</MCID {mcid++}>> BDC ");
    }

    /// <summary>A QR code: a form XObject of its document (<see cref="QrResources"/>), scaled into place. A footer's
    /// code is on every page, and drawn inline its path was a third of each page's content to compress. A footer's
    /// code is an artifact (the address is printed beside it); a poster's is a figure, its address the alt text.</summary>
    private void WriteQr(QrOp qr)
    {
        var y = pageHeight - qr.Y - qr.Size;
        var scale = qr.Size / qr.Modules.Length;
        if (!qrCodes.Contains(qr.Modules)) qrCodes.Add(qr.Modules);
        sb.Append(qr.Node is { } node ? Figure(node, qr.X, y, qr.Size, qr.Size) : "/Artifact BMC ").Append("q ").AppendNum(scale).Append(" 0 0 ").AppendNum(scale).Append(' ').AppendNum(qr.X).Append(' ').AppendNum(y)
            .Append(" cm /").Append(QrResources.Name(qr.Modules)).Append(" Do Q EMC\n");
    }

    private static string Num(double v) => PdfSyntax.Num(v);
}

/// <summary>A marked-content sequence on a page: a kid of a structure element.</summary>
internal sealed record MarkedContent(int Page, int Mcid) : IStructKid;

/// <summary>A link annotation: a kid (OBJR) of its Link element.</summary>
internal sealed record AnnotationRef(int Page, int Object) : IStructKid;
