using Handouts.Diagnostics;
using Handouts.Files;

namespace Handouts.Content;

/// <summary>Reads one <c>&lt;slug&gt;.&lt;lang&gt;.md</c> file into a <see cref="Handout"/>, reporting every problem in it.</summary>
internal static class HandoutLoader
{
    private static readonly string[] Keys =
    [
        "title", "summary", "main_message", "language", "cancer_types", "treatments", "audience", "reviewed", "reviewer",
        "version", "key_points", "when_to_call", "sources", "variants", "translated_from", "translator", "draft",
    ];

    private static readonly string[] SourceKeys = ["id", "title", "publisher", "url", "for"];
    private static readonly string[] VariantKeys = ["cancer", "treatment"];
    internal static readonly string[] Audiences = ["patients", "caregivers", "parents"];

    /// <summary>Slugs that would collide with the folders the site itself uses inside a language folder
    /// (<c>en/cancer/</c>, <c>media/</c>, ...).</summary>
    public static readonly string[] ReservedSlugs = ["cancer", "treatment", "media", "assets", "reports", "pdf"];

    public static Handout? Load(FileRoot files, string relative, SiteConfig site, DiagnosticBag diagnostics)
    {
        var path = files.Display(relative);
        var name = Path.GetFileNameWithoutExtension(relative);
        var dot = name.IndexOf('.');
        var slug = dot < 0 ? name : name[..dot];
        var fileLanguage = dot < 0 ? site.DefaultLanguage : name[(dot + 1)..];
        if (!TaxonomyLoader.IdPattern().IsMatch(slug))
        {
            diagnostics.Error(Codes.BadFileName, SourceLocation.Start(path), $"the file name must be <slug>.<language>.md with a slug of lowercase letters, digits and hyphens, not '{name}.md'");
            return null;
        }

        if (ReservedSlugs.Contains(slug))
        {
            diagnostics.Error(Codes.BadFileName, SourceLocation.Start(path), $"'{slug}' is a folder name the site itself uses ({string.Join(", ", ReservedSlugs)}); rename the file");
            return null;
        }

        if (!site.Languages.Contains(fileLanguage))
        {
            diagnostics.Error(Codes.BadFileName, SourceLocation.Start(path), $"language '{fileLanguage}' in the file name is not one of the site's languages ({string.Join(", ", site.Languages)})");
            return null;
        }

        var text = files.ReadText(relative, SourceLocation.Start(path), diagnostics, "this handout");
        if (text is null) return null;
        var split = FrontMatter.Split(text);
        if (split is not { } fm)
        {
            diagnostics.Error(Codes.MissingField, new SourceLocation(path, 1, 1), "a handout starts with front matter between two '---' lines");
            return null;
        }

        var source = new YamlSource(path, fm.YamlLine - 1, diagnostics);
        var root = source.ParseMapping(fm.Yaml);
        if (root is null) return null;
        var f = new YamlFields(root, source, "front matter", Keys);

        var title = f.String("title", true);
        var summary = f.String("summary", true);
        var mainMessage = f.String("main_message", true);
        var language = f.String("language", false);
        if (language is { } lang && lang.Value != fileLanguage)
            diagnostics.Error(Codes.BadValue, lang.Span, $"language '{lang.Value}' does not match the file name, which says '{fileLanguage}'");
        var translatedFrom = f.String("translated_from", false);
        var translator = f.String("translator", false);
        var isTranslation = fileLanguage != site.DefaultLanguage;
        if (isTranslation && translatedFrom is null)
            diagnostics.Error(Codes.MissingField, f.Span, $"a translation needs 'translated_from': the version of the {site.DefaultLanguage} original it was translated from");
        if (isTranslation && translator is null)
            diagnostics.Error(Codes.MissingField, f.Span, "a translation needs 'translator': who translated it (name and role), shown with the reviewer");
        if (!isTranslation && translator is { } tr)
            diagnostics.Error(Codes.BadValue, tr.Span, $"'translator' belongs only in translations; this file is in the default language '{site.DefaultLanguage}'");
        if (!isTranslation && translatedFrom is { } tf)
            diagnostics.Error(Codes.BadValue, tf.Span, $"'translated_from' belongs only in translations; this file is in the default language '{site.DefaultLanguage}'");

        var cancers = f.StringList("cancer_types", true);
        var treatments = f.StringList("treatments", false);
        var audience = f.OneOf("audience", true, Audiences);
        var reviewed = f.Date("reviewed", true);
        var reviewer = f.String("reviewer", true);
        var version = f.String("version", true);
        var keyPoints = f.StringList("key_points", true);
        var whenToCall = f.StringList("when_to_call", true);
        var sources = ReadSources(f);
        var variants = f.Has("variants") ? ReadVariants(f) : null;
        var draft = f.Bool("draft") ?? false;

        if (title is null || summary is null || mainMessage is null || audience is null || reviewed is null || reviewer is null || version is null)
            return null;
        return new Handout(
            Slug: slug,
            Language: fileLanguage,
            Path: path,
            Title: title.Value.Value,
            Summary: summary.Value.Value,
            MainMessage: mainMessage.Value.Value,
            CancerTypes: cancers,
            Treatments: treatments,
            Audience: audience.Value.Value,
            Reviewed: reviewed.Value.Value,
            Reviewer: reviewer.Value.Value,
            Version: version.Value.Value,
            KeyPoints: keyPoints.Select(k => k.Value).ToList(),
            WhenToCall: whenToCall.Select(w => w.Value).ToList(),
            Sources: sources,
            VariantSpecs: variants,
            TranslatedFrom: translatedFrom,
            Translator: translator?.Value,
            Body: fm.Body,
            BodyLine: fm.BodyLine,
            ReviewedSpan: reviewed.Value.Span,
            FrontMatter: fm.Yaml,
            Draft: draft);
    }

    private static List<HandoutSource> ReadSources(YamlFields f)
    {
        var result = new List<HandoutSource>();
        foreach (var s in f.MapList("sources", true, "a source", SourceKeys))
        {
            var id = s.String("id", true);
            var title = s.String("title", true);
            var publisher = s.String("publisher", true);
            var url = s.String("url", true);
            if (url is { } u && !(Uri.TryCreate(u.Value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
                f.Source.Diagnostics.Error(Codes.BadValue, u.Span, $"source url must be an absolute http(s) URL, not '{u.Value}'");
            var condition = s.String("for", false);
            if (id is not null && title is not null && publisher is not null && url is not null)
                result.Add(new HandoutSource(id.Value.Value, title.Value.Value, publisher.Value.Value, url.Value.Value, condition));
        }

        return result;
    }

    private static List<VariantSpec> ReadVariants(YamlFields f)
    {
        var result = new List<VariantSpec>();
        foreach (var v in f.MapList("variants", true, "a variant", VariantKeys))
        {
            var cancer = v.String("cancer", true);
            var treatment = v.String("treatment", false);
            if (cancer is not null) result.Add(new VariantSpec(cancer.Value, treatment));
        }

        return result;
    }
}
