using System.Text.RegularExpressions;
using Handouts.Diagnostics;
using Handouts.Files;

namespace Handouts.Content;

internal static partial class SiteLoader
{
    private static readonly string[] TopKeys = ["clinic", "base_url", "languages", "paper", "reading_level", "allow_raw_html", "checks", "fonts", "waiting_room_prints"];
    private static readonly string[] FontKeys = ["regular", "bold", "italic", "bold_italic"];
    private static readonly string[] CheckKeys = ["reading_grade_max", "sentence_words_max", "heading_levels_max", "review_warning_years", "review_error_years", "spanish"];
    private static readonly string[] SpanishKeys = ["inflesz_target", "inflesz_min", "fernandez_huerta_target", "fernandez_huerta_min"];
    private static readonly string[] ClinicKeys = ["name", "address", "phone", "after_hours_phone", "logo"];

    public static SiteConfig? Load(FileRoot files, DiagnosticBag diagnostics)
    {
        if (YamlSource.ReadFile(files, "site.yml", diagnostics) is not var (source, root)) return null;
        var f = new YamlFields(root, source, "site.yml", TopKeys);
        var c = f.Map("clinic", true, "clinic", ClinicKeys);
        var name = c?.String("name", true);
        var address = c?.String("address", true);
        var phone = c?.String("phone", true);
        var afterHours = c?.String("after_hours_phone", true);
        var logo = c?.String("logo", false);
        var logoPath = logo is { } l0 ? Logo(files, l0, diagnostics) : null;
        var baseUrl = f.String("base_url", true);
        if (baseUrl is { } b && BaseUrl.Problem(b.Value) is { } problem)
            diagnostics.Error(Codes.BadValue, b.Span, $"'base_url' {problem}");
        var languages = f.StringList("languages", true);
        foreach (var lang in languages.Where(l => !LanguageCode().IsMatch(l.Value)))
            diagnostics.Error(Codes.BadValue, lang.Span, $"'{lang.Value}' is not a language code such as en, es or pt-BR");
        foreach (var dup in languages.GroupBy(l => l.Value).Where(g => g.Count() > 1))
            diagnostics.Error(Codes.BadValue, dup.Last().Span, $"language '{dup.Key}' is listed twice");
        var paper = f.OneOf("paper", false, "letter", "a4");
        var level = f.String("reading_level", false);
        var readingLevel = 6;
        if (level is { } l && !(int.TryParse(l.Value, out readingLevel) && readingLevel is >= 1 and <= 16))
            diagnostics.Error(Codes.BadValue, l.Span, $"'reading_level' must be a school grade from 1 to 16, not '{l.Value}'");
        var allowHtml = f.Bool("allow_raw_html") ?? false;
        var waitingRoom = f.Bool("waiting_room_prints") ?? true;
        var checks = ReadChecks(f.Map("checks", false, "checks", CheckKeys), readingLevel, diagnostics);
        var fonts = f.Has("fonts") ? ReadFonts(f) : null;

        if (name is null || address is null || phone is null || afterHours is null || baseUrl is null || languages.Count == 0) return null;
        var normalizedBase = baseUrl.Value.Value.EndsWith('/') ? baseUrl.Value.Value : baseUrl.Value.Value + "/";
        return new SiteConfig(
            new Clinic(name.Value.Value, address.Value.Value, phone.Value.Value, afterHours.Value.Value, logoPath),
            normalizedBase,
            languages.Select(x => x.Value).Distinct().ToList(),
            paper?.Value ?? "letter",
            readingLevel,
            allowHtml,
            checks,
            fonts,
            waitingRoom);
    }

    /// <summary>The logo as a tidy path in the content folder, checked like every other file read (docs/developers.md, "Security").</summary>
    private static string? Logo(FileRoot root, Located<string> logo, DiagnosticBag diagnostics)
    {
        var (full, problem, reason) = root.Locate(logo.Value);
        if (full is not null) return root.RelativeOf(full);
        diagnostics.Error(problem == FileProblem.Missing ? Codes.MissingImage : Codes.RefusedPath, logo.Span, $"the clinic logo '{logo.Value}' {reason}");
        return null;
    }

