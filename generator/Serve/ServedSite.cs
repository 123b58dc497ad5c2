using System.Text;

namespace Handouts.Serve;

/// <summary>What a request finds: a file, a redirect to a folder's address (so the page's relative links resolve),
/// or nothing (the site's 404 page, when it has one).</summary>
internal sealed record SiteLookup(int Status, string? Path, byte[]? Body, string? Location = null);

/// <summary>One good build, as served: its files by site path, the HTML ones given the live-reload script as they
/// are sent (a rebuild then swaps a dictionary, however many pages it has). Only these paths can ever be served: a
/// request is a dictionary lookup, never a path on disk, so no address (with <c>..</c>, encoded or not) reaches
/// anything the build did not produce.</summary>
internal sealed class ServedSite
{
    private readonly IReadOnlyDictionary<string, byte[]> files;

    private ServedSite(IReadOnlyDictionary<string, byte[]> files, string build)
    {
        this.files = files;
        Build = build;
    }

    /// <summary>Names this build, so a page can tell it is older than the site now served.</summary>
    public string Build { get; }

    /// <param name="built">A finished build's files, no longer written to.</param>
    public static ServedSite From(IReadOnlyDictionary<string, byte[]> built, string build) => new(built, build);

    /// <summary>A build without PDFs (or without the waiting-room prints) with this site's PDFs and staff print page
    /// beside it, so a link to one keeps working, with the last build's file, until they are rebuilt a moment later.</summary>
    public IReadOnlyDictionary<string, byte[]> WithPrintsUnder(IReadOnlyDictionary<string, byte[]> built)
    {
        var merged = new Dictionary<string, byte[]>(built, StringComparer.Ordinal);
        foreach (var (path, bytes) in files)
        {
            if (IsPrint(path)) merged.TryAdd(path, bytes);
        }

        return merged;
    }

    /// <summary>Whether <paramref name="built"/> is this site but for its PDFs: then open pages need not reload (a
    /// changed page, style sheet, script or image does need it).</summary>
    public bool DiffersOnlyInPdfs(IReadOnlyDictionary<string, byte[]> built)
    {
        static bool Shown(string path) => !path.EndsWith(".pdf", StringComparison.Ordinal);
        return files.Keys.Count(Shown) == built.Keys.Count(Shown)
            && built.All(f => !Shown(f.Key) || (files.TryGetValue(f.Key, out var mine) && mine.AsSpan().SequenceEqual(f.Value)));
    }

    private static bool IsPrint(string path) => path.EndsWith(".pdf", StringComparison.Ordinal) || path.StartsWith("print/", StringComparison.Ordinal);

    /// <param name="urlPath">The request's path, decoded, starting with '/'.</param>
    public SiteLookup Find(string urlPath)
    {
        var relative = urlPath.Length > 0 && urlPath[0] == '/' ? urlPath[1..] : urlPath;
        if (relative.Length == 0 || relative.EndsWith('/')) relative += "index.html";
        if (files.TryGetValue(relative, out var body)) return new SiteLookup(200, relative, Served(relative, body));
        if (files.ContainsKey(relative + "/index.html")) return new SiteLookup(301, null, null, urlPath + "/");
        return files.TryGetValue("404.html", out var missing) ? new SiteLookup(404, "404.html", Served("404.html", missing)) : new SiteLookup(404, "404.txt", Encoding.UTF8.GetBytes("Not found\n"));
    }

    private byte[] Served(string path, byte[] body) => path.EndsWith(".html", StringComparison.Ordinal) ? LiveScript.Inject(body, Build) : body;
}
