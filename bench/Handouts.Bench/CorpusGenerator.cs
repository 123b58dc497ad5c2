using System.Globalization;
using System.Text;

namespace Handouts.Bench;

/// <summary>Writes a synthetic content folder for benchmarks: N handouts of about 6 KB of body each, with front
/// matter, lists, a table and tailored blocks, over a small taxonomy. Seeded, so every run measures the same input.</summary>
internal static class CorpusGenerator
{
    private static readonly string[] Cancers = ["breast", "prostate", "myeloma", "lung"];
    private static readonly (string Id, string Cancer)[] Treatments = [("hormone", "breast"), ("adt", "prostate"), ("steroids", "myeloma"), ("chemo", "lung")];
    private static readonly string[] Words =
        "bone strong walk food milk calcium doctor nurse test help risk break fall safe day week pill water shot check care plan body leg hip back pain step home call keep light"
            .Split(' ');

    public static void Write(string dir, int count)
    {
        var handouts = Path.Combine(dir, "handouts");
        Directory.CreateDirectory(handouts);
        File.WriteAllText(Path.Combine(dir, "site.yml"), """
            clinic:
              name: Benchmark Clinic
              address: 1 Test Road
              phone: "555-0100"
              after_hours_phone: "555-0199"
            base_url: https://bench.example.org/
            languages: [en]
            paper: letter
            reading_level: 6

            """);
        var tax = new StringBuilder("cancer_types:\n");
        foreach (var c in Cancers) tax.Append(CultureInfo.InvariantCulture, $"  - id: {c}\n    name: {{ en: {c} cancer }}\n    description: {{ en: About {c} cancer. }}\n");
        tax.Append("treatments:\n");
        foreach (var (id, cancer) in Treatments) tax.Append(CultureInfo.InvariantCulture, $"  - id: {id}\n    name: {{ en: {id} }}\n    description: {{ en: About {id}. }}\n    applies_to: [{cancer}]\n");
        File.WriteAllText(Path.Combine(dir, "taxonomy.yml"), tax.ToString());

        var random = new Random(20261127);
        for (var i = 0; i < count; i++)
        {
            var a = i % Cancers.Length;
            var b = (i + 1) % Cancers.Length;
            File.WriteAllText(Path.Combine(handouts, $"handout-{i:D5}.en.md"), Handout(i, a, b, random));
        }
    }

    private static string Handout(int i, int a, int b, Random random)
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"""
            ---
            title: Handout number {i}
            summary: A synthetic handout for measuring build speed.
            main_message: Keep your bones strong with food, walking and care.
            cancer_types: [{Cancers[a]}, {Cancers[b]}]
            treatments: [{Treatments[a].Id}, {Treatments[b].Id}]
            audience: patients
            reviewed: 2026-10-01
            reviewer: Benchmark nurse
            version: "1.0"
            key_points:
              - Walk every day.
              - Eat food with calcium.
            when_to_call:
              - You fall.
            sources:
              - id: s1
                title: Source
                publisher: Publisher
                url: https://example.org/source
            ---

            """);
        while (sb.Length < 6200)
        {
            sb.Append("## ").Append(Sentence(random, 4)).Append("\n\n");
            sb.Append(Sentence(random, 14)).Append(' ').Append(Sentence(random, 12)).Append(" **").Append(Sentence(random, 3)).Append("** ").Append(Sentence(random, 10)).Append("\n\n");
            sb.Append("- ").Append(Sentence(random, 6)).Append("\n- ").Append(Sentence(random, 7)).Append("\n- [ ] ").Append(Sentence(random, 5)).Append("\n\n");
            sb.Append("::: for cancer=").Append(Cancers[a]).Append(" treatment=").Append(Treatments[a].Id).Append("\n\n").Append(Sentence(random, 15)).Append("\n\n:::\n\n");
            sb.Append("::: for cancer!=").Append(Cancers[a]).Append("\n\n1. ").Append(Sentence(random, 8)).Append("\n2. ").Append(Sentence(random, 9)).Append("\n\n:::\n\n");
            sb.Append("| Food | Amount |\n|---|---|\n| ").Append(Sentence(random, 2)).Append(" | ").Append(random.Next(1, 500)).Append(" mg |\n\n");
        }

        return sb.ToString();
    }

    private static string Sentence(Random random, int words)
    {
        var parts = Enumerable.Range(0, words).Select(_ => Words[random.Next(Words.Length)]).ToArray();
        parts[0] = char.ToUpperInvariant(parts[0][0]) + parts[0][1..];
        return string.Join(' ', parts) + ".";
    }
}
