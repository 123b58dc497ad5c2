using System.Net;
using System.Net.Sockets;
using Handouts.Build;
using Handouts.Files;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Handouts.Serve;

/// <summary><c>handouts serve</c>: Kestrel serving the site from memory, rebuilt when the content or templates
/// folder changes. Listens on loopback unless another address is asked for, on the first free port from the one
/// given.</summary>
internal static class SiteServer
{
    /// <summary>Starts serving, prints the address and returns at once: the first build runs in the background, and
    /// pages say "No site yet" until it is done. Null, having said why, when it cannot listen (no free port, an
    /// address this machine does not have, a port it may not use).</summary>
    public static async Task<ServeSession?> Start(ServeOptions options, TextWriter output, TextWriter error, CancellationToken cancel)
    {
        var live = new LiveState();
        var stopping = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        var rebuilder = new Rebuilder(options, live, output, error);
        var templates = options.TemplatesDir ?? BuildInputs.DefaultTemplates;
        FolderWatcher[] watchers = [new(options.ContentDir, rebuilder.Changed, options.Poll), new(templates, rebuilder.Changed, options.Poll)];
        var (app, problem) = await Listen(options, new SiteRequests(live, stopping.Token), cancel);
        if (app is null)
        {
            error.WriteLine($"error: {problem}");
            foreach (var watcher in watchers) watcher.Dispose();
            stopping.Dispose();
            return null;
        }

        var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/");
        output.WriteLine($"Serving {options.ContentDir} at {address} (Ctrl+C to stop)");
        if (!IPAddress.IsLoopback(options.Host)) output.WriteLine($"note: listening on {options.Host}, so other machines on the network can open the site");
        var rebuilding = rebuilder.Run(stopping.Token);
        rebuilder.Changed();
        return new ServeSession(address, Stop());

        async Task Stop()
        {
            try
            {
                await Task.Delay(Timeout.Infinite, cancel);
            }
            catch (OperationCanceledException)
            {
                // Asked to stop.
            }

            // Event streams end first: Kestrel waits for open requests before it lets the port go.
            await stopping.CancelAsync();
            foreach (var watcher in watchers) watcher.Dispose();
            await app.StopAsync(CancellationToken.None);
            await app.DisposeAsync();
            // A build in progress cannot be interrupted, and a large one with PDFs takes half a minute; it writes only
            // to memory, so leaving it behind when the process exits loses nothing.
            await Task.WhenAny(rebuilding, Task.Delay(TimeSpan.FromSeconds(5), CancellationToken.None));
            stopping.Dispose();
        }
    }

    private static async Task<(WebApplication? App, string? Problem)> Listen(ServeOptions options, SiteRequests requests, CancellationToken cancel)
    {
        var tries = options.Port == 0 ? 1 : ServeOptions.PortTries;
        var last = Math.Min(options.Port + tries - 1, IPEndPoint.MaxPort);
        for (var port = options.Port; port <= last; port++)
        {
            var app = Create(options.Host, port, requests);
            try
            {
                await app.StartAsync(cancel);
                return (app, null);
            }
            catch (Exception e) when (e is IOException or SocketException)
            {
                await app.DisposeAsync();
                if (e.InnerException is AddressInUseException) continue;
                // Not a busy port: another would fail alike (an address this machine lacks, a port below 1024).
                return (null, $"cannot listen on {options.Host} port {port}: {e.InnerException?.Message ?? e.Message}");
            }
        }

        return (null, $"no free port on {options.Host} from {options.Port} to {last}; choose another with --port");
    }

    /// <summary>The bare host: no configuration files, no logging, no routing; one handler for every request.</summary>
    private static WebApplication Create(IPAddress host, int port, SiteRequests requests)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Listen(host, port);
        });
        builder.Services.AddSingleton<IHostLifetime, QuietLifetime>();
        // An open request that will not finish (a page's event stream that missed the stop) holds Ctrl+C this long at most.
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(2));
        var app = builder.Build();
        app.Run(requests.Handle);
        return app;
    }
}
