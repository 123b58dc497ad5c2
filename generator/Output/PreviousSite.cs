using System.Buffers;
using System.Runtime.InteropServices;

namespace Handouts.Output;

/// <summary>The site the last build committed, whose files a new build may reuse. A rebuild writes mostly the same
/// bytes again (a nurse edits one handout of hundreds), and creating a file is the dearest thing a build does: on the
/// benchmark's ext4 volume a new file costs several times a hard link to the old one, and deleting the old site then
/// frees no inodes. So a staged file that would be byte for byte the previous one becomes a second name for it.
/// The staging folder still holds a whole site, committed or dropped as before, and the previous site is only read.
/// Linux only: it is where CI and the benchmark run, and its statx layout is fixed; elsewhere every file is written.</summary>
internal sealed partial class PreviousSite
{
    private const int AtFdCwd = -100;
    private const int AtSymlinkNoFollow = 0x100;
    private const uint StatxType = 0x1;
    private const uint StatxSize = 0x200;
    private const int FileTypeMask = 0xF000;
    private const int RegularFile = 0x8000;
    private readonly string root;

    private PreviousSite(string root) => this.root = root;

    /// <summary>The site at <paramref name="target"/> when there is one to reuse: a real folder (the output guard has
    /// already judged it one of ours).</summary>
    public static PreviousSite? At(string target) =>
        OperatingSystem.IsLinux() && OwnedPath.IsReal(target) ? new PreviousSite(target) : null;

    /// <summary>Makes <paramref name="staged"/> a hard link to the previous site's file at the same place when that
    /// file is a regular file (never a symbolic link) holding exactly <paramref name="bytes"/>; false, having
    /// changed nothing, when it is not.</summary>
    public bool TryLink(string relativePath, string staged, ReadOnlySpan<byte> bytes)
    {
        var previous = Path.Combine(root, relativePath);
        if (RegularFileSize(previous) != bytes.Length) return false;
        if (!SameBytes(previous, bytes)) return false;
        // link(2) does not follow a symbolic link, so even a file swapped for one since the check cannot be
        // published as a link; a failure (another file system, a limit on links) just means the file is written.
        return Link(previous, staged) == 0;
    }

    /// <summary>The size of a regular file, not following a link; null for anything else or nothing.</summary>
    private static long? RegularFileSize(string path)
    {
        Span<byte> statx = stackalloc byte[256];
        if (Statx(AtFdCwd, path, AtSymlinkNoFollow, StatxType | StatxSize, statx) != 0) return null;
        // statx(2) has one layout on every Linux architecture: mode at 28 (16 bits), size at 40 (64 bits).
        var mode = BitConverter.ToUInt16(statx[28..]);
        return (mode & FileTypeMask) == RegularFile ? BitConverter.ToInt64(statx[40..]) : null;
    }

    private static bool SameBytes(string path, ReadOnlySpan<byte> bytes)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(bytes.Length + 1);
        try
        {
            using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read);
            var total = 0;
            // One byte more than expected, so a file grown since it was measured is not taken for the same.
            for (int read; total <= bytes.Length && (read = RandomAccess.Read(handle, buffer.AsSpan(total, bytes.Length + 1 - total), total)) > 0;)
                total += read;
            return total == bytes.Length && buffer.AsSpan(0, total).SequenceEqual(bytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    [LibraryImport("libc", EntryPoint = "statx", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Statx(int directory, string path, int flags, uint mask, Span<byte> buffer);

    [LibraryImport("libc", EntryPoint = "link", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Link(string existing, string created);
}
