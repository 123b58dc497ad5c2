using System.Net;

namespace Handouts.Serve;

/// <summary>What <c>handouts serve</c> builds and where it listens. <see cref="Port"/> is the first port tried (the
/// next ones up to <see cref="PortTries"/> when it is taken); 0 lets the system choose one, for tests.
/// <see cref="Today"/> is the day review ages are counted to (null: each build's own day, as <c>build</c>).
/// <see cref="Pdf"/> false serves the HTML only.</summary>
internal sealed record ServeOptions(string ContentDir, string? TemplatesDir, IPAddress Host, int Port = ServeOptions.DefaultPort, DateOnly? Today = null, bool Pdf = true)
{
    public const int DefaultPort = 1313;

    public const int PortTries = 20;

    /// <summary>How long the folders must be quiet before a rebuild: one save is often several events (write,
    /// rename, a backup file), and a checkout is thousands.</summary>
    public TimeSpan Debounce { get; init; } = TimeSpan.FromMilliseconds(50);

    /// <summary>How often to look for a watched folder that was deleted, or came back.</summary>
    public TimeSpan Poll { get; init; } = TimeSpan.FromMilliseconds(500);
}
