using Handouts.Content;
using Handouts.Diagnostics;

namespace Handouts.Tailoring;

/// <summary>One term of a condition: <c>cancer=a,b</c> (any of) or <c>treatment!=a,b</c> (none of).</summary>
internal sealed record ConditionTerm(TermKind Kind, bool Negated, IReadOnlyList<string> Ids, SourceLocation Span)
{
    public bool Matches(Variant variant)
    {
        var value = Kind == TermKind.Cancer ? variant.Cancer : variant.Treatment;
        var hit = value is not null && Ids.Contains(value);
        return Negated ? !hit : hit;
    }
}

/// <summary>The condition of a <c>::: for ...</c> block: every term must hold.</summary>
internal sealed record Condition(IReadOnlyList<ConditionTerm> Terms)
{
    public bool Matches(Variant variant) => Terms.All(t => t.Matches(variant));
}