    private static List<IReadOnlyList<string>> ReadFonts(YamlFields f) =>
        f.MapList("fonts", true, "a font family", FontKeys).Select(family =>
        {
            var regular = family.String("regular", true)?.Value ?? "";
            string Face(string key) => family.String(key, false)?.Value ?? regular;
            return (IReadOnlyList<string>)[regular, Face("bold"), Face("italic"), Face("bold_italic")];
        }).ToList();

    private static CheckSettings ReadChecks(YamlFields? f, int target, DiagnosticBag diagnostics)
    {
        var defaults = new CheckSettings(ReadingGradeTarget: target);
        if (f is null) return defaults;
        int Number(string key, int fallback, int min, int max) => WholeNumber(f, key, fallback, min, max, diagnostics);
        var settings = new CheckSettings(
            target,
            Number("reading_grade_max", defaults.ReadingGradeMax, 1, 20),
            Number("sentence_words_max", defaults.SentenceWordsMax, 5, 100),
            Number("heading_levels_max", defaults.HeadingLevelsMax, 2, 6),
            Number("review_warning_years", defaults.ReviewWarningYears, 1, 20),
            Number("review_error_years", defaults.ReviewErrorYears, 1, 20))
        {
            Spanish = ReadSpanish(f.Map("spanish", false, "checks.spanish", SpanishKeys), diagnostics),
        };
        if (settings.ReadingGradeMax < target)
            diagnostics.Error(Codes.BadValue, f.SpanOfKey("reading_grade_max"), $"'reading_grade_max' ({settings.ReadingGradeMax}) is below the target 'reading_level' ({target})");
        if (settings.ReviewErrorYears < settings.ReviewWarningYears)
            diagnostics.Error(Codes.BadValue, f.SpanOfKey("review_error_years"), "'review_error_years' must not be less than 'review_warning_years'");
        return settings;
    }

    /// <summary><c>checks: spanish:</c>, reading-ease scores from 0 to 100 where higher is easier: so each minimum
    /// (the error) must not be above its target (the warning).</summary>
    private static SpanishThresholds ReadSpanish(YamlFields? f, DiagnosticBag diagnostics)
    {
        var defaults = new SpanishThresholds();
        if (f is null) return defaults;
        var settings = new SpanishThresholds(
            WholeNumber(f, "inflesz_target", defaults.InfleszTarget, 0, 100, diagnostics),
            WholeNumber(f, "inflesz_min", defaults.InfleszMin, 0, 100, diagnostics),
            WholeNumber(f, "fernandez_huerta_target", defaults.FernandezHuertaTarget, 0, 100, diagnostics),
            WholeNumber(f, "fernandez_huerta_min", defaults.FernandezHuertaMin, 0, 100, diagnostics));
        if (settings.InfleszMin > settings.InfleszTarget)
            diagnostics.Error(Codes.BadValue, f.SpanOfKey("inflesz_min"), $"'inflesz_min' ({settings.InfleszMin}) is above 'inflesz_target' ({settings.InfleszTarget}): the minimum is the lower bar");
        if (settings.FernandezHuertaMin > settings.FernandezHuertaTarget)
            diagnostics.Error(Codes.BadValue, f.SpanOfKey("fernandez_huerta_min"), $"'fernandez_huerta_min' ({settings.FernandezHuertaMin}) is above 'fernandez_huerta_target' ({settings.FernandezHuertaTarget}): the minimum is the lower bar");
        return settings;
    }

    private static int WholeNumber(YamlFields f, string key, int fallback, int min, int max, DiagnosticBag diagnostics)
    {
        var text = f.String(key, false);
        if (text is null) return fallback;
        if (int.TryParse(text.Value.Value, out var n) && n >= min && n <= max) return n;
        diagnostics.Error(Codes.BadValue, text.Value.Span, $"'{key}' must be a whole number from {min} to {max}, not '{text.Value.Value}'");
        return fallback;
    }

    [GeneratedRegex("^[a-z]{2,3}(-[A-Za-z]{2,4})?$")]
    private static partial Regex LanguageCode();
}
