using Handouts.Diagnostics;

namespace Handouts.Serve;

/// <summary>What the browser is told after each build: which site is served (<see cref="Build"/>, null before the
/// first good build) and the last build's diagnostics, empty once the problems are fixed.</summary>
internal sealed record ServeStatus(string? Build, IReadOnlyList<Diagnostic> Diagnostics);
