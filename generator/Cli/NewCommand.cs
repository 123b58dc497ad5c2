using System.CommandLine;
using Handouts.Build;
using Handouts.Content;
using Handouts.Diagnostics;
using Handouts.Files;
using Handouts.Output;

namespace Handouts.Cli;

/// <summary><c>handouts new SLUG [--lang LANG] [--translate-from SLUG]</c>: writes a draft handout to start from and
/// prints its path. In the default language, a fresh one; in another, a translation of the original <c>SLUG</c>,
/// prefilled with its text (<c>--translate-from</c> says so outright, and then the name may be left out).</summary>
internal static class NewCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var folders = new FolderOptions();
        var slug = new Argument<string?>("slug") { Description = "The handout's name in addresses: lowercase letters, digits and hyphens", Arity = ArgumentArity.ZeroOrOne };
        var lang = new Option<string?>("--lang") { Description = "Its language (default: the clinic's default language); another language starts a translation" };
        var from = new Option<string?>("--translate-from") { Description = "Start a translation of this handout (the original, in the default language) into --lang, prefilled with its text" };
        var command = new Command("new", "Write a new draft handout (or a draft translation) with every field to fill in") { slug, lang, from };
        command.Options.Add(folders.Content);
        command.SetAction(parse =>
        {
            var diagnostics = new DiagnosticBag();
            var root = new FileRoot(parse.GetValue(folders.Content)!, "content");
            var content = ContentLoader.Load(root, diagnostics, drafts: true);
            if (content is null)
            {
                foreach (var d in diagnostics.Sorted()) error.WriteLine(d);
                return 1;
            }

            var translating = parse.GetValue(from);
            var name = parse.GetValue(slug) ?? translating;
            var language = parse.GetValue(lang) ?? content.Site.DefaultLanguage;
            if (name is null) return Refuse(error, "name the new handout (handouts new SLUG), or the handout to translate (handouts new --translate-from SLUG --lang LANG)");
            if (!TaxonomyLoader.IdPattern().IsMatch(name)) return Refuse(error, $"'{name}' is not a valid name: use lowercase letters, digits and hyphens");
            if (!content.Site.Languages.Contains(language)) return Refuse(error, $"'{language}' is not one of the clinic's languages in site.yml ({string.Join(", ", content.Site.Languages)})");
            if (translating is not null && translating != name)
                return Refuse(error, $"a translation keeps its original's name, so the site links the two: 'handouts new --translate-from {translating} --lang {(language == content.Site.DefaultLanguage ? "LANG" : language)}' writes {translating}.<lang>.md");
            if (translating is not null && language == content.Site.DefaultLanguage)
                return Refuse(error, $"--translate-from needs --lang, the language to translate into: one of {string.Join(", ", content.Site.Languages.Where(l => l != content.Site.DefaultLanguage))}");
            string text;
            if (language == content.Site.DefaultLanguage)
            {
                text = NewHandout.Fresh(content.Taxonomy, Clock.Today());
            }
            else
            {
                var relative = $"handouts/{name}.{content.Site.DefaultLanguage}.md";
                if (content.Find(name, content.Site.DefaultLanguage) is not { } original || root.ReadText(relative, SourceLocation.Start(root.Display(relative)), diagnostics, "the original") is not { } originalText)
                    return Refuse(error, $"a translation needs its original {root.Display(relative)}, which was not found");
                text = NewHandout.Translation(originalText, original, language);
            }

            var path = Path.Combine(root.Real, "handouts", $"{name}.{language}.md");
            if (NewFile.Write(path, text) is { } refusal) return Refuse(error, refusal);
            output.WriteLine(root.Display($"handouts/{name}.{language}.md"));
            return 0;
        });
        return command;
    }

    private static int Refuse(TextWriter error, string message)
    {
        error.WriteLine($"error: {message}");
        return 2;
    }
}
