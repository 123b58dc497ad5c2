using Handouts.Checks.Readability;
using Handouts.Content;
using Handouts.Diagnostics;
using Handouts.Markdown;
using Handouts.Tailoring;

namespace Handouts.Checks;

/// <summary>Checks stage: runs every check on a parsed handout, reports problems at their lines and returns the
/// measurements for the report. Thread-safe: handouts are checked in parallel as they are rendered. What depends on
/// the day (review ages) is apart (<see cref="CheckFreshness"/>, <see cref="Dated"/>), so what a body's checks find
/// can be kept in the build cache from one day to the next.</summary>
internal sealed class QualityChecker(ContentSet content, DateOnly today, DiagnosticBag diagnostics)
{
    private const int HardestPerHandout = 5;
    private readonly CheckSettings settings = content.Site.Checks;
    private readonly SyllableCache englishSyllables = SyllableCache.English();
    private readonly SyllableCache spanishSyllables = SyllableCache.Spanish();

    /// <summary>Whether the handout is due for review, or its translation older than its original: from front matter
    /// and the day alone.</summary>
    public void CheckFreshness(Handout h) => FreshnessChecks.Run(h, content.Original(h), settings, today, diagnostics);

    /// <summary>The measurements with the review age counted to this build's day.</summary>
    public HandoutQuality Dated(HandoutQuality quality, Handout h) => quality with { ReviewAgeDays = FreshnessChecks.ReviewAgeDays(h, today) };

    public HandoutQuality Check(ParsedHandout parsed)
    {
        var h = parsed.Handout;
        StructureChecks.Run(parsed, settings, diagnostics);
        PlaceholderChecks.Run(h, diagnostics);

        // Each language's formulas, and its syllables, fit that language only; any other gets lengths only.
        var english = ReadabilityScores.AppliesTo(h.Language);
        var spanish = SpanishScores.AppliesTo(h.Language);
        var syllables = spanish ? spanishSyllables : englishSyllables;
        // The general page holds every block, so its sentences are the ones to check and rank. Each paragraph is split
        // once; a variant takes the sentences of the paragraphs whose tailoring conditions all match it.
        var prose = ProseExtractor.ExtractAll(parsed).Select(p => (Sentences: Sentences.Split([p.Paragraph], syllables), p.Conditions)).ToList();
        List<Sentence> SentencesOf(Variant v) => prose.Where(p => v.IsGeneral || p.Conditions.All(c => c.Matches(v))).SelectMany(p => p.Sentences).ToList();
        var generalSentences = SentencesOf(Variant.General);
        var measured = new List<(string Label, List<Sentence> Sentences, VariantQuality Quality, ReadingFinding? Finding)>();
        foreach (var variant in new[] { Variant.General }.Concat(parsed.Plan.Variants))
        {
            var sentences = variant.IsGeneral ? generalSentences : SentencesOf(variant);
            var label = variant.Label(content.Taxonomy, content.Site.DefaultLanguage, content.Site.DefaultLanguage, "general page");
            var (quality, finding) = Measure(variant.Id, label, sentences, english, spanish);
            measured.Add((label, sentences, quality, finding));
        }

        var variants = measured.Select(m => m.Quality).ToList();
        ReadingReport.Report(h, measured.Select(m => (m.Label, m.Sentences, m.Finding)).ToList(), english, syllables, settings, diagnostics);

        foreach (var s in generalSentences.Where(s => s.Words > settings.SentenceWordsMax))
            diagnostics.Warning(Codes.LongSentence, new SourceLocation(h.Path, s.Line, 1), $"a sentence of {s.Words} words (at most {settings.SentenceWordsMax}): \"{Shorten(s.Text)}\"");

        var hardest = english
            ? generalSentences.Select(s => new HardSentence(s.Line, s.Words, SentenceGrade(s), s.Text))
                .Where(s => s.Grade > settings.ReadingGradeTarget || s.Words > settings.SentenceWordsMax)
                .OrderByDescending(s => s.Grade).ThenBy(s => s.Line).Take(HardestPerHandout).ToList()
            : spanish ? SpanishReadingLevel.Hardest(generalSentences, settings, HardestPerHandout)
            : generalSentences.Where(s => s.Words > settings.SentenceWordsMax)
                .Select(s => new HardSentence(s.Line, s.Words, 0, s.Text)).OrderByDescending(s => s.Words).ThenBy(s => s.Line).Take(HardestPerHandout).ToList();
        return new HandoutQuality(h.Slug, h.Language, h.Path, h.Title, h.Reviewed, h.Reviewer, FreshnessChecks.ReviewAgeDays(h, today), content.Site.Checks.NextReview(h.Reviewed), variants, hardest);
    }

    private (VariantQuality Quality, ReadingFinding? Finding) Measure(string id, string label, List<Sentence> sentences, bool english, bool spanish)
    {
        var lengths = LengthStats.Compute(sentences);
        // A page without prose has nothing to score; zero would read as "muy difícil".
        if (spanish && sentences.Count > 0)
            return SpanishReadingLevel.Measure(id, label, sentences, lengths, settings);
        if (!english)
        {
            var lengthStatus = lengths.LongestSentenceWords > settings.SentenceWordsMax ? QualityStatus.Warning : QualityStatus.Ok;
            return (new VariantQuality(id, label, sentences.Count, sentences.Sum(s => s.Words), lengths.WordsPerSentence, lengths.LongestSentenceWords, null, null, null, lengthStatus), null);
        }

        var scores = ReadabilityScores.Compute(sentences);
        var status = QualityStatus.Ok;
        ReadingFinding? finding = null;
        var grade = scores.FleschKincaidGrade;
        var measured = $"Flesch-Kincaid grade {grade:0.0}, SMOG {scores.Smog:0.0}, reading ease {scores.FleschReadingEase:0}";
        if (grade > settings.ReadingGradeMax)
        {
            status = QualityStatus.Error;
            finding = new ReadingFinding(true, measured, $"above grade {settings.ReadingGradeMax}, the most a patient handout may be");
        }
        else if (grade > settings.ReadingGradeTarget)
        {
            status = QualityStatus.Warning;
            finding = new ReadingFinding(false, measured, $"above the target grade {settings.ReadingGradeTarget}");
        }
        else if (lengths.LongestSentenceWords > settings.SentenceWordsMax)
        {
            status = QualityStatus.Warning;
        }

        return (new VariantQuality(id, label, sentences.Count, scores.Stats.Words, lengths.WordsPerSentence, lengths.LongestSentenceWords, grade, scores.FleschReadingEase, scores.Smog, status), finding);
    }

    /// <summary>The Flesch-Kincaid grade of one sentence alone: long sentences of long words rank first.</summary>
    public static double SentenceGrade(Sentence s) => ReadabilityScores.Grade(s.Words, (double)s.Syllables / s.Words);

    private static string Shorten(string text) => text.Length <= 90 ? text : text[..87] + "...";
}
