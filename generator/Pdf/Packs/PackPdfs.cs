using Handouts.Content;
using Handouts.Pdf.Layout;
using Handouts.Pdf.Writer;
using Handouts.Site;
using Handouts.Templates;

namespace Handouts.Pdf.Packs;

/// <summary>Pdf stage for the waiting-room packs: a reader's handouts in one PDF, standard and large print, on the
/// site's paper. A cover, then each handout cut into pages from the document its own PDF was typeset from (see
/// <see cref="TypesetShelf"/>), page numbers running through the pack, one bookmark per handout (its headings inside,
/// folded), the handouts' structure trees as Parts of the pack's.</summary>
internal sealed class PackPdfs(ContentSet content, PrintStyles styles, ModelBuilder models, UiStrings strings, TypesetShelf shelf, PackCover cover)
{
    public IEnumerable<PrintedPdf> Render(PrintPack pack)
    {
        foreach (var profile in styles.Both)
        {
            if (Render(pack, profile) is { } printed) yield return printed;
        }
    }

    private PrintedPdf? Render(PrintPack pack, PrintProfile profile)
    {
        var handouts = pack.Entries.Select(e => shelf.Find(pack.Language, e.Handout.Slug, e.Version, profile)).ToList();

        // A handout whose PDF failed has failed the build; its pack is not made.
        if (handouts.Any(h => h is null)) return null;
        var members = handouts.OfType<TypesetDocument>().ToList();
        var paper = PaperSize.Of(content.Site.Paper);
        var root = new StructNode(StructType.Document, null);
        var meta = Meta(pack, members);
        var parts = PageNumbering.Settle([cover.Typeset(pack, members, profile, paper, root, meta, null), .. members], reportRows: false);
        var starts = Starts(parts);

        // Set again with the page numbers; the cover keeps its page count (the numbers have a column of their own), but
        // should it not, the numbering is settled again until nothing moves.
        while (true)
        {
            var numbered = cover.Typeset(pack, members, profile, paper, root, meta, starts);
            var coverPages = numbered.Paginate(parts[0].FooterHeight, reportRows: false);
            if (coverPages.Count == parts[0].Pages.Count)
            {
                parts[0] = new SettledPart(numbered, coverPages, parts[0].FooterHeight);
                break;
            }

            parts = PageNumbering.Settle([numbered, .. members], reportRows: false);
            starts = Starts(parts);
        }

        var pages = PageNumbering.Number(parts);
        Bookmarks(parts);
        var grafts = members.ToDictionary(m => m.Root, _ => root);

        // Most of a PDF's cost is writing and compressing its pages: a handout cut as for its own PDF reuses its bodies.
        var bodies = parts.SelectMany(p => (IEnumerable<PageContent?>?)p.Document.BodiesFor(p.FooterHeight, p.Pages.Count) ?? new PageContent?[p.Pages.Count]).ToList();
        var bytes = PdfDocumentWriter.WritePages(pages, paper, root, meta, grafts, foldOutline: true, bodies).Bytes;
        return new PrintedPdf(SiteFile.Binary(SitePaths.Pack(pack.Language, pack.Reader, profile.IsLargePrint), bytes), pages.Count);
    }

    /// <summary>The page index each handout starts on (the parts after the cover).</summary>
    private static List<int> Starts(List<SettledPart> parts)
    {
        var starts = new List<int>();
        var at = parts[0].Pages.Count;
        foreach (var part in parts.Skip(1))
        {
            starts.Add(at);
            at += part.Pages.Count;
        }

        return starts;
    }

    /// <summary>One bookmark per handout, at its title, with its headings inside; the cover has none (the pack opens
    /// on it). The handouts' pages were cut for this pack alone, so their bookmarks can be changed here.</summary>
    private static void Bookmarks(List<SettledPart> parts)
    {
        foreach (var page in parts[0].Pages) page.Bookmarks.Clear();
        foreach (var part in parts.Skip(1))
        {
            var first = part.Pages[0].Bookmarks.FirstOrDefault(b => b.Level == 1);
            foreach (var page in part.Pages) page.Bookmarks.RemoveAll(b => b.Level == 1);
            part.Pages[0].Bookmarks.Insert(0, new Bookmark(part.Document.Title, 1, first?.Y ?? 0));
        }
    }

    private PdfMetadata Meta(PrintPack pack, IReadOnlyList<TypesetDocument> members)
    {
        var lang = pack.Language;
        var label = models.Label(pack.Reader, lang);
        var (taxonomy, site) = (content.Taxonomy, content.Site);
        var keywords = string.Join(", ", new[] { taxonomy.Cancer(pack.Reader.Cancer!)?.Name(lang, site.DefaultLanguage), pack.Reader.Treatment is { } t ? taxonomy.Treatment(t)?.Name(lang, site.DefaultLanguage) : null }.OfType<string>());
        return new PdfMetadata($"{strings.Text(lang, "pack_title")}: {label}", lang, string.Join("; ", members.Select(m => m.Title)), keywords, site.Clinic.Name, pack.Date);
    }
}
