using Handouts.Content;
using Handouts.Diagnostics;
using Handouts.Files;
using Handouts.Tailoring;
using Markdig.Syntax.Inlines;

namespace Handouts.Markdown;

/// <summary>Checks every link and image of a handout. An image is rewritten to its place in the site: handout pages
/// sit two folders deep (<c>en/slug/page.html</c>), so one prefix serves every page of every handout. A link to
/// another handout is only recorded: the page it leads to depends on the variant rendered (see
/// <see cref="TailoredBody.HandoutLinkOf"/>).</summary>
internal sealed class LinkResolver(ContentSet content, Handout handout, TailoredBody body, DiagnosticBag diagnostics)
{
    public const string PagePrefix = "../../";

    private readonly List<string> media = [];

    public IReadOnlyList<string> Media => media;

    public void Resolve(LinkInline link, SourceLocation span, IReadOnlySet<string> headingIds)
    {
        var url = link.Url ?? "";
        if (link.IsImage)
        {
            ResolveImage(link, url, span);
            return;
        }

        if (url.Length == 0)
        {
            diagnostics.Error(Codes.BrokenLink, span, "a link has no target");
            return;
        }

        if (url.StartsWith('#'))
        {
            if (!headingIds.Contains(url[1..]))
                diagnostics.Error(Codes.BrokenLink, span, $"no heading in this handout has the anchor '{url}'{Spelling.Hint(url[1..], headingIds)}");
            return;
        }

        if (UnsafeScheme(url) is { } scheme)
        {
            diagnostics.Error(Codes.UnsafeLink, span, $"a '{scheme}:' link is not allowed: links may only be http, https, mailto or tel addresses, or other handouts ('slug.md')");
            return;
        }

        if (IsExternal(url))
        {
            if (!Uri.TryCreate(url, UriKind.Absolute, out _))
                diagnostics.Error(Codes.BrokenLink, span, $"'{url}' is not a well-formed address");
            return;
        }

        var hash = url.IndexOf('#');
        var file = hash < 0 ? url : url[..hash];
        var anchor = hash < 0 ? "" : url[hash..];
        var name = Path.GetFileName(file);
        var slug = name.EndsWith(".md", StringComparison.Ordinal) ? name[..name.IndexOf('.')] : name;
        var target = content.Find(slug, handout.Language) ?? content.Find(slug, content.Site.DefaultLanguage);
        if (target is null && (content.IsLeftOutDraft(slug, handout.Language) || content.IsLeftOutDraft(slug, content.Site.DefaultLanguage)))
        {
            diagnostics.Error(Codes.BrokenLink, span, $"link to '{url}' leads to a draft, which this build leaves out: publish it (remove 'draft: true') or remove the link");
            return;
        }

        if (target is null)
        {
            var slugs = content.Handouts.Select(h => h.Slug).Distinct();
            diagnostics.Error(Codes.BrokenLink, span, $"link to '{url}' does not match any handout{Spelling.Hint(slug, slugs)}; link to another handout as 'slug.md'");
            return;
        }

        body.SetHandoutLink(link, new HandoutLink(target.Slug, target.Language, anchor));
    }

    private void ResolveImage(LinkInline link, string url, SourceLocation span)
    {
        if (IsExternal(url))
        {
            diagnostics.Error(Codes.MissingImage, span, $"image '{url}' must be a file in the content folder: a printed handout cannot fetch it, and patients' pages should not depend on another site");
            return;
        }

        if (HasScheme(url))
        {
            diagnostics.Error(Codes.UnsafeLink, span, $"image '{url}' must be a file in the content folder, not a '{url[..url.IndexOf(':')]}:' address");
            return;
        }

        // Relative to the handout (which lives in handouts/), else to the content folder; both judged by the root.
        var clean = Uri.UnescapeDataString(url);
        var candidates = new[] { "handouts/" + clean, clean }.Where(c => FileRoot.Normalize(c) is not null).DefaultIfEmpty(clean);
        var looks = candidates.Select(c => (Path: c, Found: content.Root.Locate(c))).ToList();
        var hit = looks.FirstOrDefault(l => l.Found.Problem == FileProblem.None);
        if (hit.Path is null)
        {
            var refused = looks.FirstOrDefault(l => l.Found.Problem != FileProblem.Missing);
            if (refused.Path is not null)
                diagnostics.Error(Codes.RefusedPath, span, $"image '{url}' {refused.Found.Reason}");
            else
                diagnostics.Error(Codes.MissingImage, span, $"image '{url}' was not found (looked in {content.Root.Display("handouts")} and {content.Root.Display("")})");
            return;
        }

        // Named by where the file really is: 'a/x.png', 'a/a/x.png' ... through a link 'a -> .' are one file, copied once.
        var relative = content.Root.RelativeOf(hit.Found.Full!);
        media.Add(relative);
        var siteTarget = "media/" + relative;
        body.SetSiteTarget(link, siteTarget);
        link.Url = PagePrefix + siteTarget;
    }

    /// <summary>An autolink (<c>&lt;https://...&gt;</c>, <c>&lt;name@example.org&gt;</c>) is checked like any other
    /// link: Markdig would otherwise turn <c>&lt;javascript:...&gt;</c> into a live one.</summary>
    public void Check(AutolinkInline autolink, SourceLocation span)
    {
        if (autolink.IsEmail) return;
        if (UnsafeScheme(autolink.Url) is { } scheme)
            diagnostics.Error(Codes.UnsafeLink, span, $"a '{scheme}:' link is not allowed: links may only be http, https, mailto or tel addresses");
        else if (!IsExternal(autolink.Url) || !Uri.TryCreate(autolink.Url, UriKind.Absolute, out _))
            diagnostics.Error(Codes.BrokenLink, span, $"'{autolink.Url}' is not a well-formed address");
    }

    /// <summary>The scheme of an address that is not http, https, mailto or tel, or null. Browsers ignore spaces and
    /// control characters inside a scheme ("java&#9;script:"), so they are ignored here too.</summary>
    public static string? UnsafeScheme(string url)
    {
        var compact = new string(url.Where(c => c > ' ' && c != '\u007F').ToArray());
        var colon = compact.IndexOf(':');
        if (colon <= 0) return null;
        var scheme = compact[..colon];
        if (!char.IsAsciiLetter(scheme[0]) || !scheme.All(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.')) return null;
        return scheme.ToLowerInvariant() is "http" or "https" or "mailto" or "tel" ? null : scheme;
    }

    private static bool HasScheme(string url) => UnsafeScheme(url) is not null || IsExternal(url);

    private static bool IsExternal(string url) =>
        url.StartsWith("http:", StringComparison.OrdinalIgnoreCase) || url.StartsWith("https:", StringComparison.OrdinalIgnoreCase)
        || url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) || url.StartsWith("tel:", StringComparison.OrdinalIgnoreCase)
        || url.StartsWith("//", StringComparison.Ordinal);
}
