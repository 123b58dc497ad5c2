using Handouts.Diagnostics;
using Handouts.Files;
using Handouts.Threading;

namespace Handouts.Content;

/// <summary>Load stage: site.yml, taxonomy.yml and handouts/*.md into one validated <see cref="ContentSet"/>.</summary>
internal static class ContentLoader
{
    /// <param name="drafts">Whether drafts are published (<c>--drafts</c>, a staff preview); otherwise they are left out
    /// entirely, with the translations of a draft original.</param>
    public static ContentSet? Load(FileRoot root, DiagnosticBag diagnostics, bool drafts = false)
    {
        var site = SiteLoader.Load(root, diagnostics);
        if (site is null) return null;
        var taxonomy = TaxonomyLoader.Load(root, site, diagnostics);
        if (taxonomy is null) return null;

        if (!root.FolderExists("handouts"))
        {
            diagnostics.Error(Codes.MissingFile, SourceLocation.File(root.Display("handouts")), "the content folder has no handouts/ folder");
            return null;
        }

        var files = root.Files("handouts", "*.md", recursive: false);
        var loaded = new Handout?[files.Count];
        WorkQueue.ForEach(Enumerable.Range(0, files.Count).ToArray(), i => diagnostics.Isolate(root.Display(files[i]), () => loaded[i] = HandoutLoader.Load(root, files[i], site, diagnostics)));
        var handouts = loaded.OfType<Handout>().ToList();

        CheckTaxonomyIds(handouts, taxonomy, diagnostics);
        CheckDuplicatesAndTranslations(handouts, site, diagnostics);
        var languageOrder = site.Languages.ToList();
        handouts.Sort((a, b) =>
        {
            var c = string.CompareOrdinal(a.Slug, b.Slug);
            return c != 0 ? c : languageOrder.IndexOf(a.Language).CompareTo(languageOrder.IndexOf(b.Language));
        });
        // A translation of a draft is not ready either, whatever its own front matter says.
        var draftSlugs = handouts.Where(h => h.Draft && h.Language == site.DefaultLanguage).Select(h => h.Slug).ToHashSet(StringComparer.Ordinal);
        handouts = [.. handouts.Select(h => !h.Draft && draftSlugs.Contains(h.Slug) ? h with { Draft = true } : h)];
        return drafts
            ? new ContentSet(root, site, taxonomy, handouts)
            : new ContentSet(root, site, taxonomy, [.. handouts.Where(h => !h.Draft)], [.. handouts.Where(h => h.Draft)]);
    }

    private static void CheckTaxonomyIds(List<Handout> handouts, Taxonomy taxonomy, DiagnosticBag diagnostics)
    {
        foreach (var h in handouts)
        {
            Check(h.CancerTypes, TermKind.Cancer, "cancer type");
            Check(h.Treatments, TermKind.Treatment, "treatment");
            foreach (var t in h.Treatments.Where(t => taxonomy.Treatment(t.Value) is not null))
            {
                if (!h.CancerTypes.Any(c => taxonomy.Applies(t.Value, c.Value)))
                    diagnostics.Error(Codes.UnknownTaxonomyId, t.Span, $"treatment '{t.Value}' does not apply to any of this handout's cancer types in taxonomy.yml (it applies to {string.Join(", ", taxonomy.Treatment(t.Value)!.AppliesTo)})");
            }
        }

        void Check(IReadOnlyList<Located<string>> ids, TermKind kind, string what)
        {
            foreach (var id in ids.Where(i => taxonomy.Find(kind, i.Value) is null))
                diagnostics.Error(Codes.UnknownTaxonomyId, id.Span, $"unknown {what} '{id.Value}': it is not in taxonomy.yml{Spelling.Hint(id.Value, taxonomy.Ids(kind))}");
        }
    }

    private static void CheckDuplicatesAndTranslations(List<Handout> handouts, SiteConfig site, DiagnosticBag diagnostics)
    {
        foreach (var group in handouts.GroupBy(h => (h.Slug, h.Language)).Where(g => g.Count() > 1))
        {
            var first = group.First();
            foreach (var dup in group.Skip(1))
                diagnostics.Error(Codes.DuplicateSlug, dup.FileSpan, $"handout '{group.Key.Slug}' in '{group.Key.Language}' is also defined in {first.Path}");
        }

        var originals = handouts.Where(h => h.Language == site.DefaultLanguage).GroupBy(h => h.Slug).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var t in handouts.Where(h => h.Language != site.DefaultLanguage))
        {
            if (!originals.TryGetValue(t.Slug, out var original))
            {
                diagnostics.Error(Codes.OrphanTranslation, t.FileSpan, $"translation '{t.Slug}' ({t.Language}) has no original: expected {t.Slug}.{site.DefaultLanguage}.md");
                continue;
            }

            Same(t.CancerTypes, original.CancerTypes, "cancer_types");
            Same(t.Treatments, original.Treatments, "treatments");
            void Same(IReadOnlyList<Located<string>> mine, IReadOnlyList<Located<string>> theirs, string key)
            {
                if (!mine.Select(m => m.Value).Order().SequenceEqual(theirs.Select(m => m.Value).Order()))
                    diagnostics.Error(Codes.TranslationMismatch, mine.Count > 0 ? mine[0].Span : t.FileSpan, $"'{key}' differs from the original {original.Path}: a translation is tailored exactly like its original");
            }
        }
    }
}
