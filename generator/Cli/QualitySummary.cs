using System.Globalization;
using Handouts.Checks;

namespace Handouts.Cli;

/// <summary>The console table after the diagnostics: one row per handout, status in words.</summary>
internal static class QualitySummary
{
    public static void Write(QualityReport report, TextWriter output)
    {
        if (report.Handouts.Count == 0) return;
        var rows = report.Handouts.Select(x => new[]
        {
            $"{x.Handout.Slug} ({x.Handout.Language})",
            Number(x.Handout.General.Grade),
            Number(x.Handout.General.Smog),
            Number(x.Handout.General.ReadingEase),
            x.Handout.General.LongestSentenceWords.ToString(CultureInfo.InvariantCulture),
            x.Handout.ReviewAgeDays.ToString(CultureInfo.InvariantCulture),
            QualityJson.Name(QualityReport.StatusOf(x.Diagnostics)),
        }).ToList();
        string[] header = ["handout", "FK grade", "SMOG", "reading ease", "longest sentence", "review age (days)", "status"];
        var widths = header.Select((h, i) => rows.Select(r => r[i].Length).Append(h.Length).Max()).ToArray();
        output.WriteLine(Line(header, widths));
        foreach (var row in rows) output.WriteLine(Line(row, widths));
    }

    private static string Line(string[] cells, int[] widths) =>
        string.Join("  ", cells.Select((c, i) => i == 0 ? c.PadRight(widths[i]) : c.PadLeft(widths[i]))).TrimEnd();

    private static string Number(double? value) => value is { } v ? v.ToString("0.0", CultureInfo.InvariantCulture) : "n/a";
}
