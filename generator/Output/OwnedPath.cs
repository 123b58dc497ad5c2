using System.IO.Enumeration;
using Handouts.Threading;

namespace Handouts.Output;

/// <summary>Looking at and removing the names a build owns beside the output. Those names sit in a folder others can
/// write to (a repository checkout, for one), so one of them may be a symbolic link planted there: it is treated as a
/// name to remove, never followed into what it points at.</summary>
internal static class OwnedPath
{
    /// <summary>A real folder, not a link to one.</summary>
    public static bool IsReal(string path) => Directory.Exists(path) && !IsLink(path);

    /// <summary>Anything at all under that name, a dangling link included.</summary>
    public static bool Exists(string path) => Path.Exists(path) || IsLink(path);

    public static void Delete(string path)
    {
        if (IsLink(path))
        {
            if (OperatingSystem.IsWindows() && Directory.Exists(path)) Directory.Delete(path);
            else File.Delete(path);
        }
        else if (Directory.Exists(path))
        {
            DeleteTree(path);
        }
        else if (File.Exists(path))
        {
            File.Delete(path);
        }
    }

    private static bool IsLink(string path) => new FileInfo(path).LinkTarget is not null;

    /// <summary>Removes a folder and everything in it, never following a link out of it (a link is removed as a name).
    /// The names are removed on every core: after each build the whole previous site goes, thousands of names, and
    /// one thread doing it was a tenth of the 1,000-handout build's time.</summary>
    private static void DeleteTree(string root)
    {
        var folders = new List<string> { root };
        var names = new List<(string Path, bool FolderLink)>();
        var entries = new FileSystemEnumerable<(string Path, bool Folder, bool Link)>(
            root,
            (ref FileSystemEntry e) => (e.ToFullPath(), e.IsDirectory, (e.Attributes & FileAttributes.ReparsePoint) != 0),
            new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = false })
        {
            // A link to a folder is a name to remove, never a folder to enter.
            ShouldRecursePredicate = (ref FileSystemEntry e) => (e.Attributes & FileAttributes.ReparsePoint) == 0,
        };
        foreach (var (path, folder, link) in entries)
        {
            if (folder && !link) folders.Add(path);
            else names.Add((path, folder && link));
        }

        const int Batch = 64;
        WorkQueue.ForEach([.. names.Chunk(Batch)], batch =>
        {
            foreach (var (path, folderLink) in batch)
            {
                // Windows removes a link to a folder as a folder; elsewhere a link is a file.
                if (folderLink && OperatingSystem.IsWindows()) Directory.Delete(path);
                else File.Delete(path);
            }
        });

        // The enumeration lists a folder before what is in it, so backwards each folder is empty when removed.
        for (var i = folders.Count - 1; i >= 0; i--) Directory.Delete(folders[i]);
    }
}
