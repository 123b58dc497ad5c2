using System.Text;
using Handouts.Pdf.Layout;

namespace Handouts.Pdf.Writer;

/// <summary>Serializes laid-out pages as a tagged PDF 1.7 (PDF/UA-1 structure): fonts subset per document, a
/// structure tree with a parent tree, link annotations in the tree, an outline, Info and XMP metadata, /Lang and
/// DisplayDocTitle. Identical input gives identical bytes. A page's content is two streams: its body, and its running
/// footer (the page number), so a body written for one PDF can go into another (<see cref="PageContent"/>).</summary>
internal static class PdfDocumentWriter
{
    public static byte[] Write(IReadOnlyList<LaidOutPage> pages, PaperSize paper, StructNode root, PdfMetadata meta) =>
        WritePages(pages, paper, root, meta).Bytes;

    /// <param name="grafts">For a pack: the root of each handout's structure, with the element it goes under.</param>
    /// <param name="foldOutline">Show only the top bookmarks at first (a pack's handouts, their headings inside).</param>
    /// <param name="bodies">Page bodies written before, by page (a pack's handouts); null where a body is written here.</param>
    public static WrittenPdf WritePages(IReadOnlyList<LaidOutPage> pages, PaperSize paper, StructNode root, PdfMetadata meta, IReadOnlyDictionary<StructNode, StructNode>? grafts = null, bool foldOutline = false, IReadOnlyList<PageContent?>? bodies = null)
    {
        var pdf = new PdfFile();
        var catalog = pdf.Reserve();
        var pagesObject = pdf.Reserve();
        var treeRoot = pdf.Reserve();
        var pageObjects = pages.Select(_ => pdf.Reserve()).ToList();
        var fonts = new FontEmbedder();
        var images = new ImageResources();
        var qrCodes = new QrResources();
        var structure = new StructureBuilder(root, grafts);
        var parentTree = new SortedDictionary<int, Func<Dictionary<StructNode, int>, string>>();
        var nextKey = pages.Count;
        var pageBodies = new List<(string Contents, List<int> Annotations)>();
        var written = new List<PageContent>(pages.Count);

        for (var i = 0; i < pages.Count; i++)
        {
            var ops = pages[i].Ops;
            var footerStart = pages[i].FooterStart ?? ops.Count;
            var body = bodies?[i] ?? ContentWriter.Write(ops, 0, footerStart, paper.Height);
            var footer = footerStart < ops.Count ? ContentWriter.Write(ops, footerStart, ops.Count, paper.Height, body.Marks.Count) : null;
            written.Add(body);
            var marked = new List<ContentMark>();
            foreach (var part in new[] { body, footer }.OfType<PageContent>())
            {
                fonts.Add(part.Glyphs);
                foreach (var image in part.Images) images.Use(image);
                foreach (var qr in part.QrCodes) qrCodes.Use(qr);
                foreach (var mark in part.Marks)
                {
                    structure.Add(mark.Node, new MarkedContent(i, mark.Mcid));
                    if (mark.Box is { } box) structure.SetBox(mark.Node, box);
                    marked.Add(mark);
                }
            }

            var contents = PdfFile.Ref(pdf.AddDeflatedStream("", body.Deflated));
            if (footer is not null) contents = $"[{contents} {PdfFile.Ref(pdf.AddDeflatedStream("", footer.Deflated))}]";
            parentTree[i] = numbers => "[" + string.Join(' ', marked.OrderBy(m => m.Mcid).Select(m => PdfFile.Ref(numbers[m.Node]))) + "]";
            var annotations = new List<int>();
            foreach (var link in pages[i].Ops.OfType<LinkOp>())
            {
                var annotation = pdf.Reserve();
                structure.Add(link.Link, new AnnotationRef(i, annotation));
                var key = nextKey++;
                var node = link.Link;
                parentTree[key] = numbers => PdfFile.Ref(numbers[node]);
                var y = paper.Height - link.Y - link.Height;
                var action = node.PageTarget is { } target
                    ? $"/Dest [{PdfFile.Ref(pageObjects[target])} /Fit] /StructParent {key} /Contents {PdfSyntax.Text(node.Alt ?? "")}"
                    : $"/A <</S /URI /URI {PdfSyntax.Text(PdfUri.Ascii(node.Uri!))}>> /StructParent {key} /Contents {PdfSyntax.Text("Link to " + node.Uri)}";
                pdf.Set(annotation, $"<</Type /Annot /Subtype /Link /Rect [{PdfSyntax.Num(link.X)} {PdfSyntax.Num(y)} {PdfSyntax.Num(link.X + link.Width)} {PdfSyntax.Num(y + link.Height)}]"
                    + $" /Border [0 0 0] /F 4 {action}>>");
                annotations.Add(annotation);
            }

            pageBodies.Add((contents, annotations));
        }

        var fontResources = fonts.Write(pdf);
        var drawn = images.Write(pdf).Concat(qrCodes.Write(pdf)).ToList();
        var xobjects = drawn.Count == 0 ? "" : $" /XObject <<{string.Concat(drawn.Select(x => $" /{x.Name} {PdfFile.Ref(x.Object)}"))} >>";
        // One resource dictionary for every page, written once: a pack's holds hundreds of QR codes, and inlined in each
        // of its thousands of pages it more than doubled the file.
        var resources = pdf.Add($"<</Font {fontResources}{xobjects}>>");
        var (structRoot, numbers) = structure.Write(pdf, treeRoot, pageObjects);
        for (var i = 0; i < pages.Count; i++)
        {
            var (contents, annotations) = pageBodies[i];
            var annots = annotations.Count == 0 ? "" : " /Annots [" + string.Join(' ', annotations.Select(PdfFile.Ref)) + "]";
            pdf.Set(pageObjects[i], $"<</Type /Page /Parent {PdfFile.Ref(pagesObject)} /MediaBox [0 0 {PdfSyntax.Num(paper.Width)} {PdfSyntax.Num(paper.Height)}]"
                + $" /Resources {PdfFile.Ref(resources)} /Contents {contents} /StructParents {i} /Tabs /S{annots}>>");
        }

        pdf.Set(pagesObject, $"<</Type /Pages /Kids [{string.Join(' ', pageObjects.Select(PdfFile.Ref))}] /Count {pages.Count}>>");
        var nums = new StringBuilder();
        foreach (var (key, value) in parentTree) nums.Append(key).Append(' ').Append(value(numbers)).Append(' ');
        var parentTreeObject = pdf.Add($"<</Nums [{nums.ToString().TrimEnd()}]>>");
        pdf.Set(treeRoot, $"<</Type /StructTreeRoot /K [{PdfFile.Ref(structRoot)}] /ParentTree {PdfFile.Ref(parentTreeObject)} /ParentTreeNextKey {nextKey}>>");

        var outline = Outline.Write(pdf, pages, pageObjects, paper.Height, foldOutline);
        var metadata = pdf.AddStream(" /Type /Metadata /Subtype /XML", Encoding.UTF8.GetBytes(Xmp.Packet(meta)), compress: false);
        var info = pdf.Add($"<</Title {PdfSyntax.Text(meta.Title)} /Author {PdfSyntax.Text(meta.Author)} /Subject {PdfSyntax.Text(meta.Subject)} /Keywords {PdfSyntax.Text(meta.Keywords)}"
            + $" /Creator (Handouts) /Producer (Handouts) /CreationDate {PdfSyntax.Date(meta.Date)} /ModDate {PdfSyntax.Date(meta.Date)}>>");
        var outlines = outline is { } o ? $" /Outlines {PdfFile.Ref(o)} /PageMode /UseOutlines" : "";
        pdf.Set(catalog, $"<</Type /Catalog /Pages {PdfFile.Ref(pagesObject)} /Lang {PdfSyntax.Text(meta.Language)} /MarkInfo <</Marked true>> /StructTreeRoot {PdfFile.Ref(treeRoot)}"
            + $" /ViewerPreferences <</DisplayDocTitle true>> /Metadata {PdfFile.Ref(metadata)}{outlines}>>");
        return new WrittenPdf(pdf.Write(catalog, info), written);
    }
}

/// <summary>A PDF, and the body of each of its pages, for another PDF to reuse.</summary>
internal sealed record WrittenPdf(byte[] Bytes, IReadOnlyList<PageContent> Bodies);
