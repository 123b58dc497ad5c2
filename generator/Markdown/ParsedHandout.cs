using Handouts.Content;
using Handouts.Tailoring;
using Markdig.Syntax;

namespace Handouts.Markdown;

/// <summary>A handout after parsing and validation: its Markdown tree (read-only from here on, shared by the renders
/// of its variants), what tailoring and links need to know about it, and the content files it uses. Held only while
/// its pages render, so memory stays flat.</summary>
internal sealed record ParsedHandout(PlannedHandout Plan, MarkdownDocument Document, TailoredBody Body, IReadOnlyList<string> Media)
{
    public Handout Handout => Plan.Handout;
}
