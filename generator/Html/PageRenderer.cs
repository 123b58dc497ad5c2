using Handouts.Diagnostics;
using Handouts.Templates;
using Scriban.Runtime;

namespace Handouts.Html;

/// <summary>One page: its page template renders the inside of <c>main</c>, which the layout receives as
/// <c>content</c>. Null when a template failed (reported as HND012 at its line).</summary>
internal sealed class PageRenderer(TemplateSet templates, DiagnosticBag diagnostics)
{
    public string? Render(string template, ScriptObject model)
    {
        var main = templates.Render(template, model, diagnostics);
        if (main is null) return null;
        model["content"] = main;
        return templates.Render("layout.html", model, diagnostics);
    }
}
