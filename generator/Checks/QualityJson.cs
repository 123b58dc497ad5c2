using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Handouts.Checks.Readability;

namespace Handouts.Checks;

/// <summary><c>reports/quality.json</c>, schema <c>handouts-quality/1</c> (docs/reference.md, "The quality report's files"). Written by hand
/// with a fixed member order so the file is stable from build to build and diffable in CI.</summary>
internal static class QualityJson
{
    public const string Schema = "handouts-quality/1";

    /// <summary>UTF-8 bytes, as written: at 1,000 handouts the report is megabytes, and going through a string
    /// copied it four times over.</summary>
    public static byte[] Render(QualityReport report)
    {
        using var stream = new MemoryStream(256 * 1024);
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("schema", Schema);
            w.WriteString("date", report.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            var all = report.Handouts.SelectMany(h => h.Diagnostics).ToList();
            w.WriteStartObject("summary");
            w.WriteNumber("handouts", report.Handouts.Count);
            w.WriteNumber("errors", all.Count(d => d.IsError));
            w.WriteNumber("warnings", all.Count(d => !d.IsError));
            w.WriteEndObject();
            w.WriteStartArray("handouts");
            foreach (var (h, diagnostics) in report.Handouts) WriteHandout(w, h, diagnostics);
            w.WriteEndArray();
            w.WriteEndObject();
        }

        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    private static void WriteHandout(Utf8JsonWriter w, HandoutQuality h, IReadOnlyList<Diagnostics.Diagnostic> diagnostics)
    {
        w.WriteStartObject();
        w.WriteString("slug", h.Slug);
        w.WriteString("language", h.Language);
        w.WriteString("path", h.Path);
        w.WriteString("title", h.Title);
        w.WriteString("status", Name(QualityReport.StatusOf(diagnostics)));
        w.WriteString("reviewed", h.Reviewed.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        w.WriteNumber("review_age_days", h.ReviewAgeDays);
        w.WriteString("next_review", h.NextReview.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        w.WriteString("reviewer", h.Reviewer);
        w.WriteStartArray("variants");
        foreach (var v in h.Variants)
        {
            w.WriteStartObject();
            w.WriteString("id", v.Id);
            w.WriteString("label", v.Label);
            w.WriteString("status", Name(v.Status));
            w.WriteNumber("sentences", v.Sentences);
            w.WriteNumber("words", v.Words);
            w.WriteNumber("words_per_sentence", Math.Round(v.WordsPerSentence, 1));
            w.WriteNumber("longest_sentence_words", v.LongestSentenceWords);
            Nullable(w, "flesch_kincaid_grade", v.Grade);
            Nullable(w, "flesch_reading_ease", v.ReadingEase);
            Nullable(w, "smog_grade", v.Smog);
            // Added to schema 1 for Spanish pages; null in other languages, as the English grades are in Spanish.
            Nullable(w, "fernandez_huerta", v.Spanish?.FernandezHuerta);
            Nullable(w, "szigriszt_pazos", v.Spanish?.SzigrisztPazos);
            if (v.Spanish is { } spanish) w.WriteString("inflesz_band", Inflesz.Name(spanish.Band));
            else w.WriteNull("inflesz_band");
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("hardest_sentences");
        foreach (var s in h.HardestSentences)
        {
            w.WriteStartObject();
            w.WriteNumber("line", s.Line);
            w.WriteNumber("words", s.Words);
            w.WriteNumber("grade", Math.Round(s.Grade, 1));
            w.WriteString("text", s.Text);
            Nullable(w, "szigriszt_pazos", s.Perspicuity);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("diagnostics");
        foreach (var d in diagnostics)
        {
            w.WriteStartObject();
            w.WriteString("code", d.Code);
            w.WriteString("severity", d.IsError ? "error" : "warning");
            w.WriteNumber("line", d.Span.Line);
            w.WriteNumber("column", d.Span.Column);
            w.WriteString("message", d.Message);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void Nullable(Utf8JsonWriter w, string name, double? value)
    {
        if (value is { } v) w.WriteNumber(name, Math.Round(v, 1));
        else w.WriteNull(name);
    }

    public static string Name(QualityStatus status) => status switch
    {
        QualityStatus.Ok => "ok",
        QualityStatus.Warning => "warning",
        _ => "error",
    };
}
