using System.Text;

namespace Handouts.Release;

/// <summary>A <c>SHA256SUMS</c> file as <c>sha256sum</c> writes it and <c>sha256sum -c</c> checks it: one line per
/// file, the hash, two spaces, the path; sorted by path.</summary>
internal static class Sha256Sums
{
    public static byte[] Render(IEnumerable<(string Path, string Sha256)> files)
    {
        var text = new StringBuilder();
        foreach (var (path, sha256) in files.OrderBy(f => f.Path, StringComparer.Ordinal)) text.Append(sha256).Append("  ").Append(path).Append('\n');
        return Encoding.UTF8.GetBytes(text.ToString());
    }
}
