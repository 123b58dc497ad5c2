using Handouts.Files;

namespace Handouts.Output;

/// <summary><c>handouts theme export DIR</c>: writes the built-in theme out as files, for a clinic to copy the ones it
/// wants to change into its templates folder. Only into a folder that is new or empty, so a clinic's edited theme is
/// never overwritten.</summary>
internal static class ThemeExport
{
    /// <summary>The number of files written, or the reason nothing was.</summary>
    public static (int Files, string? Refusal) Run(EmbeddedTheme theme, string folder)
    {
        if (File.Exists(folder)) return (0, $"'{folder}' is a file");
        if (Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any()) return (0, $"'{folder}' is not empty; export into a new folder");
        var count = 0;
        foreach (var path in theme.Paths)
        {
            // The theme's own names, checked like any site path: nothing the theme names can land outside the folder.
            var full = SinkPath.Resolve(Path.GetFullPath(folder), path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllBytes(full, theme.Read(path)!);
            count++;
        }

        return (count, null);
    }
}
