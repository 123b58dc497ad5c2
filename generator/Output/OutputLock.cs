using System.Diagnostics;

namespace Handouts.Output;

/// <summary>The exclusive lock a build holds on its output from start to finish, so two builds of one output never
/// interleave. It is the operating system's lock on a file beside the output: the kernel drops it when the holder
/// exits or is killed, so a lock is never stale. The file is never deleted: a second build could otherwise lock a new
/// file of the same name while the first still holds the old one.</summary>
internal sealed class OutputLock : IDisposable
{
    public static readonly TimeSpan DefaultWait = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(50);
    private readonly FileStream file;

    private OutputLock(FileStream file) => this.file = file;

    /// <summary>Takes the lock, waiting up to <paramref name="wait"/> for another build to finish; null if it did not.</summary>
    public static OutputLock? TryTake(string path, TimeSpan wait)
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            if (TryOpen(path) is { } taken) return taken;
            var left = wait - waited.Elapsed;
            if (left <= TimeSpan.Zero) return null;
            Thread.Sleep(left < Poll ? left : Poll);
        }
    }

    private static OutputLock? TryOpen(string path)
    {
        FileStream? file = null;
        try
        {
            // FileShare.None is the lock on Windows, and on Unix when .NET's own file locking is on.
            file = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            if (!OperatingSystem.IsWindows() && !UnixFileLock.TryLockExclusive(file.SafeFileHandle, path))
            {
                file.Dispose();
                return null;
            }

            return new OutputLock(file);
        }
        catch (IOException e) when (HeldElsewhere(e))
        {
            file?.Dispose();
            return null;
        }
        catch
        {
            file?.Dispose();
            throw;
        }
    }

    /// <summary>The sharing or lock violation .NET reports when another open file holds the lock: Windows' error
    /// codes, or errno on Unix.</summary>
    private static bool HeldElsewhere(IOException e) => OperatingSystem.IsWindows()
        ? e.HResult is unchecked((int)0x80070020) or unchecked((int)0x80070021)
        : e.HResult == UnixFileLock.WouldBlock;

    public void Dispose() => file.Dispose();
}
