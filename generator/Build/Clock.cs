using System.Globalization;

namespace Handouts.Build;

/// <summary>The one place the build reads the date: review ages are counted to it. SOURCE_DATE_EPOCH (the
/// reproducible-builds convention) fixes it, so a rebuild of the same commit gives the same report.</summary>
internal static class Clock
{
    public static DateOnly Today() =>
        SourceDateEpoch() is { } fixedDate ? DateOnly.FromDateTime(fixedDate.UtcDateTime) : DateOnly.FromDateTime(DateTime.UtcNow);

    /// <summary>SOURCE_DATE_EPOCH (seconds since 1970, UTC) when it is set to a whole number.</summary>
    public static DateTimeOffset? SourceDateEpoch()
    {
        var epoch = Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH");
        return long.TryParse(epoch, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds <= 253402300799
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : null;
    }
}
