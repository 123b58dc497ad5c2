using System.Text.RegularExpressions;
using Handouts.Diagnostics;
using Handouts.Files;

namespace Handouts.Content;

internal static partial class TaxonomyLoader
{
    private static readonly string[] TopKeys = ["cancer_types", "treatments"];
    private static readonly string[] CancerKeys = ["id", "name", "description"];
    private static readonly string[] TreatmentKeys = ["id", "name", "description", "applies_to"];

    public static Taxonomy? Load(FileRoot files, SiteConfig site, DiagnosticBag diagnostics)
    {
        if (YamlSource.ReadFile(files, "taxonomy.yml", diagnostics) is not var (source, root)) return null;
        var f = new YamlFields(root, source, "taxonomy.yml", TopKeys);
        var cancers = ReadTerms(f, "cancer_types", TermKind.Cancer, CancerKeys, site, diagnostics);
        var treatments = ReadTerms(f, "treatments", TermKind.Treatment, TreatmentKeys, site, diagnostics);

        var cancerIds = cancers.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var t in treatments)
        {
            foreach (var target in t.AppliesTo.Where(a => !cancerIds.Contains(a)))
                diagnostics.Error(Codes.UnknownTaxonomyId, t.Span, $"treatment '{t.Id}' applies to unknown cancer type '{target}'{Spelling.Hint(target, cancerIds)}");
        }

        return new Taxonomy(cancers, treatments);
    }

    private static List<TaxonomyTerm> ReadTerms(YamlFields f, string key, TermKind kind, string[] keys, SiteConfig site, DiagnosticBag diagnostics)
    {
        var terms = new List<TaxonomyTerm>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in f.MapList(key, true, key == "treatments" ? "a treatment" : "a cancer type", keys))
        {
            var id = item.String("id", true);
            var names = item.PerLanguage("name", true);
            var descriptions = item.PerLanguage("description", true);
            var applies = kind == TermKind.Treatment ? item.StringList("applies_to", true) : [];
            if (id is null) continue;
            if (!IdPattern().IsMatch(id.Value.Value))
                diagnostics.Error(Codes.BadValue, id.Value.Span, $"id '{id.Value.Value}' must be lowercase letters, digits and hyphens");
            if (!seen.Add(id.Value.Value))
                diagnostics.Error(Codes.BadValue, id.Value.Span, $"{kind.ToString().ToLowerInvariant()} id '{id.Value.Value}' is defined twice");
            CheckLanguages(names, "name", id.Value, site, diagnostics);
            CheckLanguages(descriptions, "description", id.Value, site, diagnostics);
            terms.Add(new TaxonomyTerm(id.Value.Value, kind, names, descriptions, applies.Select(a => a.Value).ToList(), id.Value.Span));
        }

        return terms;
    }

    private static void CheckLanguages(Dictionary<string, string> texts, string field, Located<string> id, SiteConfig site, DiagnosticBag diagnostics)
    {
        if (texts.Count == 0) return;
        if (texts.Remove("", out var plain)) texts[site.DefaultLanguage] = plain;
        if (!texts.ContainsKey(site.DefaultLanguage))
            diagnostics.Error(Codes.MissingField, id.Span, $"'{id.Value}' has no {field} in the default language '{site.DefaultLanguage}'");
        var missing = site.Languages.Where(l => !texts.ContainsKey(l)).ToList();
        if (missing.Count > 0 && texts.ContainsKey(site.DefaultLanguage))
            diagnostics.Warning(Codes.MissingTranslatedName, id.Span, $"'{id.Value}' has no {field} in {string.Join(", ", missing)}; the {site.DefaultLanguage} text is shown instead");
        foreach (var extra in texts.Keys.Where(k => !site.Languages.Contains(k)))
            diagnostics.Error(Codes.BadValue, id.Span, $"'{id.Value}' has a {field} in '{extra}', which is not one of the site's languages ({string.Join(", ", site.Languages)})");
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    internal static partial Regex IdPattern();
}
