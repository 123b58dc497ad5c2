using System.Text;

namespace Handouts.Serve;

/// <summary>What every address shows until a build has succeeded: a short page that carries the live-reload script,
/// so it shows the build's problems, and turns into the site once they are fixed.</summary>
internal static class NoSitePage
{
    public static byte[] Html { get; } = LiveScript.Inject(Encoding.UTF8.GetBytes("""
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>No site yet | handouts serve</title>
        </head>
        <body>
        <main>
        <h1>No site yet</h1>
        <p>The site is shown here as soon as a build succeeds. This page reloads by itself.</p>
        </main>
        </body>
        </html>

        """), "none");
}
