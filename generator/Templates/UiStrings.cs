using Handouts.Content;
using Handouts.Diagnostics;
using Handouts.Files;
using YamlDotNet.RepresentationModel;
using Handouts.Text;

namespace Handouts.Templates;

/// <summary>The words of the interface ("Key points", "Call us", month names) per language, from
/// <c>templates/strings.yml</c>. A language missing some falls back to the default language's words.</summary>
internal sealed class UiStrings
{
    /// <summary>Strings the generator reads itself (labels, dates, PDF link names), not only the templates: a theme
    /// must give them in its default language.</summary>
    private static readonly string[] GeneratorKeys =
        ["after_hours", "all_versions", "call_us", "date_format", "decimal_mark", "for_everyone_with", "home_title", "language_name", "months", "not_found_title", "or", "pack_contents", "pack_title", "pack_updated", "page_of", "pdf_large", "pdf_size", "pdf_standard", "poster_how", "poster_scan", "poster_visit", "tailored_for", "tailored_not", "untranslated_handout", "untranslated_page"];

    /// <summary>The key under a language that holds overrides per audience (<c>parents: { emergency: ... }</c>).</summary>
    public const string AudiencesKey = "audiences";

    private readonly Dictionary<string, Dictionary<string, object>> byLanguage;
    private readonly Dictionary<string, Dictionary<string, object>> escaped;
    private readonly Dictionary<(string Language, string Audience), Dictionary<string, object>> byAudience;
    private readonly Dictionary<(string Language, string Audience), Dictionary<string, object>> escapedForAudience;

    private UiStrings(Dictionary<string, Dictionary<string, object>> byLanguage, Dictionary<(string, string), Dictionary<string, object>> byAudience)
    {
        this.byLanguage = byLanguage;
        escaped = byLanguage.ToDictionary(l => l.Key, l => Escape(l.Value), StringComparer.Ordinal);
        this.byAudience = byAudience;
        escapedForAudience = byAudience.ToDictionary(a => a.Key, a => Escape(a.Value));
    }

    /// <summary>For templates: text HTML-escaped once, like every text value of the template model.</summary>
    public IReadOnlyDictionary<string, object> For(string language) => escaped[language];

    /// <summary>For a handout's pages: the words for its audience ("If your child has a fall ..." for parents), the
    /// language's own words where the audience has none.</summary>
    public IReadOnlyDictionary<string, object> For(string language, string audience) =>
        escapedForAudience.TryGetValue((language, audience), out var words) ? words : escaped[language];

    private static Dictionary<string, object> Escape(Dictionary<string, object> values) =>
        values.ToDictionary(kv => kv.Key, kv => kv.Value is string s ? (object)HtmlText.Escape(s) : ((string[])kv.Value).Select(HtmlText.Escape).ToArray(), StringComparer.Ordinal);

    /// <summary>A string the generator reads itself, in the words of <paramref name="audience"/> where it has its own.</summary>
    public string Text(string language, string key, string? audience = null) => (string)Words(language, audience)[key];

    public string? TextOrNull(string language, string key, string? audience = null) => Words(language, audience).TryGetValue(key, out var v) ? v as string : null;

    public string[] List(string language, string key, string? audience = null) => (string[])Words(language, audience)[key];

    private Dictionary<string, object> Words(string language, string? audience) =>
        audience is not null && byAudience.TryGetValue((language, audience), out var words) ? words : byLanguage[language];

