using Handouts.Site;

namespace Handouts.Pdf.Packs;

/// <summary>The waiting-room prints of a site, as jobs the recipe spreads over the cores: every pack (standard and
/// large print) and every poster. Made after every handout's job, from what those jobs put on the shelf.</summary>
internal sealed class WaitingRoomPrints(PackPdfs packs, PosterPdfs posters, PrintReport report)
{
    public IReadOnlyList<Func<IEnumerable<PrintedPdf>>> Jobs(IReadOnlyList<PrintPack> plannedPacks, IReadOnlyList<PrintPoster> plannedPosters) =>
    [
        .. plannedPacks.Select(pack => (Func<IEnumerable<PrintedPdf>>)(() => Guard(() => packs.Render(pack).ToList()))),
        .. plannedPosters.Select(poster => (Func<IEnumerable<PrintedPdf>>)(() => Guard(() => posters.Render(poster) is { } pdf ? [pdf] : []))),
    ];

    /// <summary>A layout the print template's header and footer leave no room for is reported there, as for a
    /// handout (see <see cref="TypesetDocument.Paginate"/>).</summary>
    private List<PrintedPdf> Guard(Func<List<PrintedPdf>> job)
    {
        try
        {
            return job();
        }
        catch (InvalidDataException e)
        {
            report.AtTemplate(e.Message);
            return [];
        }
    }
}
