using Handouts.Checks.Readability;
using Handouts.Content;

namespace Handouts.Checks;

/// <summary>HND030 for Spanish handouts: the INFLESZ (Szigriszt-Pazos) and Fernández-Huerta scores of a page against
/// <c>checks: spanish:</c>, reported where the English grade is, and the sentences to rewrite first.</summary>
internal static class SpanishReadingLevel
{
    /// <summary>Scores one page whose sentences were counted with Spanish syllables: a score below a minimum is an
    /// error, below a target a warning (the finding, which the checker reports once for the pages that share it).</summary>
    public static (VariantQuality Quality, ReadingFinding? Finding) Measure(string id, string label, List<Sentence> sentences, LengthStats lengths, CheckSettings settings)
    {
        var scores = SpanishScores.Compute(sentences);
        var t = settings.Spanish;
        var measured = $"INFLESZ (Szigriszt-Pazos) {scores.SzigrisztPazos:0.0}, {Inflesz.Name(scores.Band)}; Fernández-Huerta {scores.FernandezHuerta:0.0}";
        var belowMin = Below(scores, t.InfleszMin, t.FernandezHuertaMin);
        var belowTarget = Below(scores, t.InfleszTarget, t.FernandezHuertaTarget);
        var status = QualityStatus.Ok;
        ReadingFinding? finding = null;
        if (belowMin.Length > 0)
        {
            status = QualityStatus.Error;
            finding = new ReadingFinding(true, measured, $"below the minimum {belowMin}, the least a patient handout may score");
        }
        else if (belowTarget.Length > 0)
        {
            status = QualityStatus.Warning;
            finding = new ReadingFinding(false, measured, $"below the target {belowTarget}");
        }
        else if (lengths.LongestSentenceWords > settings.SentenceWordsMax)
        {
            status = QualityStatus.Warning;
        }

        return (new VariantQuality(id, label, sentences.Count, scores.Stats.Words, lengths.WordsPerSentence, lengths.LongestSentenceWords, null, null, null, status, scores), finding);
    }

    /// <summary>The sentences that score below the INFLESZ target or are too long, the lowest perspicuity first.</summary>
    public static List<HardSentence> Hardest(IEnumerable<Sentence> sentences, CheckSettings settings, int count) =>
        sentences.Select(s => new HardSentence(s.Line, s.Words, 0, s.Text, SpanishScores.PerspicuityOf(s.Words, (double)s.Syllables / s.Words)))
            .Where(s => s.Perspicuity < settings.Spanish.InfleszTarget || s.Words > settings.SentenceWordsMax)
            .OrderBy(s => s.Perspicuity).ThenBy(s => s.Line).Take(count).ToList();

    private static string Below(SpanishScores scores, int inflesz, int fernandezHuerta)
    {
        var below = new List<string>();
        if (scores.SzigrisztPazos < inflesz) below.Add($"INFLESZ {inflesz}");
        if (scores.FernandezHuerta < fernandezHuerta) below.Add($"Fernández-Huerta {fernandezHuerta}");
        return string.Join(" and ", below);
    }
}
