using Microsoft.Extensions.Hosting;

namespace Handouts.Serve;

/// <summary>Replaces the host's console lifetime, which would hook Ctrl+C and SIGTERM for itself and print start-up
/// banners: serve stops when its caller's token is cancelled (the command wires Ctrl+C to it), and tests run several
/// servers in one process.</summary>
internal sealed class QuietLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
