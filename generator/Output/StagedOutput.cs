using System.Buffers;
using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace Handouts.Output;

/// <summary>Write stage: pages go into a staging folder beside the output, which replaces the output only when the
/// whole build succeeded. Made by an <see cref="OutputClaim"/>, so its build holds the output's lock; every step that
/// changes what is beside the output is recorded in the journal first, so a build stopped at any point leaves the
/// next one able to put back the previous site.</summary>
internal sealed class StagedOutput : IPageSink, IDisposable
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly OutputPlace place;
    private readonly Action<CommitStep>? onStep;
    private readonly string stagingName;
    private readonly PreviousSite? previous;
    private readonly ConcurrentDictionary<string, bool> folders = new(StringComparer.Ordinal);
    private readonly ConcurrentBag<string> written = [];
    private bool commitStarted;

    /// <param name="onStep">Called after each step of the commit; tests throw from it to stop a commit there.</param>
    public StagedOutput(OutputPlace place, Action<CommitStep>? onStep = null)
    {
        this.place = place;
        this.onStep = onStep;
        stagingName = place.NewStagingName();
        Staging = place.Beside(stagingName);
        previous = PreviousSite.At(place.Target);
        // Recorded before it exists: a build killed at any moment leaves nothing the next one cannot name.
        new OutputJournal(JournalStep.Building, stagingName, null).Write(place);
        Directory.CreateDirectory(Staging);
        folders.TryAdd(Staging, true);
    }

    public string Staging { get; }

    /// <summary>Every path written so far, sorted: what a release lists and zips.</summary>
    public IReadOnlyList<string> Written => [.. written.Order(StringComparer.Ordinal)];

    /// <summary>Encoded into a pooled buffer: pages are most of what a build allocates, and each is written once.</summary>
    public void WriteText(string relativePath, string text)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(Utf8.GetByteCount(text));
        try
        {
            WriteBytes(relativePath, buffer.AsSpan(0, Utf8.GetBytes(text, buffer)));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    public void WriteBytes(string relativePath, ReadOnlySpan<byte> bytes)
    {
        var full = SinkPath.Resolve(Staging, relativePath);
        EnsureFolder(Path.GetDirectoryName(full)!, relativePath);
        written.Add(relativePath);
        if (previous is not null && previous.TryLink(relativePath, full, bytes)) return;
        // A raw handle and one positional write: no FileStream buffer, no seek. CreateNew because every path is written
        // once per build (a second write would be a bug worth failing on), and because it never follows a link.
        using var handle = File.OpenHandle(full, FileMode.CreateNew, FileAccess.Write);
        RandomAccess.Write(handle, bytes, 0);
    }

    /// <summary>A file too large to hold in memory (a release's zip), written as <paramref name="write"/> goes.</summary>
    public void WriteStream(string relativePath, Action<Stream> write)
    {
        var full = SinkPath.Resolve(Staging, relativePath);
        EnsureFolder(Path.GetDirectoryName(full)!, relativePath);
        written.Add(relativePath);
        using var stream = new FileStream(full, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 1 << 16);
        write(stream);
    }

    /// <summary>A file this build wrote, read back (a release zips the staged site, exactly what is committed).</summary>
    public byte[] ReadBack(string relativePath) => File.ReadAllBytes(SinkPath.Resolve(Staging, relativePath));

    /// <summary>The SHA-256 of a file this build wrote, read in pieces.</summary>
    public byte[] Sha256(string relativePath)
    {
        using var stream = new FileStream(SinkPath.Resolve(Staging, relativePath), FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1 << 16);
        return SHA256.HashData(stream);
    }

    /// <summary>Each folder is created once, its parents first, and none may be a link: a link inside the staging
    /// folder would carry the files after it out of the staging folder. Thousands of pages share a few hundred
    /// folders, and the system calls are a measurable share of a large build.</summary>
    private void EnsureFolder(string folder, string relativePath)
    {
        if (folders.ContainsKey(folder)) return;
        EnsureFolder(Path.GetDirectoryName(folder)!, relativePath);
        if (new FileInfo(folder).LinkTarget is not null)
            throw new UnsafeOutputPathException(relativePath, $"'{Path.GetRelativePath(Staging, folder)}' in the staging folder is a symbolic link");
        Directory.CreateDirectory(folder);
        folders.TryAdd(folder, true);
    }

    /// <summary>Swaps the staging folder in. The previous site is renamed to a backup and the staging folder renamed to
    /// the output; the journal says which before either happens, so whatever stops the commit, the previous site is put
    /// back (here, or by the next build) unless the new one is already in place.</summary>
    public void Commit()
    {
        WriteText(OutputGuard.MarkerName, "This folder is written by `handouts build` and replaced on every build.\n");
        commitStarted = true;
        try
        {
            Swap();
        }
        catch (Exception failure)
        {
            try
            {
                OutputRecovery.Run(place);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // The journal is still there: the next build finishes the recovery.
                throw new AggregateException(failure, e);
            }

            throw;
        }
    }

    private void Swap()
    {
        Step(CommitStep.Staged);
        var backupName = Directory.Exists(place.Target) ? place.NewBackupName() : null;
        new OutputJournal(JournalStep.Swapping, stagingName, backupName).Write(place);
        Step(CommitStep.Journaled);
        if (backupName is not null) Directory.Move(place.Target, place.Beside(backupName));
        Step(CommitStep.MovedAside);
        Directory.Move(Staging, place.Target);
        Step(CommitStep.MovedIn);
        new OutputJournal(JournalStep.Cleaning, stagingName, backupName).Write(place);
        Step(CommitStep.Confirmed);
        if (backupName is not null)
        {
            try
            {
                OwnedPath.Delete(place.Beside(backupName));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // The new site is in place; a file of the old one still open (a web server, a virus scanner on
                // Windows) only delays the cleaning: the journal stays, and the next build removes the backup.
                return;
            }
        }

        Step(CommitStep.BackupDeleted);
        OutputJournal.Delete(place);
    }

    private void Step(CommitStep step) => onStep?.Invoke(step);

    /// <summary>A build that did not commit removes its staging folder, then the journal that named it. Once a commit
    /// has started, its own recovery (or the next build's) owns what is left.</summary>
    public void Dispose()
    {
        if (commitStarted) return;
        OwnedPath.Delete(Staging);
        OutputJournal.Delete(place);
    }
}
