using System.Globalization;
using Handouts.Checks;

namespace Handouts.Cli;

/// <summary>The console table after the diagnostics: one row per handout, status in words. The Spanish scores'
/// columns appear only when some handout is Spanish.</summary>
internal static class QualitySummary
{
    public static void Write(QualityReport report, TextWriter output)
    {
        if (report.Handouts.Count == 0) return;
        var spanish = report.HasSpanish;
        var rows = report.Handouts.Select(x =>
        {
            var general = x.Handout.General;
            string[] english = [$"{x.Handout.Slug} ({x.Handout.Language})", Number(general.Grade), Number(general.Smog), Number(general.ReadingEase)];
            string[] rest =
            [
                general.LongestSentenceWords.ToString(CultureInfo.InvariantCulture),
                x.Handout.ReviewAgeDays.ToString(CultureInfo.InvariantCulture),
                QualityJson.Name(QualityReport.StatusOf(x.Diagnostics)),
            ];
            return spanish ? [.. english, Number(general.Spanish?.SzigrisztPazos), Number(general.Spanish?.FernandezHuerta), .. rest] : english.Concat(rest).ToArray();
        }).ToList();
        string[] header = spanish
            ? ["handout", "FK grade", "SMOG", "reading ease", "INFLESZ", "F-Huerta", "longest sentence", "review age (days)", "status"]
            : ["handout", "FK grade", "SMOG", "reading ease", "longest sentence", "review age (days)", "status"];
        var widths = header.Select((h, i) => rows.Select(r => r[i].Length).Append(h.Length).Max()).ToArray();
        output.WriteLine(Line(header, widths));
        foreach (var row in rows) output.WriteLine(Line(row, widths));
    }

    private static string Line(string[] cells, int[] widths) =>
        string.Join("  ", cells.Select((c, i) => i == 0 ? c.PadRight(widths[i]) : c.PadLeft(widths[i]))).TrimEnd();

    private static string Number(double? value) => value is { } v ? v.ToString("0.0", CultureInfo.InvariantCulture) : "n/a";
}
