using System.Text;
using Handouts.Pdf.Layout;

namespace Handouts.Pdf.Writer;

/// <summary>Attaches structure elements in the order their content is written and writes the structure tree.</summary>
internal sealed class StructureBuilder(StructNode root)
{
    public void Attach(StructNode node)
    {
        if (node.Attached || node == root) return;
        Attach(node.Parent!);
        node.Parent!.Kids.Add(node);
        node.Attached = true;
    }

    /// <summary>Writes every element; returns the root's object number and each element's number.</summary>
    public (int Root, Dictionary<StructNode, int> Numbers) Write(PdfFile pdf, int treeRoot, IReadOnlyList<int> pageObjects)
    {
        var numbers = new Dictionary<StructNode, int>();
        void Number(StructNode n)
        {
            numbers[n] = pdf.Reserve();
            foreach (var kid in n.Kids.OfType<StructNode>()) Number(kid);
        }

        Number(root);
        foreach (var (node, number) in numbers)
        {
            var parent = node.Parent is null ? treeRoot : numbers[node.Parent];
            var kids = new StringBuilder();
            var page = -1;
            foreach (var kid in node.Kids)
            {
                switch (kid)
                {
                    case StructNode child:
                        kids.Append(PdfFile.Ref(numbers[child])).Append(' ');
                        break;
                    case MarkedContent mc:
                        if (page < 0) page = mc.Page;
                        kids.Append($"<</Type /MCR /Pg {PdfFile.Ref(pageObjects[mc.Page])} /MCID {mc.Mcid}>> ");
                        break;
                    case AnnotationRef a:
                        kids.Append($"<</Type /OBJR /Pg {PdfFile.Ref(pageObjects[a.Page])} /Obj {PdfFile.Ref(a.Object)}>> ");
                        break;
                }
            }

            var extra = node.Lang is null ? "" : $" /Lang {PdfSyntax.Text(node.Lang)}";
            if (node.Type == StructType.Link && node.Uri is not null) extra += $" /Alt {PdfSyntax.Text(node.Uri)}";
            if (node.Alt is not null) extra += $" /Alt {PdfSyntax.Text(node.Alt)}";
            if (node.BBox is not null) extra += $" /A <</O /Layout /Placement /Block /BBox {node.BBox}>>";
            var pg = page >= 0 ? $" /Pg {PdfFile.Ref(pageObjects[page])}" : "";
            // The type is checked where it comes from (the print template's tag); written as a name anyway, so no
            // value can ever add keys to the element.
            pdf.Set(number, $"<</Type /StructElem /S {PdfSyntax.Name(node.Type.ToString())} /P {PdfFile.Ref(parent)}{pg}{extra} /K [{kids.ToString().TrimEnd()}]>>");
        }

        return (numbers[root], numbers);
    }
}
