namespace Handouts.Release;

internal enum DifferenceKind
{
    Missing,
    Extra,
    Changed,
}

/// <summary>One way a deployed site differs from its manifest.</summary>
internal sealed record SiteDifference(DifferenceKind Kind, string Path, string Detail);
