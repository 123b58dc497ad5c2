namespace Handouts.Output;

/// <summary>The physical path of a folder: every symbolic link (or junction) along it followed, at every level, so
/// two spellings of one folder compare equal and a build writes where its checks looked. Parts that do not exist yet
/// are kept as written: an output folder may not exist before its first build.</summary>
internal static class RealPath
{
    // The kernel's own limit (ELOOP): a cycle of links ends in an error, not a hang.
    private const int MaxLinks = 40;

    public static string Resolve(string path)
    {
        // Lexical first, as every .NET file call does before it reaches the kernel: the build then writes to the path
        // resolved here, not to one where "link/.." meant the link target's parent.
        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full)!;
        var pending = new Stack<string>();
        PushInOrder(pending, full[root.Length..]);
        var current = root;
        var links = 0;
        while (pending.TryPop(out var segment))
        {
            if (segment == ".") continue;
            if (segment == "..")
            {
                current = Path.GetDirectoryName(current) ?? current;
                continue;
            }

            var next = Path.Combine(current, segment);
            var target = LinkTarget(next);
            if (target is null)
            {
                current = next;
                continue;
            }

            if (++links > MaxLinks) throw new IOException($"too many symbolic links while resolving {path}");
            // A link's own target may hold links and "..": walk it like the rest, from the link's physical folder.
            var rooted = Path.IsPathRooted(target);
            if (rooted) current = Path.GetPathRoot(WithoutDevicePrefix(target))!;
            var rest = rooted ? WithoutDevicePrefix(target)[current.Length..] : target;
            PushInOrder(pending, rest);
        }

        return Path.TrimEndingDirectorySeparator(current);
    }

    private static string? LinkTarget(string path)
    {
        try
        {
            return new FileInfo(path).LinkTarget;
        }
        catch (UnauthorizedAccessException)
        {
            // A folder we may not even look into is not one we can write into either; what follows stays as written.
            return null;
        }
    }

    /// <summary>Pushes the path's segments so that the first is popped first.</summary>
    private static void PushInOrder(Stack<string> pending, string path)
    {
        var segments = path.Split([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar], StringSplitOptions.RemoveEmptyEntries);
        for (var i = segments.Length - 1; i >= 0; i--) pending.Push(segments[i]);
    }

    /// <summary>Windows reports some link targets as <c>\\?\C:\...</c>; compared with ordinary paths they must not
    /// look like another place.</summary>
    private static string WithoutDevicePrefix(string path) =>
        OperatingSystem.IsWindows() && path.StartsWith(@"\\?\", StringComparison.Ordinal) && !path.StartsWith(@"\\?\UNC\", StringComparison.OrdinalIgnoreCase)
            ? path[4..]
            : path;
}
