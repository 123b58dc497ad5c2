using Handouts.Checks;
using Handouts.Diagnostics;

namespace Handouts.Build;

internal enum BuildOutcome
{
    Succeeded,
    ContentErrors,
    UsageError,
}

internal sealed record BuildResult(BuildOutcome Outcome, IReadOnlyList<Diagnostic> Diagnostics, int Pages, int Variants, int Handouts, TimeSpan Elapsed, QualityReport? Quality)
{
    public int ExitCode => Outcome switch
    {
        BuildOutcome.Succeeded => 0,
        BuildOutcome.ContentErrors => 1,
        _ => 2,
    };
}
