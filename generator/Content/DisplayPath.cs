namespace Handouts.Content;

/// <summary>Paths in diagnostics are relative to where the command ran, like a compiler's, so editors can jump to them.</summary>
internal static class DisplayPath
{
    public static string Of(string fullPath)
    {
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), fullPath);
        return relative.StartsWith("..", StringComparison.Ordinal) ? fullPath : relative;
    }
}
