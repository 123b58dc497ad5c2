using Handouts.Content;
using Handouts.Diagnostics;
using Markdig.Syntax.Inlines;

namespace Handouts.Markdown;

/// <summary>Checks every link and image of a handout and rewrites it to its place in the site. Handout pages sit two
/// folders deep (<c>en/slug/page.html</c>), so one prefix serves every page of every handout.</summary>
internal sealed class LinkResolver(ContentSet content, Handout handout, DiagnosticBag diagnostics)
{
    /// <summary>Key under which the site-relative target (for PDFs and checks) is stored on a rewritten link.</summary>
    public const string SiteTargetKey = "handouts.site-target";

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
        if (target is null)
        {
            var slugs = content.Handouts.Select(h => h.Slug).Distinct();
            diagnostics.Error(Codes.BrokenLink, span, $"link to '{url}' does not match any handout{Spelling.Hint(slug, slugs)}; link to another handout as 'slug.md'");
            return;
        }

        var siteTarget = $"{target.Language}/{target.Slug}/index.html{anchor}";
        link.SetData(SiteTargetKey, siteTarget);
        link.Url = PagePrefix + siteTarget;
    }

    private void ResolveImage(LinkInline link, string url, SourceLocation span)
    {
        if (IsExternal(url))
        {
            diagnostics.Error(Codes.MissingImage, span, $"image '{url}' must be a file in the content folder: a printed handout cannot fetch it, and patients' pages should not depend on another site");
            return;
        }

        var root = Path.GetFullPath(content.Root);
        var handoutDir = Path.GetDirectoryName(DisplayPath.Full(handout.Path)) ?? root;
        var clean = Uri.UnescapeDataString(url);
        var candidates = new[] { Path.GetFullPath(Path.Combine(handoutDir, clean)), Path.GetFullPath(Path.Combine(root, clean)) };
        var found = candidates.FirstOrDefault(c => c.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal) && File.Exists(c));
        if (found is null)
        {
            diagnostics.Error(Codes.MissingImage, span, $"image '{url}' was not found (looked in {DisplayPath.Of(handoutDir)} and {DisplayPath.Of(root)})");
            return;
        }

        var relative = Path.GetRelativePath(root, found).Replace('\\', '/');
        media.Add(relative);
        var siteTarget = "media/" + relative;
        link.SetData(SiteTargetKey, siteTarget);
        link.Url = PagePrefix + siteTarget;
    }

    private static bool IsExternal(string url) =>
        url.StartsWith("http:", StringComparison.OrdinalIgnoreCase) || url.StartsWith("https:", StringComparison.OrdinalIgnoreCase)
        || url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) || url.StartsWith("tel:", StringComparison.OrdinalIgnoreCase)
        || url.StartsWith("//", StringComparison.Ordinal);
}
