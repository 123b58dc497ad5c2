using Handouts.Pdf.Layout;

namespace Handouts.Pdf.Writer;

/// <summary>Attaches structure elements in the order their content is written and writes the structure tree. What
/// each element holds is kept here, per PDF, not on the elements: a handout laid out once is written into its own PDF
/// and again into every pack it belongs to, and the writes must not see each other's content.</summary>
/// <param name="grafts">Roots of other laid-out documents with the element they go under (a pack's handouts under
/// the pack's Document); each is written as a Part.</param>
internal sealed class StructureBuilder(StructNode root, IReadOnlyDictionary<StructNode, StructNode>? grafts = null)
{
    private readonly Dictionary<StructNode, List<IStructKid>> kids = new() { [root] = [] };
    private readonly Dictionary<StructNode, string> boxes = [];

    /// <summary>Adds content (marked content, an annotation) to an element, attaching the element first.</summary>
    public void Add(StructNode node, IStructKid kid)
    {
        Attach(node);
        kids[node].Add(kid);
    }

    /// <summary>Where a figure is on its page (PDF coordinates), for its layout attributes.</summary>
    public void SetBox(StructNode node, string bbox) => boxes[node] = bbox;

    private void Attach(StructNode node)
    {
        if (kids.ContainsKey(node)) return;
        var parent = ParentOf(node);
        Attach(parent);
        kids[parent].Add(node);
        kids[node] = [];
    }

    private StructNode ParentOf(StructNode node) =>
        node.Parent ?? (grafts is not null && grafts.TryGetValue(node, out var under) ? under : throw new InvalidOperationException("a structure element outside the document being written"));

    /// <summary>Writes every element; returns the root's object number and each element's number.</summary>
    public (int Root, Dictionary<StructNode, int> Numbers) Write(PdfFile pdf, int treeRoot, IReadOnlyList<int> pageObjects)
    {
        var numbers = new Dictionary<StructNode, int>();
        void Number(StructNode n)
        {
            numbers[n] = pdf.Reserve();
            foreach (var kid in kids[n].OfType<StructNode>()) Number(kid);
        }

        Number(root);
        using var body = new AsciiBuffer();
        foreach (var (node, number) in numbers)
        {
            var parent = node == root ? treeRoot : numbers[ParentOf(node)];
            var type = node != root && node.Parent is null ? StructType.Part : node.Type;
            // The type is checked where it comes from (the print template's tag); written as a name anyway, so no
            // value can ever add keys to the element.
            body.Clear();
            body.Append("<</Type /StructElem /S ").Append(PdfSyntax.Tag(type)).Append(" /P ").AppendRef(parent);
            if (FirstPage(kids[node]) is { } page) body.Append(" /Pg ").AppendRef(pageObjects[page]);
            if (node.Lang is not null) body.Append(" /Lang ").Append(PdfSyntax.Text(node.Lang));
            if (node.Type == StructType.Link && node.Uri is not null) body.Append(" /Alt ").Append(PdfSyntax.Text(node.Uri));
            if (node.Alt is not null) body.Append(" /Alt ").Append(PdfSyntax.Text(node.Alt));
            if (boxes.TryGetValue(node, out var box)) body.Append(" /A <</O /Layout /Placement /Block /BBox ").Append(box).Append(">>");
            body.Append(" /K [");
            var first = true;
            foreach (var kid in kids[node])
            {
                if (kid is not (StructNode or MarkedContent or AnnotationRef)) continue;
                if (!first) body.Append(' ');
                first = false;
                switch (kid)
                {
                    case StructNode child:
                        body.AppendRef(numbers[child]);
                        break;
                    case MarkedContent mc:
                        body.Append("<</Type /MCR /Pg ").AppendRef(pageObjects[mc.Page]).Append(" /MCID ").AppendInt(mc.Mcid).Append(">>");
                        break;
                    case AnnotationRef a:
                        body.Append("<</Type /OBJR /Pg ").AppendRef(pageObjects[a.Page]).Append(" /Obj ").AppendRef(a.Object).Append(">>");
                        break;
                }
            }

            body.Append("]>>");
            pdf.Set(number, body.Written);
        }

        return (numbers[root], numbers);
    }

    /// <summary>The page of an element's first marked content: its /Pg.</summary>
    private static int? FirstPage(List<IStructKid> kids)
    {
        foreach (var kid in kids)
        {
            if (kid is MarkedContent mc) return mc.Page;
        }

        return null;
    }
}
