namespace Handouts.Files;

/// <summary>How a file system compares names. Windows and macOS ignore case by default, Linux does not, and any of
/// them can mount the other kind; so it is asked of the folder itself, by looking up an existing name with its case
/// flipped. Nothing is written: a probe file would itself be a write outside the places a build owns.</summary>
internal static class FileSystemCase
{
    public static StringComparison ComparisonFor(string realPath)
    {
        for (var dir = realPath; Path.GetDirectoryName(dir) is { } parent; dir = parent)
        {
            var name = Path.GetFileName(dir);
            var flipped = Flip(name);
            if (flipped == name || !Directory.Exists(dir)) continue;
            // Both spellings existing as two folders on a case-sensitive system reads as "ignores case": the stricter
            // comparison, which can only refuse more.
            return Directory.Exists(Path.Combine(parent, flipped)) ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        }

        return OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
    }

    private static string Flip(string name) =>
        string.Create(name.Length, name, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
                span[i] = char.IsUpper(source[i]) ? char.ToLowerInvariant(source[i]) : char.ToUpperInvariant(source[i]);
        });
}
