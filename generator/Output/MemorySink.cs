using System.Collections.Concurrent;
using System.Text;

namespace Handouts.Output;

/// <summary>Where <c>handouts serve</c> collects a build: every file in memory, nothing on disk. Paths obey the staging
/// folder's rules, so what serve shows is exactly what a build could publish, and a path a build would refuse is
/// refused here too.</summary>
internal sealed class MemorySink : IPageSink
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly ConcurrentDictionary<string, byte[]> files = new(StringComparer.Ordinal);

    /// <summary>The files written so far, by site path (<c>en/steroids/index.html</c>).</summary>
    public IReadOnlyDictionary<string, byte[]> Files => files;

    public void WriteText(string relativePath, string text) => Add(relativePath, Utf8.GetBytes(text));

    public void WriteBytes(string relativePath, ReadOnlySpan<byte> bytes) => Add(relativePath, bytes.ToArray());

    public void WriteFinished(string relativePath, byte[] bytes) => Add(relativePath, bytes);

    private void Add(string relativePath, byte[] bytes)
    {
        SinkPath.Check(relativePath);
        // As on disk (FileMode.CreateNew): every path is written once per build, and a second write is a bug.
        if (!files.TryAdd(relativePath, bytes)) throw new IOException($"'{relativePath}' was written twice in one build");
    }
}
