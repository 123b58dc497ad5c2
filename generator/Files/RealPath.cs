namespace Handouts.Files;

/// <summary>The real location of a path: every symbolic link (or junction) resolved at every level, the way the
/// operating system follows them when a file is opened. Judging a path by its spelling is not enough:
/// <c>images/chart.png</c> may be a link to <c>/proc/self/environ</c>, <c>images</c> a link to <c>/</c>, or
/// <c>--out</c> a link into the templates folder. Parts that do not exist are kept as written (an output folder may
/// not exist before its first build).</summary>
internal static class RealPath
{
    // The kernel gives up after 40 links (ELOOP); so do we.
    private const int MaxLinks = 40;

    /// <summary>The absolute real path, or null when resolving needs more than 40 links (a loop).</summary>
    public static string? Resolve(string path)
    {
        // Lexical first, as every .NET file call does before it reaches the kernel.
        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full)!;
        return Resolve(root, full[root.Length..]);
    }

    /// <summary>Like <see cref="Resolve(string)"/> for a relative path under <paramref name="realBase"/>, a folder
    /// already resolved: only the components below it are asked of the file system.</summary>
    public static string? Resolve(string realBase, string relative)
    {
        var current = realBase;
        var pending = new Stack<string>();
        PushInOrder(pending, relative);
        var links = 0;
        while (pending.TryPop(out var part))
        {
            if (part == ".") continue;
            if (part == "..")
            {
                current = Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(current)) ?? current;
                continue;
            }

            var next = Path.Combine(current, part);
            var target = LinkTarget(next);
            if (target is null)
            {
                current = next;
                continue;
            }

            if (++links > MaxLinks) return null;

            // A link's own target may hold links and "..": walk it like the rest, from the link's real folder.
            target = WithoutDevicePrefix(target);
            var rooted = Path.IsPathRooted(target);
            if (rooted) current = Path.GetPathRoot(Path.GetFullPath(target))!;
            PushInOrder(pending, rooted ? Path.GetFullPath(target)[current.Length..] : target);
        }

        return Path.TrimEndingDirectorySeparator(current);
    }

    /// <summary>Whether <paramref name="path"/> is <paramref name="folder"/> itself or inside it; both real paths,
    /// compared in the case rules of the file system that holds them.</summary>
    public static bool IsInside(string path, string folder, StringComparison comparison)
    {
        folder = Path.TrimEndingDirectorySeparator(folder);
        return path.Equals(folder, comparison) || path.StartsWith(folder + Path.DirectorySeparatorChar, comparison);
    }

    private static string? LinkTarget(string path)
    {
        try
        {
            return new FileInfo(path).LinkTarget;
        }
        catch (UnauthorizedAccessException)
        {
            // A folder we may not look into is not one we can read from or write into either: kept as written, the
            // open that follows fails or is refused.
            return null;
        }
    }

    /// <summary>Pushes the path's parts so that the first is popped first.</summary>
    private static void PushInOrder(Stack<string> pending, string path)
    {
        var parts = path.Split([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar], StringSplitOptions.RemoveEmptyEntries);
        for (var i = parts.Length - 1; i >= 0; i--) pending.Push(parts[i]);
    }

    /// <summary>Windows reports some link targets as <c>\\?\C:\...</c>; compared with ordinary paths they must not
    /// look like another place.</summary>
    private static string WithoutDevicePrefix(string path) =>
        OperatingSystem.IsWindows() && path.StartsWith(@"\\?\", StringComparison.Ordinal) && !path.StartsWith(@"\\?\UNC\", StringComparison.OrdinalIgnoreCase)
            ? path[4..]
            : path;
}
