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
            Directory.Delete(path, recursive: true);
        }
        else if (File.Exists(path))
        {
            File.Delete(path);
        }
    }

    private static bool IsLink(string path) => new FileInfo(path).LinkTarget is not null;
}
