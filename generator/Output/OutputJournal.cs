using System.Text;

namespace Handouts.Output;

internal enum JournalStep
{
    /// <summary>The staging folder is being written; the output is untouched.</summary>
    Building,

    /// <summary>The output may be moved aside to the backup and the staging folder moved in.</summary>
    Swapping,

    /// <summary>The new site is the output; the backup is only waiting to be deleted.</summary>
    Cleaning,
}

/// <summary>The record a build keeps beside the output of what it has made there and how far its swap got. The next
/// build reads it to put things right after a kill, instead of guessing from folder times; it exists only while a
/// build is in progress or after one was stopped.</summary>
internal sealed record OutputJournal(JournalStep Step, string Staging, string? Backup)
{
    // A real journal is four short lines.
    private const long MaxBytes = 4096;

    private const string Header = "handouts-journal 1";

    /// <summary>Written in full to a draft and renamed over the journal: the rename is atomic, so a kill leaves the old
    /// record or the new one, never half of one.</summary>
    public void Write(OutputPlace place)
    {
        var text = new StringBuilder()
            .Append(Header).Append('\n')
            .Append("step ").Append(Step.ToString().ToLowerInvariant()).Append('\n')
            .Append("staging ").Append(Staging).Append('\n');
        if (Backup is not null) text.Append("backup ").Append(Backup).Append('\n');
        // A draft left by a killed build, or a link planted under its name, is removed, and the draft is created new:
        // writing through an existing name could write wherever a link points.
        OwnedPath.Delete(place.JournalDraft);
        using (var draft = new FileStream(place.JournalDraft, FileMode.CreateNew, FileAccess.Write))
            draft.Write(Encoding.UTF8.GetBytes(text.ToString()));
        File.Move(place.JournalDraft, place.JournalFile, overwrite: true);
    }

    /// <summary>The journal, or null when there is none or it is not one this build wrote: a record naming anything
    /// but this output's own staging and backup folders is ignored, so no file can steer a build's deletes.</summary>
    public static OutputJournal? Read(OutputPlace place)
    {
        // A journal planted as a link (to /dev/zero, say), a folder or anything large is not one a build wrote.
        var info = new FileInfo(place.JournalFile);
        if (!info.Exists || info.LinkTarget is not null || !Files.FileKind.IsRegular(place.JournalFile) || info.Length > MaxBytes) return null;
        string[] lines;
        try
        {
            lines = File.ReadAllText(place.JournalFile).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        if (lines.Length is < 3 or > 4 || lines[0] != Header) return null;
        var fields = lines.Skip(1).Select(l => l.Split(' ', 2)).Where(f => f.Length == 2).ToDictionary(f => f[0], f => f[1], StringComparer.Ordinal);
        if (fields.Count != lines.Length - 1
            || !fields.TryGetValue("step", out var stepText) || !Enum.TryParse<JournalStep>(stepText, ignoreCase: true, out var step) || !Enum.IsDefined(step)
            || !fields.TryGetValue("staging", out var staging) || !place.IsStagingName(staging))
            return null;
        var backup = fields.GetValueOrDefault("backup");
        if (backup is not null && !place.IsBackupName(backup)) return null;
        return new OutputJournal(step, staging, backup);
    }

    public static void Delete(OutputPlace place) => OwnedPath.Delete(place.JournalFile);
}
