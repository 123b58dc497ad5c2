using System.Collections.Concurrent;

namespace Handouts.Output;

/// <summary>The build cache <c>handouts serve</c> keeps between rebuilds, in memory: a save rebuilds what it changed
/// and takes the rest from here.</summary>
internal sealed class MemoryCache : IBuildCache
{
    private readonly ConcurrentDictionary<string, byte[]> entries = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte[]> pending = new(StringComparer.Ordinal);

    public int Count => entries.Count;

    public byte[] Secret { get; } = System.Security.Cryptography.RandomNumberGenerator.GetBytes(32);

    public byte[]? Read(string key) => entries.GetValueOrDefault(key);

    public void Add(string key, byte[] bytes) => pending[key] = bytes;

    public void Commit(IReadOnlySet<string> used)
    {
        foreach (var (key, bytes) in pending) entries[key] = bytes;
        pending.Clear();
        foreach (var key in entries.Keys.Where(k => !used.Contains(k)).ToList()) entries.TryRemove(key, out _);
    }

    public void Discard() => pending.Clear();
}
