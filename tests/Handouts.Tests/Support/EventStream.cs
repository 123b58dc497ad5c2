namespace Handouts.Tests.Support;

/// <summary>A client of serve's Server-Sent Events, as a page's <c>EventSource</c> is: it reads events one by one.</summary>
internal sealed class EventStream : IAsyncDisposable
{
    private readonly HttpResponseMessage response;
    private readonly StreamReader reader;

    private EventStream(HttpResponseMessage response, StreamReader reader)
    {
        this.response = response;
        this.reader = reader;
    }

    public string ContentType => response.Content.Headers.ContentType?.MediaType ?? "";

    public static async Task<EventStream> Open(HttpClient http, Uri address)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, new Uri(address, "__handouts/events"));
        var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        return new EventStream(response, new StreamReader(await response.Content.ReadAsStreamAsync()));
    }

    /// <summary>The data of the next event named <paramref name="name"/>, skipping others; fails after the test's patience.</summary>
    public async Task<string> Next(string name, Func<string, bool>? matching = null)
    {
        using var deadline = new CancellationTokenSource(RunningServe.Patience);
        string? eventName = null;
        string? data = null;
        while (true)
        {
            string? line;
            try
            {
                line = await reader.ReadLineAsync(deadline.Token);
            }
            catch (OperationCanceledException)
            {
                Assert.Fail($"no '{name}' event within {RunningServe.Patience.TotalSeconds} s");
                throw;
            }

            if (line is null) Assert.Fail($"the event stream ended before a '{name}' event");
            if (line.StartsWith("event: ", StringComparison.Ordinal)) eventName = line[7..];
            else if (line.StartsWith("data: ", StringComparison.Ordinal)) data = line[6..];
            else if (line.Length == 0)
            {
                if (eventName == name && data is not null && (matching is null || matching(data))) return data;
                eventName = data = null;
            }
        }
    }

    public ValueTask DisposeAsync()
    {
        reader.Dispose();
        response.Dispose();
        return ValueTask.CompletedTask;
    }
}
