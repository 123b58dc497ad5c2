using System.Text;

namespace Handouts.Content;

/// <summary>The text of a new draft handout (<c>handouts new</c>): valid front matter the build accepts, with
/// placeholders (HND041) that <c>--strict</c> refuses until they are written.</summary>
internal static class NewHandout
{
    /// <summary>What marks text still to be written; the checks warn on it (HND041).</summary>
    public const string Placeholder = "TODO";

    private const string Todo = Placeholder;

    public static string Fresh(Taxonomy taxonomy, DateOnly today) => $"""
        ---
        title: {Todo} Write the title
        summary: {Todo} Say in one sentence what this handout is about.
        main_message: {Todo} Write the one thing a reader must remember.
        cancer_types: [{taxonomy.CancerTypes[0].Id}]
        treatments: []
        audience: patients
        reviewed: {today:yyyy-MM-dd}
        reviewer: {Todo} Your name and role
        version: "0.1"
        draft: true
        key_points:
          - {Todo} A key point.
        when_to_call:
          - {Todo} When to call the clinic.
        sources:
          - id: source-1
            title: {Todo} Title of the source
            publisher: {Todo} Who published it
            url: https://example.org/{Todo}
        ---

        ## {Todo} First section

        {Todo} Write in plain words and short sentences.

        1. {Todo} Something the reader can do.

        """;

    /// <summary>A translation to start from: the original's text, marked as a draft translation of its version, with
    /// a placeholder asking for the translation and the translator.</summary>
    public static string Translation(string original, Handout source, string language)
    {
        var lines = original.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').ToList();
        var end = lines.FindIndex(1, l => l.TrimEnd() == "---");
        var text = new StringBuilder();
        text.Append("---\n");
        foreach (var line in lines.Take(end).Skip(1).Where(l => !IsKey(l, "draft") && !IsKey(l, "language") && !IsKey(l, "translated_from") && !IsKey(l, "translator")))
            text.Append(line).Append('\n');
        text.Append($"translated_from: \"{source.Version}\"\ntranslator: {Todo} Translator's name\ndraft: true\n---\n\n");
        text.Append($"{Todo} Translate this handout into '{language}', then remove this line.\n");
        foreach (var line in lines.Skip(end + 1)) text.Append(line).Append('\n');
        return text.ToString().TrimEnd('\n') + "\n";
    }

    private static bool IsKey(string line, string key) => line.StartsWith(key + ":", StringComparison.Ordinal);
}
