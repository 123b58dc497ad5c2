namespace Handouts.Checks;

/// <summary>The quality report's two files, as the site publishes them under <c>reports/</c> and as a failed build or
/// <c>handouts check --report</c> writes them elsewhere.</summary>
internal static class QualityFiles
{
    public const string Json = "quality.json";
    public const string Html = "quality.html";

    public static IReadOnlyList<(string Name, byte[] Bytes)> Of(QualityReport report, string clinicName) =>
        [(Json, QualityJson.Render(report)), (Html, System.Text.Encoding.UTF8.GetBytes(QualityHtml.Render(report, clinicName)))];
}
