using System.Collections.Frozen;
using System.Text;

namespace Handouts.Serve;

/// <summary>What a request finds: a file, a redirect to a folder's address (so the page's relative links resolve),
/// or nothing (the site's 404 page, when it has one).</summary>
internal sealed record SiteLookup(int Status, string? Path, byte[]? Body, string? Location = null);

/// <summary>One good build, as served: its files by site path, the HTML ones carrying the live-reload script. Only
/// these paths can ever be served: a request is a dictionary lookup, never a path on disk, so no address (with
/// <c>..</c>, encoded or not) reaches anything the build did not produce.</summary>
internal sealed class ServedSite
{
    private readonly FrozenDictionary<string, byte[]> files;

    private ServedSite(FrozenDictionary<string, byte[]> files, string build)
    {
        this.files = files;
        Build = build;
    }

    /// <summary>Names this build, so a page can tell it is older than the site now served.</summary>
    public string Build { get; }

    public static ServedSite From(IReadOnlyDictionary<string, byte[]> built, string build) =>
        new(built.ToFrozenDictionary(f => f.Key, f => f.Key.EndsWith(".html", StringComparison.Ordinal) ? LiveScript.Inject(f.Value, build) : f.Value, StringComparer.Ordinal), build);

    /// <param name="urlPath">The request's path, decoded, starting with '/'.</param>
    public SiteLookup Find(string urlPath)
    {
        var relative = urlPath.Length > 0 && urlPath[0] == '/' ? urlPath[1..] : urlPath;
        if (relative.Length == 0 || relative.EndsWith('/')) relative += "index.html";
        if (files.TryGetValue(relative, out var body)) return new SiteLookup(200, relative, body);
        if (files.ContainsKey(relative + "/index.html")) return new SiteLookup(301, null, null, urlPath + "/");
        return files.TryGetValue("404.html", out var missing) ? new SiteLookup(404, "404.html", missing) : new SiteLookup(404, "404.txt", Encoding.UTF8.GetBytes("Not found\n"));
    }
}
