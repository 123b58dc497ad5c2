namespace Handouts.Output;

/// <summary>A path given to the staging sink that would land outside the staging folder. Paths come from the
/// generator, never straight from content, so this is a bug in the generator; it is thrown rather than reported so
/// the file is never written.</summary>
internal sealed class UnsafeOutputPathException(string relativePath, string why)
    : Exception($"refusing to write '{Printable(relativePath)}' in the output: {why}")
{
    public string RelativePath { get; } = relativePath;

    private static string Printable(string path) => string.Concat(path.Select(c => char.IsControl(c) ? $"\\u{(int)c:x4}" : c.ToString()));
}
