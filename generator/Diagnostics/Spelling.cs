namespace Handouts.Diagnostics;

/// <summary>"Did you mean" hints: a nurse who types <c>cancer_type</c> or <c>prostrate</c> should be told the fix.</summary>
internal static class Spelling
{
    public static string Hint(string input, IEnumerable<string> candidates)
    {
        var best = Suggest(input, candidates);
        return best is null ? "" : $"; did you mean '{best}'?";
    }

    public static string? Suggest(string input, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var d = Distance(input.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (d < bestDistance || (d == bestDistance && string.CompareOrdinal(candidate, best) < 0))
            {
                best = candidate;
                bestDistance = d;
            }
        }

        // Beyond a third of the word the "suggestion" is noise.
        return best is not null && bestDistance <= Math.Max(2, input.Length / 3) ? best : null;
    }

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
