using System.Globalization;

namespace Handouts.Build;

/// <summary>The one place the build reads the date: review ages are counted to it. SOURCE_DATE_EPOCH (the
/// reproducible-builds convention) fixes it, so a rebuild of the same commit gives the same report.</summary>
internal static class Clock
{
    public static DateOnly Today()
    {
        var epoch = Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH");
        if (long.TryParse(epoch, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
            return DateOnly.FromDateTime(DateTimeOffset.FromUnixTimeSeconds(seconds).UtcDateTime);
        return DateOnly.FromDateTime(DateTime.UtcNow);
    }
}
