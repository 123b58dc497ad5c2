using Handouts.Output;

namespace Handouts.Build;

/// <summary>What a build reads and where it writes; <see cref="OutDir"/> null means check only, write nothing.
/// <see cref="TemplatesDir"/> null means <c>templates</c> if it exists, else the built-in theme alone.
/// <see cref="Today"/> is the date review ages are counted to; null means <see cref="Clock.Today"/>.
/// <see cref="Pdf"/> false skips the PDFs (<c>--no-pdf</c>); <see cref="BothPapers"/> makes them on Letter and A4.
/// <see cref="LockWait"/> is how long to wait for another build of the same output (null: <see cref="OutputLock.DefaultWait"/>);
/// <see cref="Drafts"/> publishes handouts marked <c>draft: true</c> (<c>--drafts</c>), each with a banner saying so.
/// <see cref="OnCommitStep"/> is called at each step of the final swap, for tests that stop a build there.
/// <see cref="ReleaseDir"/>, when set, also gets a release of the site (<c>--release</c>, docs/reference.md "Release").
/// <see cref="Sink"/>, with <see cref="OutDir"/> null, receives the files instead of nothing (<c>handouts serve</c>
/// keeps them in memory); a build with errors may leave it partly written, so its caller uses it only on success.
/// <see cref="ReportDir"/> also gets the quality report (<c>check --report</c>), even when the checks fail.
/// <see cref="Cache"/> is the build cache (<c>--cache</c>; serve's in memory), null for none (<c>--no-cache</c>).
/// <see cref="Prints"/> false leaves out the waiting-room packs and posters even when site.yml asks for them (serve
/// shows a handout's own PDFs first). <see cref="Cancel"/> stops the build between handouts (serve, on a newer save).</summary>
internal sealed record BuildOptions(string ContentDir, string? TemplatesDir, string? OutDir, string? BaseUrl = null, bool Strict = false, DateOnly? Today = null, bool Pdf = true, bool BothPapers = false, TimeSpan? LockWait = null, Action<CommitStep>? OnCommitStep = null, string? ReleaseDir = null, bool Drafts = false, IPageSink? Sink = null, string? ReportDir = null, IBuildCache? Cache = null, bool Prints = true, CancellationToken Cancel = default);
