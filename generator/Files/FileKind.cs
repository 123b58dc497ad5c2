using System.Runtime.InteropServices;

namespace Handouts.Files;

/// <summary>Whether a path is a regular file. .NET reports FIFOs, sockets and devices as ordinary files, and opening a
/// FIFO for reading blocks until someone writes to it: a build would hang on a <c>mkfifo</c> in a pull request. So the
/// type is asked of the operating system before the file is opened.</summary>
internal static partial class FileKind
{
    private const int FileTypeMask = 0xF000;
    private const int RegularFile = 0x8000;

    public static bool IsRegular(string path)
    {
        if (OperatingSystem.IsLinux()) return LinuxMode(path) is { } mode && (mode & FileTypeMask) == RegularFile;
        if (OperatingSystem.IsMacOS()) return MacMode(path) is { } mode && (mode & FileTypeMask) == RegularFile;

        // Windows has no FIFOs in the file system; devices (CON, NUL, COM1) are refused by name in FileRoot.
        var attributes = File.GetAttributes(path);
        return (attributes & (FileAttributes.Directory | FileAttributes.Device)) == 0;
    }

    /// <summary>statx(2) has one layout on every Linux architecture: the mode is the 16 bits at offset 28.</summary>
    private static int? LinuxMode(string path)
    {
        const int atFdCwd = -100;
        const uint statxType = 0x1;
        var buffer = new byte[256];
        return Statx(atFdCwd, path, 0, statxType, buffer) == 0 ? BitConverter.ToUInt16(buffer, 28) : null;
    }

    /// <summary>macOS's 64-bit-inode <c>struct stat</c> puts the 16-bit mode at offset 4 (x64 exports it as
    /// <c>stat$INODE64</c>; arm64 has only that layout, under the plain name).</summary>
    private static int? MacMode(string path)
    {
        var buffer = new byte[256];
        var result = RuntimeInformation.ProcessArchitecture == Architecture.X64 ? StatInode64(path, buffer) : Stat(path, buffer);
        return result == 0 ? BitConverter.ToUInt16(buffer, 4) : null;
    }

    [LibraryImport("libc", EntryPoint = "statx", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Statx(int directory, string path, int flags, uint mask, [Out] byte[] buffer);

    [LibraryImport("libc", EntryPoint = "stat", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Stat(string path, [Out] byte[] buffer);

    [LibraryImport("libc", EntryPoint = "stat$INODE64", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int StatInode64(string path, [Out] byte[] buffer);
}
