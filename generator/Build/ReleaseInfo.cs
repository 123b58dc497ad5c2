using System.Reflection;
using Handouts.Content;
using Handouts.Files;

namespace Handouts.Build;

/// <summary>What a release says about itself besides its files: the generator that made it, the content's commit when
/// the content is a git checkout, and its date. The date is SOURCE_DATE_EPOCH when set, else the newest review date
/// in the content: never the clock, so two releases of the same commit are the same bytes.</summary>
internal sealed record ReleaseInfo(string Generator, string? ContentCommit, DateTimeOffset Date)
{
    public static string GeneratorVersion { get; } =
        "handouts " + (typeof(ReleaseInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown");

    public static ReleaseInfo Of(ContentSet content) =>
        new(GeneratorVersion, GitCommit.Of(content.Root.Real), DateOf(Clock.SourceDateEpoch(), content.Handouts.Select(h => h.Reviewed)));

    /// <summary>Midnight UTC of the newest review date; 1980-01-01 (the first day a zip can hold) for no handouts.</summary>
    public static DateTimeOffset DateOf(DateTimeOffset? sourceDateEpoch, IEnumerable<DateOnly> reviewed) =>
        sourceDateEpoch ?? new DateTimeOffset(reviewed.DefaultIfEmpty(new DateOnly(1980, 1, 1)).Max().ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
}
