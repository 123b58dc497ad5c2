using Handouts.Checks.Readability;
using Handouts.Content;
using Handouts.Diagnostics;

namespace Handouts.Checks;

/// <summary>A page's reading level against the clinic's thresholds: error or warning, the scores, and what was missed.</summary>
internal sealed record ReadingFinding(bool IsError, string Measured, string Verdict);

/// <summary>HND030 as a nurse can act on it: one diagnostic for the pages of a handout that score alike (a variant gets
/// its own only when its text, and so its score, differs), at the line of the hardest sentence, naming the three
/// hardest sentences with their grades and their long words.</summary>
internal static class ReadingReport
{
    private const int Named = 3;
    private const int LongWordsPerSentence = 4;

    public static void Report(Handout h, IReadOnlyList<(string Label, List<Sentence> Sentences, ReadingFinding? Finding)> pages, bool english, SyllableCache syllables, CheckSettings settings, DiagnosticBag diagnostics)
    {
        foreach (var alike in pages.Where(p => p.Finding is not null).GroupBy(p => p.Finding!))
        {
            var finding = alike.Key;
            var hardest = Hardest(alike.First().Sentences, english, settings);
            var who = alike.Count() == pages.Count ? "every version" : string.Join("; ", alike.Select(p => p.Label));
            var named = string.Join("; ", hardest.Select(s => Describe(s, english, settings, syllables)));
            var message = $"{who}: {finding.Measured}; {finding.Verdict}. Rewrite the hardest sentences first: {named}";
            var at = new SourceLocation(h.Path, hardest.Count > 0 ? hardest[0].Line : h.BodyLine, 1);
            if (finding.IsError) diagnostics.Error(Codes.ReadingLevel, at, message);
            else diagnostics.Warning(Codes.ReadingLevel, at, message);
        }
    }

    /// <summary>English: the highest grade alone first; Spanish: the lowest INFLESZ perspicuity first. Only sentences
    /// that miss the target themselves are named (an easy one is no help), but at least the hardest.</summary>
    private static List<Sentence> Hardest(List<Sentence> sentences, bool english, CheckSettings settings)
    {
        var ranked = english
            ? sentences.OrderByDescending(QualityChecker.SentenceGrade).ThenBy(s => s.Line).ToList()
            : sentences.OrderBy(Perspicuity).ThenBy(s => s.Line).ToList();
        var hard = ranked.Where(s => s.Words > settings.SentenceWordsMax
            || (english ? QualityChecker.SentenceGrade(s) > settings.ReadingGradeTarget : Perspicuity(s) < settings.Spanish.InfleszTarget));
        return [.. hard.Take(Named).DefaultIfEmpty(ranked.FirstOrDefault()).OfType<Sentence>()];
    }

    private static double Perspicuity(Sentence s) => SpanishScores.PerspicuityOf(s.Words, (double)s.Syllables / s.Words);

    private static string Describe(Sentence s, bool english, CheckSettings settings, SyllableCache syllables)
    {
        var score = english
            ? $"grade {QualityChecker.SentenceGrade(s):0.0}"
            : $"INFLESZ {Perspicuity(s):0}";
        var text = s.Text.Length <= 70 ? s.Text : s.Text[..67] + "...";
        var longWords = Sentences.WordRanges(s.Text).Select(r => s.Text[r])
            .Where(w => syllables.Count(w) >= 3).Distinct(StringComparer.OrdinalIgnoreCase).Take(LongWordsPerSentence).ToList();
        var words = longWords.Count > 0 ? $"; long words: {string.Join(", ", longWords)}" : "";
        var length = s.Words > settings.SentenceWordsMax ? $", {s.Words} words" : "";
        return $"line {s.Line} ({score}{length}{words}) \"{text}\"";
    }
}
