using Ganss.Xss;

namespace Handouts.Markdown;

/// <summary>When a clinic switches raw HTML on (<c>allow_raw_html: true</c>), the body still passes an allow-list
/// sanitizer before it reaches a page: no script, event handlers, styles that load things, forms, frames or links
/// other than http, https, mailto and tel (docs/developers.md, "Security", rule 3). Configured once; Sanitize is thread-safe.</summary>
internal sealed class RawHtmlSanitizer
{
    private static readonly string[] Schemes = ["http", "https", "mailto", "tel"];

    // A handout has no use for controls that submit or embed anything.
    private static readonly string[] Removed = ["form", "input", "button", "select", "option", "optgroup", "textarea", "datalist", "fieldset", "legend", "label", "output", "iframe", "object", "embed", "video", "audio", "source", "track", "map", "area"];

    // Our own markup: heading ids, tailoring and tick-box classes, and the hidden tick box.
    private static readonly string[] Attributes = ["id", "class", "aria-hidden", "aria-label", "role", "lang", "dir"];

    private readonly HtmlSanitizer sanitizer = Create();

    public string Sanitize(string html) => sanitizer.Sanitize(html);

    private static HtmlSanitizer Create()
    {
        var s = new HtmlSanitizer();
        s.AllowedSchemes.Clear();
        foreach (var scheme in Schemes) s.AllowedSchemes.Add(scheme);
        foreach (var tag in Removed) s.AllowedTags.Remove(tag);
        foreach (var attribute in Attributes) s.AllowedAttributes.Add(attribute);
        s.AllowedAtRules.Clear();
        s.AllowedCssProperties.Remove("background-image");
        s.AllowedCssProperties.Remove("list-style-image");
        s.AllowedCssProperties.Remove("content");
        return s;
    }
}
