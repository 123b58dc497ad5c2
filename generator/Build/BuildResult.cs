using Handouts.Checks;
using Handouts.Diagnostics;

namespace Handouts.Build;

internal enum BuildOutcome
{
    Succeeded,
    ContentErrors,
    UsageError,
}

/// <summary>What a build wrote: pages patients can reach, tailored variants, source handouts; how many of those
/// handouts were taken from the build cache.</summary>
internal sealed record RenderCounts(int Pages, int Variants, int Handouts, int FromCache = 0, bool PrintsLeftOut = false);

/// <param name="Notes">What the build did besides building, to be said: putting back a site an earlier build left
/// moved aside.</param>
/// <param name="ReportFolder">Where the quality report was written besides the site: beside the output after a
/// failed build, or the folder <c>check --report</c> named.</param>
/// <param name="FromCache">How many handouts came from the build cache.</param>
/// <param name="PrintsLeftOut">Whether site.yml asks for waiting-room prints that this build was told to leave out
/// (<see cref="BuildOptions.Prints"/>), so a build with them is still to come.</param>
internal sealed record BuildResult(BuildOutcome Outcome, IReadOnlyList<Diagnostic> Diagnostics, int Pages, int Variants, int Handouts, TimeSpan Elapsed, QualityReport? Quality, IReadOnlyList<string>? Notes = null, string? ReportFolder = null, int FromCache = 0, bool PrintsLeftOut = false)
{
    public int ExitCode => Outcome switch
    {
        BuildOutcome.Succeeded => 0,
        BuildOutcome.ContentErrors => 1,
        _ => 2,
    };
}