    /// <summary>The default theme's strings with the clinic's <c>strings.yml</c> (when it has one) over them, key by key
    /// and language by language: a clinic changes one phrase without copying the file. An override must have the shape
    /// (text or list) of the string it replaces.</summary>
    public static UiStrings? Load(ThemeRoot theme, SiteConfig site, DiagnosticBag diagnostics)
    {
        const string File = "strings.yml";
        Parsed? builtIn = null;
        if (theme.BuiltIn.Read(File) is { } bytes)
        {
            var source = new YamlSource($"{ThemeRoot.BuiltInName}/{File}", 0, diagnostics);
            if (source.ParseMapping(FileRoot.Decode(bytes)) is not { } root) return null;
            builtIn = Parse(source, root, site, diagnostics);
        }

        Parsed? clinic = null;
        if (theme.Overrides(File))
        {
            if (YamlSource.ReadFile(theme.Folder!, File, diagnostics) is not var (source, root)) return null;
            clinic = Parse(source, root, site, diagnostics);
        }

        if ((builtIn ?? clinic) is not { } first)
        {
            diagnostics.Error(Codes.MissingFile, SourceLocation.Start(theme.Display(File)), $"{File} was not found in the templates folder or the built-in theme");
            return null;
        }

        var (raw, audiences, path) = clinic is null || builtIn is null ? first : Overlay(builtIn, clinic, diagnostics);
        if (!raw.TryGetValue(site.DefaultLanguage, out var defaults))
        {
            diagnostics.Error(Codes.MissingField, SourceLocation.Start(path), $"strings.yml has no strings for the default language '{site.DefaultLanguage}'");
            return null;
        }

        var lacking = GeneratorKeys.Where(k => !defaults.Values.ContainsKey(k)).ToList();
        if (lacking.Count > 0)
        {
            diagnostics.Error(Codes.MissingField, defaults.Span, $"strings.yml lacks strings the generator itself uses in '{site.DefaultLanguage}': {string.Join(", ", lacking)}");
            return null;
        }

        if (defaults.Values.TryGetValue("months", out var months) && months is not string[] { Length: 12 })
            diagnostics.Error(Codes.BadValue, defaults.Span, $"'months' for '{site.DefaultLanguage}' must be a list of the 12 month names");
        var result = new Dictionary<string, Dictionary<string, object>>(StringComparer.Ordinal);
        foreach (var lang in site.Languages)
        {
            var own = raw.TryGetValue(lang, out var r) ? r : (Values: new Dictionary<string, object>(), Span: SourceLocation.Start(path));
            var merged = new Dictionary<string, object>(defaults.Values, StringComparer.Ordinal);
            foreach (var (k, v) in own.Values)
            {
                if (!defaults.Values.TryGetValue(k, out var fallback))
                    diagnostics.Error(Codes.UnknownKey, own.Span, $"string '{k}' for '{lang}' does not exist in '{site.DefaultLanguage}'{Spelling.Hint(k, defaults.Values.Keys)}");
                else if (SameShape(k, v, fallback, lang, own.Span, diagnostics))
                    merged[k] = v;
            }

            var missing = defaults.Values.Keys.Where(k => !own.Values.ContainsKey(k)).Order(StringComparer.Ordinal).ToList();
            if (missing.Count > 0)
                diagnostics.Warning(Codes.MissingUiString, own.Span, $"'{lang}' is missing {missing.Count} interface string(s), shown in '{site.DefaultLanguage}' instead: {string.Join(", ", missing)}");
            result[lang] = merged;
        }

        var spans = raw.ToDictionary(r => r.Key, r => r.Value.Span, StringComparer.Ordinal);
        return new UiStrings(result, MergeAudiences(audiences, result, defaults.Values, spans, site, diagnostics));
    }

