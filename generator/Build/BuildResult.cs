using Handouts.Checks;
using Handouts.Diagnostics;

namespace Handouts.Build;

internal enum BuildOutcome
{
    Succeeded,
    ContentErrors,
    UsageError,
}

/// <summary>What a build wrote: pages patients can reach, tailored variants, source handouts.</summary>
internal sealed record RenderCounts(int Pages, int Variants, int Handouts);

/// <param name="Notes">What the build did besides building, to be said: putting back a site an earlier build left
/// moved aside.</param>
/// <param name="ReportFolder">Where the quality report was written besides the site: beside the output after a
/// failed build, or the folder <c>check --report</c> named.</param>
internal sealed record BuildResult(BuildOutcome Outcome, IReadOnlyList<Diagnostic> Diagnostics, int Pages, int Variants, int Handouts, TimeSpan Elapsed, QualityReport? Quality, IReadOnlyList<string>? Notes = null, string? ReportFolder = null)
{
    public int ExitCode => Outcome switch
    {
        BuildOutcome.Succeeded => 0,
        BuildOutcome.ContentErrors => 1,
        _ => 2,
    };
}
