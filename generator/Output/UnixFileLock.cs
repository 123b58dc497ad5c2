using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace Handouts.Output;

/// <summary>flock(2), called directly. .NET takes the same lock itself when a file is opened with FileShare.None,
/// but this generator switches that off (System.IO.DisableFileLocking in Handouts.csproj, for speed), and the
/// output's lock must hold between processes regardless.</summary>
internal static partial class UnixFileLock
{
    private const int LockExclusive = 2;
    private const int LockNonBlocking = 4;
    private const int Interrupted = 4;

    /// <summary>EWOULDBLOCK: 11 on Linux, 35 on macOS and the BSDs.</summary>
    public static int WouldBlock => OperatingSystem.IsLinux() || OperatingSystem.IsAndroid() ? 11 : 35;

    /// <summary>True when this handle now holds the file's exclusive lock, false when another open file holds it.</summary>
    public static bool TryLockExclusive(SafeFileHandle handle, string path)
    {
        while (true)
        {
            if (Flock((int)handle.DangerousGetHandle(), LockExclusive | LockNonBlocking) == 0) return true;
            var errno = Marshal.GetLastPInvokeError();
            if (errno == Interrupted) continue;
            if (errno == WouldBlock) return false;
            throw new IOException($"could not lock {path}: {Marshal.GetPInvokeErrorMessage(errno)}");
        }
    }

    [LibraryImport("libc", EntryPoint = "flock", SetLastError = true)]
    private static partial int Flock(int fd, int operation);
}
