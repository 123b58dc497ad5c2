using System.Collections.Concurrent;
using Handouts.Files;
using Handouts.Output;

namespace Handouts.Build;

/// <summary>One build's use of the cache: finds a job's result by its key, keeps what jobs made (never a result with an
/// error: it is made again next time, so the error is reported again), and at the end keeps them for good only if
/// no input was saved while the build ran (a file read half-way through an edit would otherwise be kept under the
/// key of its new text). Disposed without <see cref="Commit"/>, it keeps nothing.</summary>
internal sealed class BuildCache(IBuildCache store, CacheKeys keys, BuildOptions options, IReadOnlyList<(string, long, DateTime)> before) : IDisposable
{
    private readonly ConcurrentDictionary<string, byte> used = new(StringComparer.Ordinal);
    private bool committed;

    public CacheKeys Keys => keys;

    /// <summary>Every file of the content and templates folders with its size and time of change.</summary>
    public static IReadOnlyList<(string, long, DateTime)> Stamps(BuildOptions options) =>
        [.. new FileRoot(options.ContentDir, "content").Stamps(), .. new FileRoot(options.TemplatesDir ?? BuildInputs.DefaultTemplates, "templates").Stamps()];

    public WorkResult? Find(string key)
    {
        var found = store.KeepsObjects ? store.Read(key) as WorkResult : CacheEntry.Read(key, store.Read(key) as byte[], store.Secret);
        if (found is null) return null;
        used[key] = 0;
        return found;
    }

    /// <summary>What went wrong with the cache itself (a full disk, an entry too large), to be said once: the cache
    /// only saves time, so the build goes on without it and the next build makes what it lacks.</summary>
    public string? Problem { get; private set; }

    public void Keep(string key, WorkResult work)
    {
        if (work.Diagnostics.Any(d => d.IsError)) return;
        BestEffort(() =>
        {
            store.Add(key, store.KeepsObjects ? work : CacheEntry.Write(key, work, store.Secret));
            used[key] = 0;
        });
    }

    /// <summary>Keeps an entry this build did not need (the packs, in serve's step without them) from being removed.</summary>
    public void KeepAlive(string key) => used[key] = 0;

    public void Commit()
    {
        committed = true;
        BestEffort(() =>
        {
            if (Stamps(options).SequenceEqual(before)) store.Commit(used.Keys.ToHashSet(StringComparer.Ordinal));
            else store.Discard();
        });
    }

    private void BestEffort(Action work)
    {
        try
        {
            work();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Problem ??= $"the build cache could not be written ({e.Message}); this build is complete, and the next one makes again what the cache lacks";
            try
            {
                store.Discard();
            }
            catch (Exception again) when (again is IOException or UnauthorizedAccessException)
            {
                // Nothing more to do: pending entries are removed when the cache is next opened.
            }
        }
    }

    public void Dispose()
    {
        if (!committed) store.Discard();
    }
}
