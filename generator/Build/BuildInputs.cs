using Handouts.Content;
using Handouts.Diagnostics;
using Handouts.Files;
using Handouts.Markdown;
using Handouts.Pdf.Template;
using Handouts.Templates;
using Markdig;

namespace Handouts.Build;

/// <summary>Everything a build reads before it touches a handout's body, read once and never changed: the content
/// (settings, taxonomy, handouts' front matter), the templates, the interface strings, the Markdown pipeline and the
/// day review ages are counted to. Every stage is a function of these and of the handout it is given.</summary>
internal sealed class BuildInputs : IDisposable
{
    /// <summary>The clinic's templates folder when none is named: used when it exists.</summary>
    public const string DefaultTemplates = "templates";

    public static readonly string[] RequiredTemplates = ["layout.html", "pages/home.html", "pages/handout.html", "pages/term.html", "pages/404.html", TemplateSet.Print];

    private BuildInputs(ThemeRoot templatesRoot, ContentSet content, UiStrings strings, TemplateSet templates, DateOnly today)
    {
        TemplatesRoot = templatesRoot;
        Content = content;
        Strings = strings;
        Templates = templates;
        Today = today;
    }

    public ThemeRoot TemplatesRoot { get; }

    public ContentSet Content { get; }

    public UiStrings Strings { get; }

    public TemplateSet Templates { get; }

    public DateOnly Today { get; }

    public MarkdownPipeline Markdown { get; } = MarkdownPipelineFactory.Create();

    /// <summary>Loads the inputs, reporting every problem; null when they are not sound enough to build with.</summary>
    public static BuildInputs? Load(BuildOptions options, DiagnosticBag diagnostics)
    {
        var templatesRoot = ThemeRoot.Open(options.TemplatesDir ?? DefaultTemplates, EmbeddedFiles.Theme);
        if (options.TemplatesDir is { } named && templatesRoot.Folder is null)
            diagnostics.Error(Codes.MissingFile, SourceLocation.Start(DisplayPath.Of(named)), "the templates folder named by --templates was not found (without --templates, the built-in theme is used)");
        // The templates do not depend on the content: parsing them beside it takes them off start-up's critical path.
        var loadingTemplates = Task.Run(() => LoadTemplates(templatesRoot, diagnostics));
        var content = ContentLoader.Load(new FileRoot(options.ContentDir, "content"), diagnostics, options.Drafts);
        if (content is not null && options.BaseUrl is { } baseUrl)
            content = content with { Site = content.Site with { BaseUrl = baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/" } };
        var strings = content is null ? null : UiStrings.Load(templatesRoot, content.Site, diagnostics);
        var templates = loadingTemplates.GetAwaiter().GetResult();
        if (content is not null && strings is not null && templates is not null)
            return new BuildInputs(templatesRoot, content, strings, templates, options.Today ?? Clock.Today());
        templates?.Dispose();
        return null;
    }

    public void Dispose() => Templates.Dispose();

    private static TemplateSet? LoadTemplates(ThemeRoot templatesRoot, DiagnosticBag diagnostics)
    {
        var templates = TemplateSet.Load(templatesRoot, RequiredTemplates, diagnostics);
        if (templates is not null && templatesRoot.Read(TemplateSet.Print, Limits.TextBytes).Bytes is { } print)
            PrintTemplateSchema.Check(FileRoot.Decode(print), templatesRoot.Display(TemplateSet.Print), diagnostics);
        return templates;
    }
}
