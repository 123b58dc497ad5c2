using System.Net;
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
    /// <summary>Starts serving and returns at once (the first build runs in the background: pages show "no site
    /// yet" until it is done); null, having said why, when no port was free.</summary>
    public static async Task<ServeSession?> Start(ServeOptions options, TextWriter output, TextWriter error, CancellationToken cancel)
    {
        var live = new LiveState();
        var stopping = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        var requests = new SiteRequests(live, stopping.Token);
        var app = await Listen(options, requests, cancel);
        if (app is null)
        {
            var last = options.Port + ServeOptions.PortTries - 1;
            error.WriteLine($"error: no free port on {options.Host} from {options.Port} to {last}; choose another with --port");
            stopping.Dispose();
            return null;
        }

        var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/");
        var rebuilder = new Rebuilder(options, live, output, error);
        var templates = options.TemplatesDir ?? BuildInputs.DefaultTemplates;
        FolderWatcher[] watchers = [new(options.ContentDir, rebuilder.Changed, options.Poll), new(templates, rebuilder.Changed, options.Poll)];
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

    private static async Task<WebApplication?> Listen(ServeOptions options, SiteRequests requests, CancellationToken cancel)
    {
        var tries = options.Port == 0 ? 1 : ServeOptions.PortTries;
        for (var port = options.Port; port < options.Port + tries && port <= IPEndPoint.MaxPort; port++)
        {
            var app = Create(options.Host, port, requests);
            try
            {
                await app.StartAsync(cancel);
                return app;
            }
            catch (IOException e) when (e.InnerException is AddressInUseException)
            {
                await app.DisposeAsync();
            }
        }

        return null;
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
