namespace Handouts.Files;

/// <summary>The commit a content folder is checked out at, for a release's manifest. Read without running git (a
/// build starts no programs) from the nearest <c>.git</c> folder at or above the content folder, through a
/// <see cref="FileRoot"/> on that folder, so a link inside it cannot lead anywhere else: <c>HEAD</c>, then the ref it
/// names (its own file, else <c>packed-refs</c>). Only a commit id (40 or 64 lowercase hex digits) ever leaves here,
/// so a planted <c>HEAD</c> cannot carry other text into the published manifest. A <c>.git</c> that is a file (a
/// worktree or a submodule, pointing to a folder elsewhere) or a link is not followed: no commit.</summary>
internal static class GitCommit
{
    private const long SmallFile = 4096;

    public static string? Of(string contentDir)
    {
        for (var dir = RealPath.Resolve(contentDir); dir is not null; dir = Path.GetDirectoryName(dir))
        {
            var git = Path.Combine(dir, ".git");
            var isLink = new FileInfo(git).LinkTarget is not null;
            if (!isLink && Directory.Exists(git)) return Read(new FileRoot(git, ".git"));
            if (isLink || File.Exists(git)) return null;
        }

        return null;
    }

    private static string? Read(FileRoot git)
    {
        var head = Text(git, "HEAD");
        if (head is null || IsCommit(head)) return head;
        if (!head.StartsWith("ref: ", StringComparison.Ordinal)) return null;
        var name = head[5..].Trim();
        if (!name.StartsWith("refs/", StringComparison.Ordinal) || FileRoot.Normalize(name) != name) return null;
        if (Text(git, name) is { } loose) return IsCommit(loose) ? loose : null;
        if (git.Read("packed-refs", Limits.TextBytes).Bytes is not { } packed) return null;
        foreach (var line in FileRoot.Decode(packed).Split('\n'))
        {
            var parts = line.TrimEnd('\r').Split(' ');
            if (parts.Length == 2 && parts[1] == name && IsCommit(parts[0])) return parts[0];
        }

        return null;
    }

    private static string? Text(FileRoot git, string relative) =>
        git.Read(relative, SmallFile).Bytes is { } bytes ? FileRoot.Decode(bytes).Trim() : null;

    private static bool IsCommit(string text) => text.Length is 40 or 64 && text.All(char.IsAsciiHexDigitLower);
}
