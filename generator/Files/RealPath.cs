namespace Handouts.Files;

/// <summary>The real location of a path: every symbolic link (or junction) resolved at every level, the way the
/// operating system will follow them when the file is opened. Judging a path by its spelling is not enough:
/// <c>images/chart.png</c> may be a link to <c>/proc/self/environ</c>, or <c>images</c> a link to <c>/</c>.</summary>
internal static class RealPath
{
    // The kernel gives up after 40 links (ELOOP); so do we, and treat the path as unreadable.
    private const int MaxLinks = 40;

    /// <summary>The absolute real path, or null when resolving needs more than <see cref="MaxLinks"/> links (a loop).
    /// Components that do not exist are kept as written.</summary>
    public static string? Resolve(string path)
    {
        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full)!;
        return Resolve(root, full[root.Length..]);
    }

    /// <summary>Like <see cref="Resolve(string)"/> for a relative path under <paramref name="realBase"/>, a folder
    /// already resolved: only the components below it are asked of the file system.</summary>
    public static string? Resolve(string realBase, string relative)
    {
        var current = realBase;
        var pending = new Stack<string>(Components(relative).Reverse());
        var links = 0;
        while (pending.TryPop(out var part))
        {
            if (part == ".") continue;
            if (part == "..")
            {
                current = Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(current)) ?? current;
                continue;
            }

            var candidate = Path.Combine(current, part);
            var target = new FileInfo(candidate).LinkTarget;
            if (target is null)
            {
                current = candidate;
                continue;
            }

            if (++links > MaxLinks) return null;
            if (Path.IsPathRooted(target)) current = Path.GetPathRoot(Path.GetFullPath(target))!;
            var rest = Path.IsPathRooted(target) ? Path.GetFullPath(target)[current.Length..] : target;
            foreach (var c in Components(rest).Reverse()) pending.Push(c);
        }

        return Path.TrimEndingDirectorySeparator(current);
    }

    /// <summary>Whether <paramref name="path"/> is <paramref name="folder"/> itself or inside it; both real paths.
    /// Windows and macOS compare names without case by default, so a differently cased spelling is the same folder.</summary>
    public static bool IsInside(string path, string folder)
    {
        var comparison = OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        folder = Path.TrimEndingDirectorySeparator(folder);
        return path.Equals(folder, comparison) || path.StartsWith(folder + Path.DirectorySeparatorChar, comparison);
    }

    private static string[] Components(string path) =>
        path.Split([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar], StringSplitOptions.RemoveEmptyEntries);
}
