using Handouts.Tailoring;
using Markdig.Extensions.CustomContainers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Handouts.Markdown;

/// <summary>What parsing learned about a body, kept beside its tree instead of in it: the condition of each
/// <c>::: for</c> block, where each checked image is in the site and which handout each link to another handout
/// names. The one place that decides which blocks a variant shows; the web page, the PDF and the checks all ask it.</summary>
internal sealed class TailoredBody
{
    private readonly Dictionary<CustomContainer, Condition> conditions = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<LinkInline, string> siteTargets = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<LinkInline, HandoutLink> handoutLinks = new(ReferenceEqualityComparer.Instance);

    public void SetCondition(CustomContainer block, Condition condition) => conditions[block] = condition;

    public void SetSiteTarget(LinkInline link, string target) => siteTargets[link] = target;

    public void SetHandoutLink(LinkInline link, HandoutLink target) => handoutLinks[link] = target;

    /// <summary>The condition of a tailored block; null for one that failed to parse (the build stops on it).</summary>
    public Condition? ConditionOf(CustomContainer block) => conditions.GetValueOrDefault(block);

    /// <summary>Where a checked image is, relative to the site root (<c>media/images/x.png</c>); null for a link.</summary>
    public string? SiteTarget(LinkInline link) => siteTargets.GetValueOrDefault(link);

    /// <summary>The handout a checked link names; null for an image, an anchor in this handout or an external address.
    /// Which page it leads to depends on the variant being rendered, so the tree keeps the author's address.</summary>
    public HandoutLink? HandoutLinkOf(LinkInline link) => handoutLinks.GetValueOrDefault(link);

    /// <summary>Whether a variant shows a tailored block: the general page shows every block (labelled with whom it is
    /// for); a variant shows exactly the blocks whose conditions match it.</summary>
    public bool Shows(CustomContainer block, Variant variant) =>
        conditions.TryGetValue(block, out var condition) && (variant.IsGeneral || condition.Matches(variant));

    /// <summary>The children of a block as a variant reads them: a tailored block it shows is replaced by its own
    /// children, one it does not show is left out. On the general page tailored blocks stay, to be labelled.</summary>
    public IEnumerable<Block> For(ContainerBlock container, Variant variant)
    {
        foreach (var block in container)
        {
            if (block is not CustomContainer tailored)
            {
                yield return block;
            }
            else if (Shows(tailored, variant))
            {
                if (variant.IsGeneral) yield return tailored;
                else foreach (var inner in For(tailored, variant)) yield return inner;
            }
        }
    }
}
