using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Handouts.Serve;

/// <summary>Answers every request: serve's own three addresses under <c>/__handouts/</c>, else a file of the build
/// being served. Nothing is read from disk here; the site is whatever <see cref="LiveState"/> holds.</summary>
internal sealed class SiteRequests(LiveState live, CancellationToken stopping)
{
    public const string Events = "/__handouts/events";

    public const string Diagnostics = "/__handouts/diagnostics";

    public async Task Handle(HttpContext context)
    {
        var request = context.Request;
        var response = context.Response;
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            response.Headers.Allow = "GET, HEAD";
            return;
        }

        // Every answer may change with the next save: a cached page would hide the edit the nurse just made.
        response.Headers.CacheControl = "no-store";
        response.Headers.XContentTypeOptions = "nosniff";
        var path = request.Path.Value ?? "/";
        switch (path)
        {
            case Events:
                await Stream(context);
                return;
            case Diagnostics:
                await Send(context, 200, "application/json; charset=utf-8", ServeEvents.Json(live.Status));
                return;
            case LiveScript.Path:
                await Send(context, 200, ContentTypes.Of("live.js"), LiveScript.Body);
                return;
        }

        if (live.Site is not { } site)
        {
            await Send(context, 503, ContentTypes.Of("index.html"), NoSitePage.Html);
            return;
        }

        var found = site.Find(path);
        if (found.Location is { } location)
        {
            response.StatusCode = found.Status;
            response.Headers.Location = new PathString(location).ToUriComponent() + request.QueryString.ToUriComponent();
            return;
        }

        await Send(context, found.Status, ContentTypes.Of(found.Path!), found.Body!);
    }

    private static async Task Send(HttpContext context, int status, string type, byte[] body)
    {
        var response = context.Response;
        response.StatusCode = status;
        response.ContentType = type;
        response.ContentLength = body.Length;
        if (!HttpMethods.IsHead(context.Request.Method)) await response.Body.WriteAsync(body, context.RequestAborted);
    }

    /// <summary>The page's event stream, open until the page goes or serve stops (stopping it is what lets Ctrl+C
    /// finish at once rather than wait for every open page).</summary>
    private async Task Stream(HttpContext context)
    {
        var response = context.Response;
        response.ContentType = "text/event-stream";
        context.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        using var until = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
        using var subscription = live.Subscribe();
        try
        {
            // A page whose stream broke (serve restarted) tries again every second.
            await response.WriteAsync("retry: 1000\n\n", until.Token);
            await response.Body.FlushAsync(until.Token);
            await foreach (var message in subscription.Messages.ReadAllAsync(until.Token))
            {
                await response.WriteAsync(message, until.Token);
                await response.Body.FlushAsync(until.Token);
            }
        }
        catch (OperationCanceledException)
        {
            // The page went, or serve is stopping: the stream simply ends.
        }
    }
}
