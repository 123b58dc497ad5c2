namespace Handouts.Output;

/// <summary>Turns a site path (<c>en/steroids/index.html</c>) into a file in the staging folder, refusing any that
/// could name a file anywhere else, or a different file on another system: the site is built on Linux and Windows
/// alike, and published from both. Folders along the way are checked for links where they are created.</summary>
internal static class SinkPath
{
    private static readonly HashSet<string> WindowsDeviceNames = new(
        ["CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9"],
        StringComparer.OrdinalIgnoreCase);

    public static string Resolve(string staging, string relativePath)
    {
        Check(relativePath);
        var full = Path.GetFullPath(Path.Combine(staging, relativePath));
        // Belt and braces: whatever the checks above missed, the result must still be under the staging folder.
        if (!full.StartsWith(staging + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            throw new UnsafeOutputPathException(relativePath, "it resolves outside the staging folder");
        return full;
    }

    /// <summary>Refuses a path that could not be written into a staging folder, wherever the files are going.</summary>
    public static void Check(string relativePath)
    {
        if (Problem(relativePath) is { } why) throw new UnsafeOutputPathException(relativePath, why);
    }

    private static string? Problem(string path)
    {
        if (path.Length == 0) return "it is empty";
        if (path.Any(char.IsControl)) return "it contains a control character (NUL included)";
        if (path.Contains('\\')) return "it contains a backslash, a folder separator on Windows: use '/'";
        if (path.Contains(':')) return "it contains ':', a drive letter or an alternate data stream on Windows";
        if (path.StartsWith('/') || Path.IsPathRooted(path)) return "it is an absolute path";
        foreach (var segment in path.Split('/'))
        {
            if (segment.Length == 0) return "it has an empty segment ('//' or a '/' at an end)";
            if (segment is "." or "..") return $"it has a '{segment}' segment";
            // Windows drops trailing dots and spaces, so "a." and "a" would be one file there, and ".. " would be "..".
            if (segment.EndsWith('.') || segment.EndsWith(' ')) return $"the segment '{segment}' ends with a dot or a space";
            if (OperatingSystem.IsWindows() && WindowsDeviceNames.Contains(segment.Split('.')[0]))
                return $"'{segment}' names a device on Windows";
        }

        return null;
    }
}