    /// <summary>Per audience: the language's words with the audience's overrides; where a language lacks an override the
    /// default language has, the default's override is used with a warning (as for any missing string).</summary>
    private static Dictionary<(string, string), Dictionary<string, object>> MergeAudiences(
        Dictionary<(string Language, string Audience), (Dictionary<string, object> Values, SourceLocation Span)> audiences,
        Dictionary<string, Dictionary<string, object>> languages,
        Dictionary<string, object> defaults,
        Dictionary<string, SourceLocation> languageSpans,
        SiteConfig site,
        DiagnosticBag diagnostics)
    {
        var result = new Dictionary<(string, string), Dictionary<string, object>>();
        foreach (var audience in audiences.Keys.Select(k => k.Audience).Distinct().Order(StringComparer.Ordinal))
        {
            var fallback = audiences.TryGetValue((site.DefaultLanguage, audience), out var d) ? d.Values : [];
            foreach (var lang in site.Languages)
            {
                var own = audiences.TryGetValue((lang, audience), out var o) ? o : (Values: [], Span: languageSpans.GetValueOrDefault(lang, languageSpans[site.DefaultLanguage]));
                var merged = new Dictionary<string, object>(languages[lang], StringComparer.Ordinal);
                foreach (var (k, v) in fallback) merged[k] = v;
                foreach (var (k, v) in own.Values)
                {
                    if (defaults.TryGetValue(k, out var shape) && SameShape(k, v, shape, $"{audience} in {lang}", own.Span, diagnostics)) merged[k] = v;
                    else if (!defaults.ContainsKey(k)) diagnostics.Error(Codes.UnknownKey, own.Span, $"string '{k}' for '{audience}' in '{lang}' does not exist in '{site.DefaultLanguage}'{Spelling.Hint(k, defaults.Keys)}");
                }

                var missing = fallback.Keys.Where(k => !own.Values.ContainsKey(k)).Order(StringComparer.Ordinal).ToList();
                if (lang != site.DefaultLanguage && missing.Count > 0)
                    diagnostics.Warning(Codes.MissingUiString, own.Span, $"'{lang}' is missing {missing.Count} interface string(s) for {audience}, shown in '{site.DefaultLanguage}' instead: {string.Join(", ", missing)}");
                result[(lang, audience)] = merged;
            }
        }

        return result;
    }

    /// <summary>One strings file read: the words per language, the per-audience words, and the file's name.</summary>
    private sealed record Parsed(
        Dictionary<string, (Dictionary<string, object> Values, SourceLocation Span)> Raw,
        Dictionary<(string Language, string Audience), (Dictionary<string, object> Values, SourceLocation Span)> Audiences,
        string Path);

    private static Parsed Parse(YamlSource source, YamlMappingNode root, SiteConfig site, DiagnosticBag diagnostics)
    {
        var raw = new Dictionary<string, (Dictionary<string, object> Values, SourceLocation Span)>(StringComparer.Ordinal);
        var audiences = new Dictionary<(string Language, string Audience), (Dictionary<string, object> Values, SourceLocation Span)>();
        foreach (var (key, value) in root.Children)
        {
            if (key is not YamlScalarNode { Value: { } lang })
            {
                diagnostics.Error(Codes.YamlSyntax, source.SpanOf(key), "each language must be a plain key such as 'en:'");
                continue;
            }

            // Templates may ship words for more languages than a clinic publishes in; those are simply unused.
            if (!site.Languages.Contains(lang)) continue;

            if (value is not YamlMappingNode map)
            {
                diagnostics.Error(Codes.BadValue, source.SpanOf(value), $"strings for '{lang}' must be a mapping of 'name: text' lines");
                continue;
            }

            raw[lang] = (ReadValues(map, source, audiences, lang), source.SpanOf(key));
        }

        return new Parsed(raw, audiences, source.Path);
    }

    /// <summary>The clinic's words over the default theme's, each at the clinic's line where it gave them.</summary>
    private static Parsed Overlay(Parsed builtIn, Parsed own, DiagnosticBag diagnostics)
    {
        var raw = new Dictionary<string, (Dictionary<string, object> Values, SourceLocation Span)>(builtIn.Raw, StringComparer.Ordinal);
        foreach (var (lang, words) in own.Raw)
            raw[lang] = (Merge(raw.GetValueOrDefault(lang).Values, words.Values, lang, words.Span, diagnostics), words.Span);
        var audiences = new Dictionary<(string Language, string Audience), (Dictionary<string, object> Values, SourceLocation Span)>(builtIn.Audiences);
        foreach (var (key, words) in own.Audiences)
            audiences[key] = (Merge(audiences.GetValueOrDefault(key).Values, words.Values, $"{key.Audience} in {key.Language}", words.Span, diagnostics), words.Span);
        return new Parsed(raw, audiences, own.Path);
    }

