using System.Security.Cryptography;

namespace Handouts.Tests.Support;

/// <summary>What is in and beside an output folder, for tests that must prove nothing was lost or left behind.</summary>
internal static class OutputTree
{
    /// <summary>Every file under <paramref name="dir"/> with the hash of its bytes: equal snapshots, equal sites.</summary>
    public static Dictionary<string, string> Snapshot(string dir) =>
        Directory.GetFiles(dir, "*", SearchOption.AllDirectories).ToDictionary(f => Path.GetRelativePath(dir, f), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))));

    /// <summary>Every file under <paramref name="dir"/> by its path with '/', with its bytes.</summary>
    public static Dictionary<string, byte[]> Files(string dir) =>
        Directory.GetFiles(dir, "*", SearchOption.AllDirectories).ToDictionary(f => Path.GetRelativePath(dir, f).Replace('\\', '/'), File.ReadAllBytes);

    /// <summary>What a build leaves beside its output besides the lock file, a failed build's quality report and the
    /// build cache, which stay on purpose: staging and backup folders, the journal and its draft. Empty after every
    /// build that finished, and after every recovery.</summary>
    public static string[] Leftovers(string parent) =>
        Directory.GetFileSystemEntries(parent, ".handouts-*").Select(Path.GetFileName)
            .Where(n => !n!.StartsWith(".handouts-lock-", StringComparison.Ordinal) && !n.StartsWith(".handouts-report-", StringComparison.Ordinal) && n != ".handouts-cache").Order().ToArray()!;
}

/// <summary>A temporary folder removed when the test ends.</summary>
internal sealed class TempFolder : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "handouts-test-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(Path)) Directory.Delete(Path, recursive: true);
    }
}
