using System.Net;
using System.Text.Json;
using Handouts.Serve;

namespace Handouts.Tests.Support;

/// <summary><c>handouts serve</c> started in the test's process on a port the system chooses, over a
/// <see cref="TestSite"/>, with a client that does not follow redirects. Waits poll with a deadline, never sleep.</summary>
internal sealed class RunningServe : IAsyncDisposable
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(8);

    private readonly CancellationTokenSource stop = new();
    private readonly StringWriter output = new();
    private readonly StringWriter error = new();
    private readonly TextWriter outputWriter;
    private readonly TextWriter errorWriter;

    private RunningServe(TestSite site)
    {
        Site = site;
        // Synchronized writers lock on themselves: reading under the same lock never sees half a line.
        outputWriter = TextWriter.Synchronized(output);
        errorWriter = TextWriter.Synchronized(error);
    }

    public TestSite Site { get; }

    public ServeSession Session { get; private set; } = null!;

    public Uri Address => Session.Address;

    public HttpClient Http { get; } = new(new HttpClientHandler { AllowAutoRedirect = false }) { Timeout = Patience };

    public string Output
    {
        get { lock (outputWriter) return output.ToString(); }
    }

    public string Error
    {
        get { lock (errorWriter) return error.ToString(); }
    }

    /// <param name="waitForSite">Returns once the first build is served (its HTML at least).</param>
    public static async Task<RunningServe> Start(TestSite site, bool pdf = false, bool waitForSite = true, TimeSpan? poll = null)
    {
        var serve = new RunningServe(site);
        var options = new ServeOptions(site.Content, site.Templates, IPAddress.Loopback, 0, TestSite.Today, pdf) { Poll = poll ?? TimeSpan.FromMilliseconds(500) };
        serve.Session = await SiteServer.Start(options, serve.outputWriter, serve.errorWriter, serve.stop.Token)
            ?? throw new InvalidOperationException("serve did not start");
        if (waitForSite) await serve.Until(async () => (await serve.Http.GetAsync(serve.Address)).StatusCode == HttpStatusCode.OK, "the first build to be served");
        return serve;
    }

    public Task<HttpResponseMessage> Get(string path) => Http.GetAsync(new Uri(Address, path));

    public async Task<string> Text(string path) => await (await Get(path)).Content.ReadAsStringAsync();

    public async Task<JsonElement> Diagnostics() => JsonDocument.Parse(await Text("__handouts/diagnostics")).RootElement.GetProperty("diagnostics").Clone();

    /// <summary>Polls until the condition holds, failing the test after <see cref="Patience"/>.</summary>
    public async Task Until(Func<Task<bool>> condition, string what)
    {
        using var deadline = new CancellationTokenSource(Patience);
        while (!await condition())
        {
            if (deadline.IsCancellationRequested) Assert.Fail($"timed out waiting for {what}\nconsole:\n{Output}{Error}");
            await Task.Delay(50);
        }
    }

    /// <summary>Stops serve and waits until it has.</summary>
    public async Task Stop()
    {
        await stop.CancelAsync();
        await Session.Stopped.WaitAsync(Patience);
    }

    public async ValueTask DisposeAsync()
    {
        if (Session is not null && !Session.Stopped.IsCompleted) await Stop();
        Http.Dispose();
        stop.Dispose();
        Site.Dispose();
    }
}
