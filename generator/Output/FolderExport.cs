using Handouts.Files;

namespace Handouts.Output;

/// <summary>Writes files built into the binary out as a folder: the theme (<c>handouts theme export</c>), for a clinic to
/// copy the ones it wants to change, or a new clinic repository (<c>handouts init</c>). Only into a folder that is new
/// or empty, so nothing a clinic edited is ever overwritten.</summary>
internal static class FolderExport
{
    /// <summary>The number of files written, or the reason nothing was; <paramref name="edit"/> may change a file's
    /// bytes on the way.</summary>
    public static (int Files, string? Refusal) Run(EmbeddedFiles files, string folder, Func<string, byte[], byte[]>? edit = null)
    {
        if (File.Exists(folder)) return (0, $"'{folder}' is a file");
        if (Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any()) return (0, $"'{folder}' is not empty; export into a new folder");
        var count = 0;
        foreach (var path in files.Paths)
        {
            // Our own names, checked like any site path: nothing named there can land outside the folder.
            var full = SinkPath.Resolve(Path.GetFullPath(folder), path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            var bytes = files.Read(path)!;
            File.WriteAllBytes(full, edit is null ? bytes : edit(path, bytes));
            count++;
        }

        return (count, null);
    }
}
