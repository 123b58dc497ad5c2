namespace Handouts.Serve;

/// <summary>A running serve: where it listens, and a task that ends once it has stopped (its token cancelled), with
/// the port released, the watchers disposed and the last rebuild finished.</summary>
internal sealed record ServeSession(Uri Address, Task Stopped);
