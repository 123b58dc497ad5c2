using System.Collections.Concurrent;
using System.Threading.Channels;
using Handouts.Diagnostics;

namespace Handouts.Serve;

/// <summary>The site being served and what open pages are told: swapped whole after each good build (a request sees
/// one build or the next, never a mixture), and every change sent to each page's event stream.</summary>
internal sealed class LiveState
{
    // Names this run's builds: a page left open across a restart of serve is older than any of them.
    private readonly string run = Convert.ToHexStringLower(Guid.NewGuid().ToByteArray(), 0, 4);
    private readonly ConcurrentDictionary<Channel<string>, byte> pages = new();
    private readonly Lock gate = new();
    private int builds;
    private ServedSite? site;
    private ServeStatus status = new(null, []);

    public ServedSite? Site => Volatile.Read(ref site);

    public ServeStatus Status => Volatile.Read(ref status);

    /// <summary>Serves a good build from now on and tells open pages to reload, unless only PDFs changed: then it is
    /// served under the same name, and pages stay as they are.</summary>
    public void Publish(IReadOnlyDictionary<string, byte[]> files)
    {
        lock (gate)
        {
            if (site is { } current && current.DiffersOnlyInPdfs(files))
            {
                Volatile.Write(ref site, ServedSite.From(files, current.Build));
                return;
            }

            var served = ServedSite.From(files, $"{run}-{++builds}");
            Volatile.Write(ref site, served);
            Volatile.Write(ref status, status with { Build = served.Build });
            Send(ServeEvents.Reload(served.Build));
        }
    }

    /// <summary>The last build's diagnostics (empty when it had none), to show over open pages.</summary>
    public void Report(IReadOnlyList<Diagnostic> diagnostics)
    {
        lock (gate)
        {
            var next = status with { Diagnostics = diagnostics };
            Volatile.Write(ref status, next);
            Send(ServeEvents.Diagnostics(next));
        }
    }

    /// <summary>A page's event stream, starting with the current status; dispose it when the page goes.</summary>
    public Subscription Subscribe()
    {
        // Bounded so a page that stopped reading cannot grow memory; dropping old messages loses nothing, since each
        // names the current build and the page reloads on any build but its own.
        var channel = Channel.CreateBounded<string>(new BoundedChannelOptions(16) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });
        lock (gate)
        {
            channel.Writer.TryWrite(ServeEvents.Diagnostics(status));
            pages.TryAdd(channel, 0);
        }

        return new Subscription(channel.Reader, () => pages.TryRemove(channel, out _));
    }

    private void Send(string message)
    {
        foreach (var page in pages.Keys) page.Writer.TryWrite(message);
    }
}
