namespace Handouts.Files;

/// <summary>Files editors write beside the one being edited and never mean as content: Vim's swap files and its
/// <c>4913</c> probe, Emacs's lock and backup files, the <c>.tmp</c> files many editors save through. A change to one
/// alone is no reason to rebuild; the rename that ends a save is reported under the real name.</summary>
internal static class ScratchFiles
{
    public static bool Is(string? relativePath)
    {
        if (string.IsNullOrEmpty(relativePath)) return false;
        var name = Path.GetFileName(relativePath);
        return name == "4913"
            || name.EndsWith('~')
            || name.StartsWith(".#", StringComparison.Ordinal)
            || (name.StartsWith('#') && name.EndsWith('#'))
            || name.EndsWith(".swp", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith(".swx", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith(".tmp", StringComparison.OrdinalIgnoreCase);
    }
}
