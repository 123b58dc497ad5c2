using System.Buffers;

namespace Handouts.Output;

/// <summary>The output folder and the few names a build owns beside it: its lock, its journal, its staging folders and
/// the backup of the previous site during a swap. Each kind has its own fixed prefix followed by the output's full
/// name (and, for folders, exactly 32 hex digits), so the names of two outputs in one folder can never be confused:
/// a build of <c>_site</c> never touches the staging folder of <c>_site-a</c>.</summary>
internal sealed class OutputPlace
{
    private const string StagingPrefix = ".handouts-staging-";
    private const string BackupPrefix = ".handouts-old-";
    private static readonly SearchValues<char> Hex = SearchValues.Create("0123456789abcdef");

    /// <param name="target">The real path of the output folder (<see cref="Files.RealPath"/>); never a root.</param>
    public OutputPlace(string target)
    {
        Target = target;
        Parent = Path.GetDirectoryName(target)!;
        Name = Path.GetFileName(target);
    }

    public string Target { get; }

    public string Parent { get; }

    public string Name { get; }

    public string LockFile => Beside(".handouts-lock-" + Name);

    public string JournalFile => Beside(".handouts-journal-" + Name);

    /// <summary>The journal is written here first and renamed over the real one, so a kill never leaves half a record.</summary>
    public string JournalDraft => Beside(".handouts-journal.new-" + Name);

    public string Beside(string name) => Path.Combine(Parent, name);

    public string NewStagingName() => $"{StagingPrefix}{Name}-{Guid.NewGuid():N}";

    public string NewBackupName() => $"{BackupPrefix}{Name}-{Guid.NewGuid():N}";

    public bool IsStagingName(string name) => IsOwnedFolderName(name, StagingPrefix);

    public bool IsBackupName(string name) => IsOwnedFolderName(name, BackupPrefix);

    /// <summary>Staging and backup folders of this output that exist now, whoever left them.</summary>
    public IEnumerable<string> OwnedFolders() => Directory.Exists(Parent)
        ? Directory.EnumerateFileSystemEntries(Parent, ".handouts-*").Where(p => IsStagingName(Path.GetFileName(p)) || IsBackupName(Path.GetFileName(p))).Order(StringComparer.Ordinal).ToList()
        : [];

    private bool IsOwnedFolderName(string name, string prefix)
    {
        var start = prefix + Name + "-";
        return name.Length == start.Length + 32 && name.StartsWith(start, StringComparison.Ordinal) && !name.AsSpan(start.Length).ContainsAnyExcept(Hex);
    }
}
