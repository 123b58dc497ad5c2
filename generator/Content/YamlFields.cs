using System.Globalization;
using Handouts.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace Handouts.Content;

/// <summary>Typed, position-aware reads from one YAML mapping. Unknown keys are reported on construction,
/// missing required fields and wrong shapes on read: every problem lands at its line.</summary>
internal sealed class YamlFields
{
    private readonly YamlMappingNode map;
    private readonly string what;

    public YamlFields(YamlMappingNode map, YamlSource source, string what, IReadOnlyCollection<string> allowedKeys)
    {
        this.map = map;
        this.what = what;
        Source = source;
        foreach (var key in map.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value ?? "";
            if (!allowedKeys.Contains(name))
                source.Diagnostics.Error(Codes.UnknownKey, source.SpanOf(key), $"unknown key '{name}' in {what}{Spelling.Hint(name, allowedKeys)}");
        }
    }

    public YamlSource Source { get; }

    public SourceLocation Span => Source.SpanOf(map);

    public SourceLocation SpanOfKey(string key) =>
        map.Children.Keys.FirstOrDefault(k => (k as YamlScalarNode)?.Value == key) is { } node ? Source.SpanOf(node) : Span;

    public bool Has(string key) => map.Children.ContainsKey(new YamlScalarNode(key));

    public YamlNode? Node(string key, bool required)
    {
        if (map.Children.TryGetValue(new YamlScalarNode(key), out var node) && !IsNull(node)) return node;
        if (required) Source.Diagnostics.Error(Codes.MissingField, Span, $"missing required field '{key}' in {what}");
        return null;
    }

    public Located<string>? String(string key, bool required)
    {
        var node = Node(key, required);
        if (node is null) return null;
        if (node is YamlScalarNode { Value: { } value } && !string.IsNullOrWhiteSpace(value))
            return new Located<string>(value.Trim(), Source.SpanOf(node));
        Source.Diagnostics.Error(Codes.BadValue, Source.SpanOf(node), $"'{key}' must be a single line of text");
        return null;
    }

    public Located<DateOnly>? Date(string key, bool required)
    {
        var text = String(key, required);
        if (text is null) return null;
        if (DateOnly.TryParseExact(text.Value.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return new Located<DateOnly>(date, text.Value.Span);
        Source.Diagnostics.Error(Codes.BadValue, text.Value.Span, $"'{key}' must be a date written YYYY-MM-DD, not '{text.Value.Value}'");
        return null;
    }

    public bool? Bool(string key)
    {
        var text = String(key, required: false);
        if (text is null) return null;
        if (text.Value.Value is "true" or "false") return text.Value.Value == "true";
        Source.Diagnostics.Error(Codes.BadValue, text.Value.Span, $"'{key}' must be true or false");
        return null;
    }

    public Located<string>? OneOf(string key, bool required, params string[] allowed)
    {
        var text = String(key, required);
        if (text is null || allowed.Contains(text.Value.Value)) return text;
        Source.Diagnostics.Error(Codes.BadValue, text.Value.Span, $"'{key}' must be one of {string.Join(", ", allowed)}, not '{text.Value.Value}'{Spelling.Hint(text.Value.Value, allowed)}");
        return null;
    }

    /// <summary>A list of strings; a single scalar is accepted as a one-item list.</summary>
    public List<Located<string>> StringList(string key, bool required)
    {
        var node = Node(key, required);
        var result = new List<Located<string>>();
        if (node is YamlScalarNode { Value: { } one })
        {
            result.Add(new Located<string>(one.Trim(), Source.SpanOf(node)));
        }
        else if (node is YamlSequenceNode seq)
        {
            foreach (var item in seq.Children)
            {
                if (item is YamlScalarNode { Value: { } value } && !string.IsNullOrWhiteSpace(value))
                    result.Add(new Located<string>(value.Trim(), Source.SpanOf(item)));
                else
                    Source.Diagnostics.Error(Codes.BadValue, Source.SpanOf(item), $"each item of '{key}' must be a single line of text");
            }
        }
        else if (node is not null)
        {
            Source.Diagnostics.Error(Codes.BadValue, Source.SpanOf(node), $"'{key}' must be a list");
        }

        if (required && node is not null && result.Count == 0)
            Source.Diagnostics.Error(Codes.MissingField, Source.SpanOf(node), $"'{key}' must not be empty");
        return result;
    }

    public YamlFields? Map(string key, bool required, string what, IReadOnlyCollection<string> allowedKeys)
    {
        var node = Node(key, required);
        if (node is null) return null;
        if (node is YamlMappingNode child) return new YamlFields(child, Source, what, allowedKeys);
        Source.Diagnostics.Error(Codes.BadValue, Source.SpanOf(node), $"'{key}' must be a mapping of 'key: value' lines");
        return null;
    }

    /// <summary>Each item of a list of mappings, with its own unknown-key check.</summary>
    public List<YamlFields> MapList(string key, bool required, string what, IReadOnlyCollection<string> allowedKeys)
    {
        var node = Node(key, required);
        var result = new List<YamlFields>();
        if (node is null) return result;
        if (node is not YamlSequenceNode seq)
        {
            Source.Diagnostics.Error(Codes.BadValue, Source.SpanOf(node), $"'{key}' must be a list");
            return result;
        }

        foreach (var item in seq.Children)
        {
            if (item is YamlMappingNode m) result.Add(new YamlFields(m, Source, what, allowedKeys));
            else Source.Diagnostics.Error(Codes.BadValue, Source.SpanOf(item), $"each item of '{key}' must be a mapping of 'key: value' lines");
        }

        if (required && result.Count == 0 && seq.Children.Count == 0)
            Source.Diagnostics.Error(Codes.MissingField, Source.SpanOf(node), $"'{key}' must not be empty");
        return result;
    }

    /// <summary>A mapping from language code to text, such as <c>name: { en: Breast cancer, es: Cáncer de mama }</c>.</summary>
    public Dictionary<string, string> PerLanguage(string key, bool required)
    {
        var node = Node(key, required);
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        if (node is null) return result;
        if (node is YamlScalarNode { Value: { } plain })
        {
            result[""] = plain.Trim();
            return result;
        }

        if (node is not YamlMappingNode m)
        {
            Source.Diagnostics.Error(Codes.BadValue, Source.SpanOf(node), $"'{key}' must map language codes to text, e.g. {{ en: ..., es: ... }}");
            return result;
        }

        foreach (var (k, v) in m.Children)
        {
            if (k is YamlScalarNode { Value: { } lang } && v is YamlScalarNode { Value: { } text } && !string.IsNullOrWhiteSpace(text))
                result[lang] = text.Trim();
            else
                Source.Diagnostics.Error(Codes.BadValue, Source.SpanOf(v), $"each entry of '{key}' must be 'language: text'");
        }

        return result;
    }

    private static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Value: null or "" or "~" or "null", Style: not (YamlDotNet.Core.ScalarStyle.SingleQuoted or YamlDotNet.Core.ScalarStyle.DoubleQuoted) };
}
