using Handouts.Content;
using Handouts.Diagnostics;

namespace Handouts.Checks;

/// <summary>Review age and translation currency: medical advice changes, and a translation of an old version says
/// something the original no longer does.</summary>
internal static class FreshnessChecks
{
    public static int ReviewAgeDays(Handout handout, DateOnly today) => today.DayNumber - handout.Reviewed.DayNumber;

    public static void Run(Handout handout, Handout original, CheckSettings settings, DateOnly today, DiagnosticBag diagnostics)
    {
        var span = handout.ReviewedSpan;
        if (handout.Reviewed > today)
            diagnostics.Error(Codes.BadValue, span, $"reviewed date {handout.Reviewed:yyyy-MM-dd} is in the future");
        else if (handout.Reviewed.AddYears(settings.ReviewErrorYears) < today)
            diagnostics.Error(Codes.StaleReview, span, $"last reviewed {handout.Reviewed:yyyy-MM-dd}, more than {settings.ReviewErrorYears} years ago: review it before publishing");
        else if (settings.NextReview(handout.Reviewed) < today)
            diagnostics.Warning(Codes.StaleReview, span, $"last reviewed {handout.Reviewed:yyyy-MM-dd}, more than {settings.ReviewWarningYears} years ago: its next review was due {settings.NextReview(handout.Reviewed):yyyy-MM-dd}");

        if (!ReferenceEquals(handout, original) && handout.TranslatedFrom is { } from && from.Value != original.Version)
            diagnostics.Warning(Codes.OutdatedTranslation, from.Span, $"translated from version {from.Value}, but the original {original.Path} is now version {original.Version}: update the translation");
    }
}
