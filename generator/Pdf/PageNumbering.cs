using Handouts.Pdf.Layout;

namespace Handouts.Pdf;

/// <summary>One typeset document cut into pages for a PDF, with the footer room those pages were cut for.</summary>
internal sealed record SettledPart(TypesetDocument Document, List<LaidOutPage> Pages, double FooterHeight);

/// <summary>Page numbers that run through one PDF made of typeset documents: a handout alone, or a pack's cover and
/// handouts. A footer's height depends on its numbers ("Page 9 of 10" may wrap where "Page 1 of 2" did not), and the
/// numbers on the page count, which depends on the footers: each document is cut again with more footer room until
/// every footer fits the room kept for it. Footer room only grows, so this ends.</summary>
internal static class PageNumbering
{
    public static List<SettledPart> Settle(IReadOnlyList<TypesetDocument> documents, bool reportRows)
    {
        var parts = documents.Select(d =>
        {
            var height = d.FirstFooterHeight;
            return new SettledPart(d, d.Paginate(height, reportRows), height);
        }).ToList();
        bool changed;
        do
        {
            changed = false;
            var count = parts.Sum(p => p.Pages.Count);
            var first = 1;
            for (var i = 0; i < parts.Count; i++)
            {
                var part = parts[i];
                var needed = part.Document.Footer.Height(first, first + part.Pages.Count - 1, count);
                if (needed > part.FooterHeight)
                {
                    parts[i] = part = new SettledPart(part.Document, part.Document.Paginate(needed, reportRows), needed);
                    changed = true;
                }

                first += part.Pages.Count;
            }
        }
        while (changed);
        return parts;
    }

    /// <summary>Draws every page's footer with its number in the whole PDF; returns the pages in order.</summary>
    public static List<LaidOutPage> Number(IReadOnlyList<SettledPart> parts)
    {
        var count = parts.Sum(p => p.Pages.Count);
        var pages = new List<LaidOutPage>(count);
        foreach (var part in parts)
        {
            foreach (var page in part.Pages)
            {
                part.Document.DrawFooter(page, pages.Count + 1, count);
                pages.Add(page);
            }
        }

        return pages;
    }
}
