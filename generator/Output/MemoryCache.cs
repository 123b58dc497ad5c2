using System.Collections.Concurrent;

namespace Handouts.Output;

/// <summary>The build cache <c>handouts serve</c> keeps between rebuilds, in memory, as the objects builds made: a
/// save rebuilds what it changed and takes the rest from here without copying it.</summary>
internal sealed class MemoryCache : IBuildCache
{
    private readonly ConcurrentDictionary<string, object> entries = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, object> pending = new(StringComparer.Ordinal);

    public int Count => entries.Count;

    public byte[] Secret { get; } = System.Security.Cryptography.RandomNumberGenerator.GetBytes(32);

    public bool KeepsObjects => true;

    public object? Read(string key) => entries.GetValueOrDefault(key);

    public void Add(string key, object entry) => pending[key] = entry;

    public void Commit(IReadOnlySet<string> used)
    {
        foreach (var (key, entry) in pending) entries[key] = entry;
        pending.Clear();
        foreach (var key in entries.Keys.Where(k => !used.Contains(k)).ToList()) entries.TryRemove(key, out _);
    }

    public void Discard() => pending.Clear();
}
