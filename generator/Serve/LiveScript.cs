using System.Text;
using Handouts.Files;

namespace Handouts.Serve;

/// <summary>The live-reload script (<c>live.js</c>, compiled into the binary) and its one script tag, added to every
/// HTML page serve sends, never to a built site. A file rather than inline code, like the theme's own scripts, so a
/// page keeps working under a policy that forbids inline scripts.</summary>
internal static class LiveScript
{
    public const string Path = "/__handouts/live.js";

    public static byte[] Body { get; } = EmbeddedFiles.Serve.Read("live.js") ?? throw new InvalidOperationException("live.js is missing from the binary");

    private static readonly byte[] BodyEnd = "</body>"u8.ToArray();

    public static string Tag(string build) => $"<script src=\"{Path}\" data-build=\"{build}\" defer></script>";

    /// <summary>The page with the tag before its last <c>&lt;/body&gt;</c>, or at its end when it has none.</summary>
    public static byte[] Inject(byte[] html, string build)
    {
        var tag = Encoding.UTF8.GetBytes(Tag(build));
        var at = html.AsSpan().LastIndexOf(BodyEnd);
        if (at < 0) at = html.Length;
        return [.. html.AsSpan(0, at), .. tag, .. html.AsSpan(at)];
    }
}
