namespace Handouts.Files;

/// <summary>Paths in diagnostics are relative to where the command ran, like a compiler's, so editors can jump to them.</summary>
internal static class DisplayPath
{
    // Read once: the process never changes its folder, and asking the kernel for it per handout cost a tenth of a
    // second of system time on the 10,000-handout benchmark.
    private static readonly string WorkingDirectory = Directory.GetCurrentDirectory();

    public static string Of(string fullPath)
    {
        var relative = Path.GetRelativePath(WorkingDirectory, Path.GetFullPath(fullPath, WorkingDirectory));
        return relative.StartsWith("..", StringComparison.Ordinal) ? fullPath : relative;
    }

    /// <summary>The absolute path of a path shown in a diagnostic.</summary>
    public static string Full(string displayPath) => Path.GetFullPath(displayPath, WorkingDirectory);
}
