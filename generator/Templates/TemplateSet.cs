using Handouts.Diagnostics;
using Handouts.Files;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Handouts.Templates;

/// <summary>The Scriban templates of a run, parsed once. Rendering is strict: an unknown variable or member fails
/// the build at <c>template(line,col)</c> instead of printing nothing into a patient's page.</summary>
internal sealed class TemplateSet : IDisposable
{
    private const int PageCapacity = 256 * 1024;

    /// <summary>The print template: Scriban rendering the XML layout language of the PDFs.</summary>
    public const string Print = "print.xml";

    private readonly Dictionary<string, Template> templates;
    private readonly Dictionary<string, Template> partials;
    private readonly ScriptObject builtins;
    private readonly PartialLoader loader;

    // One context per thread, reused for every page: a new TemplateContext per render was most of what a build
    // allocated (1.2 MB a handout on the benchmark), and so most of its garbage collections.
    private readonly ThreadLocal<TemplateContext> contexts;

    private TemplateSet(Dictionary<string, Template> templates, Dictionary<string, Template> partials)
    {
        this.templates = templates;
        this.partials = partials;
        builtins = TemplateContext.GetDefaultBuiltinObject();
        // What would make a page depend on the clock or on chance: the same input must give the same bytes (releases
        // are compared byte for byte, and the build cache keeps pages from one day to the next). A template that asks
        // for one gets "unknown member" at its line.
        Forbid(builtins, "date", "now", "utc_now");
        Forbid(builtins, "math", "random", "uuid");
        loader = new PartialLoader();
        contexts = new ThreadLocal<TemplateContext>(NewContext);
    }

    public static TemplateSet? Load(ThemeRoot root, IReadOnlyList<string> required, DiagnosticBag diagnostics)
    {
        var templates = new Dictionary<string, Template>(StringComparer.Ordinal);
        var partials = new Dictionary<string, Template>(StringComparer.Ordinal);
        var ok = true;
        foreach (var name in required)
            ok &= Parse(root, name, diagnostics, t => templates[name] = t);
        foreach (var file in root.Files("partials", "*.html", recursive: false))
            ok &= Parse(root, file, diagnostics, t => partials[PartialLoader.Key(Path.GetFileNameWithoutExtension(file))] = t);
        return ok ? new TemplateSet(templates, partials) : null;
    }

    /// <summary>Renders a template with the model's members as global variables; null (with HND012) on failure.</summary>
    public string? Render(string name, ScriptObject model, DiagnosticBag diagnostics)
    {
        var context = contexts.Value!;
        context.PushGlobal(model);

        // Templates may come from a pull request: a loop nested in a loop must not hang the build.
        using var deadline = new CancellationTokenSource(Limits.TemplateTime);
        context.CancellationToken = deadline.Token;
        try
        {
            return templates[name].Render(context);
        }
        catch (ScriptRuntimeException e)
        {
            var message = deadline.IsCancellationRequested ? $"the template ran longer than {Limits.TemplateTime.TotalSeconds:0} s for one page (a loop that never ends?)" : e.OriginalMessage;
            diagnostics.Error(Codes.TemplateError, At(e.Span), message);

            // A failed render may leave scopes or loops open: the next page on this thread gets a fresh context.
            contexts.Value = NewContext();
            return null;
        }
        finally
        {
            if (context == contexts.Value) context.PopGlobal();
        }
    }

    public void Dispose() => contexts.Dispose();

    private static void Forbid(ScriptObject builtins, string module, params string[] names)
    {
        if (builtins[module] is not ScriptObject functions) return;
        foreach (var name in names)
        {
            if (!functions.Remove(name)) throw new InvalidOperationException($"Scriban has no {module}.{name} to take away: check the names after upgrading it");
        }
    }

    /// <summary>The path of a template as diagnostics show it.</summary>
    public string PathOf(string name) => templates[name].SourceFilePath ?? name;

    private TemplateContext NewContext()
    {
        var context = new TemplateContext(builtins)
        {
            StrictVariables = true,
            EnableRelaxedMemberAccess = false,
            EnableRelaxedTargetAccess = false,
            EnableRelaxedIndexerAccess = false,
            TemplateLoader = loader,
            LoopLimit = 100_000,

            // Limits are errors, never a silently truncated page: a string doubled in a loop, or a page of megabytes.
            LimitToString = Limits.TemplateString,
            OnStringLimit = ScriptLimitBehavior.Throw,
            OutputLimit = Limits.TemplateOutput,
            OnOutputLimit = ScriptLimitBehavior.Throw,
            ObjectRecursionLimit = 20,
            RecursiveLimit = 20,
        };
        foreach (var (key, partial) in partials) context.CachedTemplates[key] = partial;
        // The context writes every page of its thread into one builder, emptied after each. Grown from empty, it
        // added a chunk at a time and, once emptied, was copied into one array sized for the last page: allocations
        // of the size of every page, twice. Room for a large page from the start makes emptying free.
        if (context.Output is StringBuilderOutput output) output.Builder.EnsureCapacity(PageCapacity);
        return context;
    }

    private static bool Parse(ThemeRoot root, string name, DiagnosticBag diagnostics, Action<Template> store)
    {
        var path = root.Display(name);
        if (root.ReadText(name, SourceLocation.Start(path), diagnostics, $"the template {name}") is not { } text) return false;
        var template = Template.Parse(text, path);
        if (template.HasErrors)
        {
            foreach (var message in template.Messages.Where(m => m.Type == ParserMessageType.Error))
                diagnostics.Error(Codes.TemplateError, At(message.Span), message.Message);
            return false;
        }

        store(template);
        return true;
    }

    private static SourceLocation At(SourceSpan span) => new(span.FileName ?? "template", span.Start.Line + 1, span.Start.Column + 1);

    /// <summary><c>{{ include "name" }}</c> resolves to <c>partials/name.html</c>. Every partial is parsed up front and
    /// handed to each render through <see cref="TemplateContext.CachedTemplates"/>, so <see cref="Load"/> is only
    /// reached for a partial that does not exist.</summary>
    private sealed class PartialLoader : ITemplateLoader
    {
        public static string Key(string name) => "partials/" + name + ".html";

        public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) => Key(templateName);

        public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
            throw new ScriptRuntimeException(callerSpan, $"there is no partial '{templatePath}' in the templates folder");

        public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
            ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));
    }
}