    private static Dictionary<string, object> Merge(Dictionary<string, object>? under, Dictionary<string, object> over, string where, SourceLocation span, DiagnosticBag diagnostics)
    {
        var merged = new Dictionary<string, object>(under ?? [], StringComparer.Ordinal);
        foreach (var (k, v) in over)
        {
            if (under is not null && under.TryGetValue(k, out var replaced) && !SameShape(k, v, replaced, where, span, diagnostics)) continue;
            merged[k] = v;
        }

        return merged;
    }

    private static Dictionary<string, object> ReadValues(YamlMappingNode map, YamlSource source, Dictionary<(string, string), (Dictionary<string, object>, SourceLocation)>? audiences, string lang)
    {
        var values = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var (k, v) in map.Children)
        {
            if (k is not YamlScalarNode { Value: { } name })
            {
                source.Diagnostics.Error(Codes.YamlSyntax, source.SpanOf(k), "each string must be a plain 'name: text' line");
                continue;
            }

            if (name == AudiencesKey)
            {
                // Only a language holds audiences; an audience's own words cannot hold more.
                if (audiences is null) source.Diagnostics.Error(Codes.UnknownKey, source.SpanOf(k), $"'{AudiencesKey}' belongs directly under a language, not inside an audience");
                else ReadAudiences(v, source, audiences, lang);
                continue;
            }

            switch (v)
            {
                case YamlScalarNode { Value: { } text }:
                    values[name] = text;
                    break;
                case YamlSequenceNode seq:
                    values[name] = seq.Children.Select(c => (c as YamlScalarNode)?.Value ?? "").ToArray();
                    break;
                default:
                    source.Diagnostics.Error(Codes.BadValue, source.SpanOf(v), $"string '{name}' must be text or a list of text");
                    break;
            }
        }

        return values;
    }

    private static void ReadAudiences(YamlNode node, YamlSource source, Dictionary<(string, string), (Dictionary<string, object>, SourceLocation)> audiences, string lang)
    {
        if (node is not YamlMappingNode map)
        {
            source.Diagnostics.Error(Codes.BadValue, source.SpanOf(node), $"'{AudiencesKey}' must map each audience ({string.Join(", ", HandoutLoader.Audiences)}) to its strings");
            return;
        }

        foreach (var (k, v) in map.Children)
        {
            var audience = (k as YamlScalarNode)?.Value ?? "";
            if (!HandoutLoader.Audiences.Contains(audience))
                source.Diagnostics.Error(Codes.UnknownKey, source.SpanOf(k), $"unknown audience '{audience}'{Spelling.Hint(audience, HandoutLoader.Audiences)}");
            else if (v is YamlMappingNode words)
                audiences[(lang, audience)] = (ReadValues(words, source, null, lang), source.SpanOf(k));
            else
                source.Diagnostics.Error(Codes.BadValue, source.SpanOf(v), $"the strings for '{audience}' must be a mapping of 'name: text' lines");
        }
    }

    /// <summary>A string given where the default language has text must be text, a list where it has a list (of as many
    /// items: twelve months): the generator reads them as such, and a list where text belongs would fail a page.</summary>
    private static bool SameShape(string key, object value, object fallback, string where, SourceLocation span, DiagnosticBag diagnostics)
    {
        var ok = (value, fallback) switch
        {
            (string, string) => true,
            (string[] list, string[] other) => list.Length == other.Length,
            _ => false,
        };
        if (!ok)
            diagnostics.Error(Codes.BadValue, span, fallback is string[] other
                ? $"string '{key}' for {where} must be a list of {other.Length} items, as in the default language"
                : $"string '{key}' for {where} must be text, as in the default language");
        return ok;
    }
}
