using System.Text;
using Handouts.Pdf.Layout;

namespace Handouts.Pdf.Writer;

/// <summary>The outline (bookmarks) from the headings, nested by level.</summary>
internal static class Outline
{
    private sealed class Entry(string title, int level, int page, double y)
    {
        public string Title { get; } = title;

        public int Level { get; } = level;

        public int Page { get; } = page;

        public double Y { get; } = y;

        public List<Entry> Children { get; } = [];

        public int Number { get; set; }
    }

    /// <summary>Writes the outline and returns its object number, or null when there are no headings.
    /// <paramref name="fold"/> closes the top entries, so a reader first sees one per part (a pack's handouts).</summary>
    public static int? Write(PdfFile pdf, IReadOnlyList<LaidOutPage> pages, IReadOnlyList<int> pageObjects, double pageHeight, bool fold = false)
    {
        var root = new Entry("", 0, 0, 0);
        var stack = new Stack<Entry>();
        stack.Push(root);
        for (var p = 0; p < pages.Count; p++)
        {
            foreach (var mark in pages[p].Bookmarks)
            {
                while (stack.Peek() != root && stack.Peek().Level >= mark.Level) stack.Pop();
                var entry = new Entry(mark.Title, mark.Level, p, mark.Y);
                stack.Peek().Children.Add(entry);
                stack.Push(entry);
            }
        }

        if (root.Children.Count == 0) return null;
        root.Number = pdf.Reserve();
        Number(pdf, root);
        WriteChildren(pdf, root, pageObjects, pageHeight, fold);
        var visible = fold ? root.Children.Count : Count(root);
        pdf.Set(root.Number, $"<</Type /Outlines /First {PdfFile.Ref(root.Children[0].Number)} /Last {PdfFile.Ref(root.Children[^1].Number)} /Count {visible}>>");
        return root.Number;
    }

    private static void Number(PdfFile pdf, Entry entry)
    {
        foreach (var child in entry.Children)
        {
            child.Number = pdf.Reserve();
            Number(pdf, child);
        }
    }

    private static int Count(Entry entry) => entry.Children.Sum(c => 1 + Count(c));

    /// <param name="fold">Close these entries: a closed entry's /Count is minus its descendants (PDF 1.7, 12.3.3).</param>
    private static void WriteChildren(PdfFile pdf, Entry parent, IReadOnlyList<int> pageObjects, double pageHeight, bool fold = false)
    {
        for (var i = 0; i < parent.Children.Count; i++)
        {
            var e = parent.Children[i];
            var sb = new StringBuilder($"<</Title {PdfSyntax.Text(e.Title)} /Parent {PdfFile.Ref(parent.Number)}");
            if (i > 0) sb.Append(" /Prev ").Append(PdfFile.Ref(parent.Children[i - 1].Number));
            if (i + 1 < parent.Children.Count) sb.Append(" /Next ").Append(PdfFile.Ref(parent.Children[i + 1].Number));
            if (e.Children.Count > 0)
                sb.Append(" /First ").Append(PdfFile.Ref(e.Children[0].Number)).Append(" /Last ").Append(PdfFile.Ref(e.Children[^1].Number)).Append(" /Count ").Append(fold ? -Count(e) : Count(e));
            sb.Append(" /Dest [").Append(PdfFile.Ref(pageObjects[e.Page])).Append(" /XYZ 0 ").Append(PdfSyntax.Num(pageHeight - e.Y + 4)).Append(" null]>>");
            pdf.Set(e.Number, sb.ToString());
            WriteChildren(pdf, e, pageObjects, pageHeight);
        }
    }
}
