using System.Collections.Concurrent;
using Handouts.Content;
using Handouts.Site;
using Handouts.Tailoring;
using Handouts.Text;

namespace Handouts.Templates;

/// <summary>A link in a list of handouts: title and address, text escaped.</summary>
internal sealed record HandoutLinkModel(string Title, string Href);

/// <summary>"More handouts for you" on a version's page: other handouts written for the same reader (their cancer type,
/// and their treatment where the version has one, unless a handout is for every treatment), each linked to its version for that reader, as links in a body
/// are (<see cref="SiteIndex.PathOf"/>). At most <see cref="Most"/>, by title; the cancer page lists them all.</summary>
internal sealed class ForYouLinks(SiteIndex index)
{
    public const int Most = 8;

    // Which handouts fit a reader depends only on the language and the reader, so each list is found once per build
    // however many pages show it.
    private readonly ConcurrentDictionary<(string Lang, string? Cancer, string? Treatment), List<PlannedHandout>> fitting = new();

    public IReadOnlyList<HandoutLinkModel> For(PlannedHandout current, Variant reader, string root)
    {
        if (reader.IsGeneral) return [];
        var lang = current.Handout.Language;
        return fitting.GetOrAdd((lang, reader.Cancer, reader.Treatment), key => Fitting(key.Lang, key.Cancer, key.Treatment))
            .Where(h => h.Handout.Slug != current.Handout.Slug)
            .Take(Most)
            .Select(h => new HandoutLinkModel(HtmlText.Escape(h.Handout.Title), root + index.PathOf(new HandoutLink(h.Handout.Slug, lang, ""), reader)))
            .ToList();
    }

    private List<PlannedHandout> Fitting(string lang, string? cancer, string? treatment) =>
        [.. index.InLanguage(lang)
            .Where(h => cancer is null || h.Handout.Declares(TermKind.Cancer, cancer))
            .Where(h => treatment is null || h.Handout.Treatments.Count == 0 || h.Handout.Declares(TermKind.Treatment, treatment))
            .OrderBy(h => h.Handout.Title, StringComparer.Ordinal).ThenBy(h => h.Handout.Slug, StringComparer.Ordinal)];
}
