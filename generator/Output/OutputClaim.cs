using Handouts.Files;
using Handouts.Diagnostics;

namespace Handouts.Output;

/// <summary>A build's hold on its output folder, from its first step to its last: the folder is a safe place to
/// write (<see cref="OutputGuard"/>), this build alone holds its lock, and whatever an earlier, stopped build left
/// there has been put right. Only the holder of a claim writes, moves or deletes anything beside the output.</summary>
internal sealed class OutputClaim : IDisposable
{
    private readonly OutputLock held;

    private OutputClaim(OutputPlace place, OutputLock held, IReadOnlyList<string> notes)
    {
        Place = place;
        this.held = held;
        Notes = notes;
    }

    public OutputPlace Place { get; }

    /// <summary>What the recovery did, for the build to say.</summary>
    public IReadOnlyList<string> Notes { get; }

    /// <param name="other">The build's other output, kept clear like the content and templates (<see cref="OutputGuard.Check"/>).</param>
    public static (OutputClaim? Claim, Diagnostic? Refusal) Take(string outDir, string contentDir, string templatesDir, TimeSpan wait, (string Dir, string Name)? other = null)
    {
        // The output is judged where it really is, and written there: links on the way to it are followed once, here.
        var target = OutputGuard.Real(outDir);
        // Checked before the lock too, so a refused --out never gets a lock file beside it.
        if (OutputGuard.Check(target, contentDir, templatesDir, other) is { } refusal) return (null, refusal);
        var place = new OutputPlace(target);
        Directory.CreateDirectory(place.Parent);
        if (new FileInfo(place.LockFile).LinkTarget is not null)
            return (null, OutputGuard.Refuse(target, $"its lock file {DisplayPath.Of(place.LockFile)} is a symbolic link"));
        if (OutputLock.TryTake(place.LockFile, wait) is not { } held)
            return (null, Busy(outDir, wait));
        try
        {
            var (notes, stuck) = OutputRecovery.Run(place);
            // The recovery may have put a site back where there was none: the folder is judged again as it is now.
            if ((stuck ?? OutputGuard.CheckFolder(target)) is { } late)
            {
                held.Dispose();
                return (null, late);
            }

            return (new OutputClaim(place, held, notes), null);
        }
        catch
        {
            held.Dispose();
            throw;
        }
    }

    /// <summary>The staging folder this build writes into; it replaces the output on commit.</summary>
    public StagedOutput Stage(Action<CommitStep>? onStep) => new(Place, onStep);

    private static Diagnostic Busy(string outDir, TimeSpan wait) =>
        Diagnostic.Error(Codes.OutputBusy, SourceLocation.File(DisplayPath.Of(Path.GetFullPath(outDir))),
            $"another build is writing this output folder; waited {wait.TotalSeconds:0.#} s for it to finish. Run builds of one --out one after another, or give each its own --out");

    public void Dispose() => held.Dispose();
}
