using System.Collections.Concurrent;
using System.Text;

namespace Handouts.Output;

/// <summary>Write stage: pages go into a staging folder beside the output, which replaces the output only when the
/// whole build succeeded. A failed or interrupted build leaves the previous site exactly as it was.</summary>
internal sealed class StagedOutput : IPageSink, IDisposable
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly string target;
    private readonly ConcurrentDictionary<string, bool> folders = new(StringComparer.Ordinal);
    private bool committed;

    public StagedOutput(string outDir)
    {
        target = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outDir));
        var parent = Path.GetDirectoryName(target)!;
        Directory.CreateDirectory(parent);
        RemoveLeftovers(parent, Path.GetFileName(target));
        Staging = Path.Combine(parent, $".handouts-staging-{Path.GetFileName(target)}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Staging);
    }

    public string Staging { get; }

    public void WriteText(string relativePath, string text) => WriteBytes(relativePath, Utf8.GetBytes(text));

    public void WriteBytes(string relativePath, ReadOnlySpan<byte> bytes)
    {
        var full = Path.Combine(Staging, relativePath);
        EnsureFolder(full);
        // A raw handle and one positional write: no FileStream buffer, no seek. CreateNew because every path is written
        // once per build; a second write would be a bug worth failing on.
        using var handle = File.OpenHandle(full, FileMode.CreateNew, FileAccess.Write);
        RandomAccess.Write(handle, bytes, 0);
    }

    public void CopyFile(string source, string relativePath)
    {
        var full = Path.Combine(Staging, relativePath);
        EnsureFolder(full);
        File.Copy(source, full, overwrite: false);
    }

    /// <summary>Each folder is created once: thousands of pages share a few hundred folders, and the system call is
    /// a measurable share of a large build.</summary>
    private void EnsureFolder(string file)
    {
        var folder = Path.GetDirectoryName(file)!;
        if (folders.ContainsKey(folder)) return;
        Directory.CreateDirectory(folder);
        folders.TryAdd(folder, true);
    }

    /// <summary>Swaps the staging folder in: the old output is moved aside first and deleted only after the new one is
    /// in place.</summary>
    public void Commit()
    {
        WriteText(OutputGuard.MarkerName, "This folder is written by `handouts build` and replaced on every build.\n");
        string? old = null;
        if (Directory.Exists(target))
        {
            old = Path.Combine(Path.GetDirectoryName(target)!, $".handouts-old-{Path.GetFileName(target)}-{Guid.NewGuid():N}");
            Directory.Move(target, old);
        }

        Directory.Move(Staging, target);
        committed = true;
        if (old is not null) Directory.Delete(old, recursive: true);
    }

    /// <summary>A build that was killed leaves its staging folder (or a moved-aside old site) beside the output. Those
    /// more than an hour old are removed; younger ones may belong to a build still running.</summary>
    private static void RemoveLeftovers(string parent, string name)
    {
        foreach (var pattern in new[] { $".handouts-staging-{name}-*", $".handouts-old-{name}-*" })
        {
            foreach (var dir in Directory.GetDirectories(parent, pattern))
            {
                if (Directory.GetLastWriteTimeUtc(dir) < DateTime.UtcNow.AddHours(-1)) Directory.Delete(dir, recursive: true);
            }
        }
    }

    public void Dispose()
    {
        if (!committed && Directory.Exists(Staging)) Directory.Delete(Staging, recursive: true);
    }
}
