namespace Handouts.Output;

/// <summary>Where the build cache keeps its entries: on disk for <c>build</c> (<see cref="CacheFolder"/>), in memory
/// for <c>serve</c> (<see cref="MemoryCache"/>). Entries are named by their key alone (hex digits the build computed),
/// never by anything content or a template chose. What a build adds stays pending until <see cref="Commit"/>: a
/// build that saw its inputs change under it keeps none of it.</summary>
internal interface IBuildCache
{
    /// <summary>The key entries are sealed with, so an entry this machine did not write is not taken for one.</summary>
    byte[] Secret { get; }

    /// <summary>Whether entries are kept as the objects a build made, in this process (serve): nothing to seal,
    /// verify or decode. Otherwise an entry is its sealed bytes (read as a byte array, added as a ReadOnlyMemory).</summary>
    bool KeepsObjects { get; }

    /// <summary>The entry as stored (bytes the caller verifies, since they may be corrupt; or the object kept), or null.</summary>
    object? Read(string key);

    /// <summary>Adds an entry, pending until <see cref="Commit"/>.</summary>
    void Add(string key, object entry);

    /// <summary>Makes the pending entries lasting and removes every entry not in <paramref name="used"/> (what this
    /// build read or added), so the cache holds one site's worth, not every version ever built.</summary>
    void Commit(IReadOnlySet<string> used);

    /// <summary>Drops the pending entries.</summary>
    void Discard();
}
