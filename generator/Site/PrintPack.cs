using Handouts.Tailoring;

namespace Handouts.Site;

/// <summary>A waiting-room pack: the handouts of one reader (a cancer type, maybe a treatment, a language), each in
/// the version that reader gets, printed as one PDF.</summary>
internal sealed record PrintPack(string Language, Variant Reader, IReadOnlyList<PackEntry> Entries)
{
    /// <summary>The pack is as recent as its most recently reviewed handout: a date from the content, never the clock,
    /// so a rebuild gives the same bytes.</summary>
    public DateOnly Date => Entries.Max(e => e.Handout.Handout.Reviewed);
}

/// <summary>One handout of a pack, in the version the pack's reader gets.</summary>
internal sealed record PackEntry(PlannedHandout Handout, Variant Version);
