using Handouts.Files;
using Handouts.Diagnostics;

namespace Handouts.Output;

/// <summary>Puts the output right after a build that was stopped: the first thing a build does once it holds the
/// output's lock, so no other build can be using what it removes. What to keep is read from the journal: a previous
/// site moved aside and never replaced is moved back; staging folders, and a backup whose replacement is in place, are
/// removed.</summary>
internal static class OutputRecovery
{
    /// <returns>What was done, for the build to say; or a refusal when the state is not one a build leaves.</returns>
    public static (IReadOnlyList<string> Notes, Diagnostic? Refusal) Run(OutputPlace place)
    {
        var notes = new List<string>();
        if (OutputJournal.Read(place) is { } journal)
        {
            if (FromJournal(place, journal, notes) is { } refusal) return (notes, refusal);
            OutputJournal.Delete(place);
        }

        Unrecorded(place, notes);
        OwnedPath.Delete(place.JournalDraft);
        return (notes, null);
    }

    private static Diagnostic? FromJournal(OutputPlace place, OutputJournal journal, List<string> notes)
    {
        var staging = place.Beside(journal.Staging);
        var backup = journal.Backup is null ? null : place.Beside(journal.Backup);
        if (backup is not null && OwnedPath.IsReal(backup))
        {
            if (!OwnedPath.Exists(place.Target))
            {
                Directory.Move(backup, place.Target);
                notes.Add($"restored the previous site to {DisplayPath.Of(place.Target)}: a build was stopped while replacing it");
            }
            else if (journal.Step == JournalStep.Swapping && OwnedPath.Exists(staging))
            {
                // The new site never moved in, yet something else now stands where the previous one was: neither may
                // be deleted, and which one the clinic wants is for a person to say.
                return OutputGuard.Refuse(place.Target, $"a build was stopped while replacing it and it was re-created since; the previous site is in {DisplayPath.Of(backup)}: move it back, or delete it, and build again");
            }
        }

        OwnedPath.Delete(staging);
        if (backup is not null) OwnedPath.Delete(backup);
        return null;
    }

    /// <summary>Staging and backup folders no journal names were left by a version of handouts that kept no journal.
    /// Under the lock no build can be using them. One such version could be killed between its two renames, leaving
    /// its backup as the only copy of the site: that copy is moved back first, the newest if several.</summary>
    private static void Unrecorded(OutputPlace place, List<string> notes)
    {
        var folders = place.OwnedFolders().ToList();
        if (!OwnedPath.Exists(place.Target))
        {
            var newest = folders
                .Where(f => place.IsBackupName(Path.GetFileName(f)) && OwnedPath.IsReal(f) && File.Exists(Path.Combine(f, OutputGuard.MarkerName)))
                .MaxBy(f => File.GetLastWriteTimeUtc(Path.Combine(f, OutputGuard.MarkerName)));
            if (newest is not null)
            {
                Directory.Move(newest, place.Target);
                folders.Remove(newest);
                notes.Add($"restored the previous site to {DisplayPath.Of(place.Target)} from {Path.GetFileName(newest)}, left by an earlier build that was stopped while replacing it");
            }
        }

        foreach (var folder in folders) OwnedPath.Delete(folder);
    }
}
