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
    private readonly Dictionary<string, Dictionary<string, object>> byLanguage;
    private readonly Dictionary<string, Dictionary<string, object>> escaped;

    private UiStrings(Dictionary<string, Dictionary<string, object>> byLanguage)
    {
        this.byLanguage = byLanguage;
        escaped = byLanguage.ToDictionary(
            l => l.Key,
            l => l.Value.ToDictionary(kv => kv.Key, kv => kv.Value is string s ? (object)HtmlText.Escape(s) : ((string[])kv.Value).Select(HtmlText.Escape).ToArray(), StringComparer.Ordinal),
            StringComparer.Ordinal);
    }

    /// <summary>For templates: text HTML-escaped once, like every text value of the template model.</summary>
    public IReadOnlyDictionary<string, object> For(string language) => escaped[language];

    public string Text(string language, string key) => (string)byLanguage[language][key];

    public string? TextOrNull(string language, string key) => byLanguage[language].TryGetValue(key, out var v) ? v as string : null;

    public string[] List(string language, string key) => (string[])byLanguage[language][key];

    public static UiStrings? Load(FileRoot templates, SiteConfig site, DiagnosticBag diagnostics)
    {
        if (YamlSource.ReadFile(templates, "strings.yml", diagnostics) is not var (source, root)) return null;
        var raw = new Dictionary<string, (Dictionary<string, object> Values, SourceLocation Span)>(StringComparer.Ordinal);
        foreach (var (key, value) in root.Children)
        {
            var lang = ((YamlScalarNode)key).Value ?? "";
            // Templates may ship words for more languages than a clinic publishes in; those are simply unused.
            if (!site.Languages.Contains(lang)) continue;

            if (value is not YamlMappingNode map)
            {
                diagnostics.Error(Codes.BadValue, source.SpanOf(value), $"strings for '{lang}' must be a mapping of 'name: text' lines");
                continue;
            }

            raw[lang] = (ReadValues(map, source), source.SpanOf(key));
        }

        if (!raw.TryGetValue(site.DefaultLanguage, out var defaults))
        {
            diagnostics.Error(Codes.MissingField, SourceLocation.Start(source.Path), $"strings.yml has no strings for the default language '{site.DefaultLanguage}'");
            return null;
        }

        var result = new Dictionary<string, Dictionary<string, object>>(StringComparer.Ordinal);
        foreach (var lang in site.Languages)
        {
            var own = raw.TryGetValue(lang, out var r) ? r : (Values: new Dictionary<string, object>(), Span: SourceLocation.Start(source.Path));
            var merged = new Dictionary<string, object>(defaults.Values, StringComparer.Ordinal);
            foreach (var (k, v) in own.Values)
            {
                if (defaults.Values.ContainsKey(k)) merged[k] = v;
                else diagnostics.Error(Codes.UnknownKey, own.Span, $"string '{k}' for '{lang}' does not exist in '{site.DefaultLanguage}'{Spelling.Hint(k, defaults.Values.Keys)}");
            }

            var missing = defaults.Values.Keys.Where(k => !own.Values.ContainsKey(k)).Order(StringComparer.Ordinal).ToList();
            if (missing.Count > 0)
                diagnostics.Warning(Codes.MissingUiString, own.Span, $"'{lang}' is missing {missing.Count} interface string(s), shown in '{site.DefaultLanguage}' instead: {string.Join(", ", missing)}");
            result[lang] = merged;
        }

        return new UiStrings(result);
    }

    private static Dictionary<string, object> ReadValues(YamlMappingNode map, YamlSource source)
    {
        var values = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var (k, v) in map.Children)
        {
            var name = ((YamlScalarNode)k).Value ?? "";
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
}
