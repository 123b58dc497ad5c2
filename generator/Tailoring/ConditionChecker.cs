using Handouts.Content;
using Handouts.Diagnostics;

namespace Handouts.Tailoring;

/// <summary>Checks the ids of a condition, wherever it is written (a <c>::: for</c> block, a source's <c>for:</c>):
/// each must be in the taxonomy (HND010) and declared by the handout (HND011), or no variant could ever match it.</summary>
internal static class ConditionChecker
{
    public static void Check(Condition condition, Handout handout, Taxonomy taxonomy, string what, DiagnosticBag diagnostics)
    {
        foreach (var term in condition.Terms)
        {
            foreach (var id in term.Ids)
            {
                var kind = term.Kind == TermKind.Cancer ? "cancer type" : "treatment";
                if (taxonomy.Find(term.Kind, id) is null)
                    diagnostics.Error(Codes.ConditionUnknownId, term.Span, $"unknown {kind} '{id}' in condition: it is not in taxonomy.yml{Spelling.Hint(id, taxonomy.Ids(term.Kind))}");
                else if (!handout.Declares(term.Kind, id))
                    diagnostics.Error(Codes.ConditionUndeclaredId, term.Span, $"{kind} '{id}' is in the taxonomy but not in this handout's {(term.Kind == TermKind.Cancer ? "cancer_types" : "treatments")}, so no variant would show this {what}");
            }
        }
    }
}
