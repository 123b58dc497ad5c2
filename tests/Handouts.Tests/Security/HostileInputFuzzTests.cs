using System.Text;
using Handouts.Build;
using Handouts.Tests.Support;

namespace Handouts.Tests.Security;

/// <summary>Seeded fuzzing (docs/developers.md, "Security", rule 4): generated hostile Markdown and YAML never crash or hang a
/// build; it ends with exit 0 or 1, and every diagnostic names a file and a line. The seed is fixed so a failure is
/// reproducible; a failure prints the seed and the inputs.</summary>
public sealed class HostileInputFuzzTests
{
    private static readonly string[] Odd =
    [
        "\u202E", "\u200D", "\uFEFF", "\u0301\u0301\u0301", "👩‍⚕️", "𝔘𝔫𝔦", "\u0000", "\u0001", "\u001B[31m", "\t", "\r", "\r\n", "\u2028", "ﷺ", "İ", "ß",
        "\\", "`", "```", "~~~", "<", ">", "&", "&#0;", "&#x110000;", "&amp", "*", "_", "[", "]", "(", ")", "!", "|", ":::", "::: for", "::: for cancer=", "#",
        "- [ ]", "1.", "    ", "---", "===", "> [!WARNING]", "<!--", "-->", "<script>", "javascript:", "%00", "%2e%2e/", "../", "..\\", "/etc/passwd", "C:\\x",
    ];

    private static readonly string[] Blocks =
    [
        "## Heading", "# Extra title", "###### Deep", "Paragraph text with **bold** and _italic_.", "- item\n  - nested\n    - more", "1. step\n2. step",
        "| a | b |\n| - | - |\n| c | d |", "| a |\n|---|\n| ![x](../images/none.png) |", "> quote\n> > inner", "::: for cancer=breast\nOnly breast.\n:::",
        "::: for treatment!=adt cancer=prostate\nText\n:::", ":::", "::: nope\n:::", "[link](other.md)", "[anchor](#missing)", "<https://example.org/>",
        "<javascript:alert(1)>", "![alt](%00)", "![](../images/x.svg)", "```\ncode\n```", "<div onclick=\"x\">raw</div>", "***", "Line one  \nline two",
        "[x]: https://example.org/ \"title\"", "- [x] done\n- [ ] todo", "&nbsp;&copy;&#8212;",
    ];

    private static readonly string[] YamlLines =
    [
        "title: [unclosed", "summary: {a: b", "main_message: \"unterminated", "cancer_types: !!binary aGVsbG8=", "treatments: !custom [adt]",
        "audience: &a patients", "reviewer: *a", "version: 1.0e99999", "reviewed: 2026-02-30", "reviewed: 99999-01-01", "key_points: [[[[[[[[[[",
        "? complex key\n: value", "sources:\n  - id: [x]\n    url: javascript:alert(1)", "variants:\n  - cancer: breast\n    treatment: [adt, adt]",
        "language: \"\\x00\"", "title: \"\\u202Eevil\"", "\tindented: with tab", "key_points:\n- a\n -b", "title: |\n  multi\n  line", "%YAML 1.1", "--- # second doc",
        "title: " + new string('x', 5000), "summary: null", "when_to_call: ~", "translated_from: 1", "duplicate: 1\nduplicate: 2", "cancer_types: [breast, breast]",
    ];

    [Fact]
    public void Generated_hostile_handouts_never_crash_and_every_diagnostic_has_a_file_and_line()
    {
        const int seed = 20261129;
        var random = new Random(seed);
        for (var round = 0; round < 40; round++)
        {
            using var site = TestSite.Create("-- content/handouts/good.en.md --\n" + TestSite.Handout());
            Directory.CreateDirectory(Path.Combine(site.Content, "images"));
            var inputs = new List<string>();
            for (var i = 0; i < 3; i++)
            {
                var bytes = Handout(random);
                File.WriteAllBytes(Path.Combine(site.Content, "handouts", $"fuzz-{i}.{(i == 2 ? "es" : "en")}.md"), bytes);
                inputs.Add(Encoding.UTF8.GetString(bytes));
            }

            BuildResult result;
            try
            {
                result = site.Build(pdf: round % 2 == 0);
            }
            catch (Exception e)
            {
                Assert.Fail($"round {round} (seed {seed}) crashed: {e}\n--- inputs ---\n{string.Join("\n=====\n", inputs)}");
                return;
            }

            Assert.True(result.ExitCode is 0 or 1, $"round {round}: exit {result.ExitCode}");
            foreach (var d in result.Diagnostics)
            {
                var context = $"round {round} (seed {seed}): {d}\n--- inputs ---\n{string.Join("\n=====\n", inputs)}";
                Assert.False(d.Code == "HND027", "an unexpected exception: " + context);
                Assert.False(string.IsNullOrEmpty(d.Span.Path), "no file: " + context);
                Assert.True(d.Span.Line >= 1, "no line: " + context);
            }
        }
    }

    private static byte[] Handout(Random random)
    {
        var sb = new StringBuilder();
        var frontMatter = TestSite.Handout(body: "").Split("\n---\n")[0] + "\n";
        var lines = frontMatter.Split('\n').ToList();
        for (var i = 0; i < random.Next(0, 3); i++) lines.Insert(random.Next(1, lines.Count), YamlLines[random.Next(YamlLines.Length)]);
        if (random.Next(4) == 0) lines.Insert(random.Next(1, lines.Count), "deep: " + new string('[', random.Next(10, 5000)));
        if (random.Next(6) == 0) lines.RemoveAt(random.Next(1, lines.Count));
        sb.AppendJoin('\n', lines).Append("\n---\n");
        for (var i = 0; i < random.Next(1, 12); i++)
        {
            sb.Append(random.Next(5) switch
            {
                0 => Nested(random),
                1 => string.Concat(Enumerable.Range(0, random.Next(1, 40)).Select(_ => Odd[random.Next(Odd.Length)])),
                2 => new string("ab *[`>"[random.Next(7)], random.Next(1, 20_000)),
                _ => Blocks[random.Next(Blocks.Length)],
            });
            sb.Append(random.Next(3) == 0 ? "\n" : "\n\n");
        }

        var bytes = Encoding.UTF8.GetBytes(sb.ToString()).ToList();

        // Raw bytes that are not UTF-8 at all.
        for (var i = 0; i < random.Next(0, 4); i++) bytes.Insert(random.Next(bytes.Count), (byte)random.Next(0x80, 0x100));
        return [.. bytes];
    }

    private static string Nested(Random random)
    {
        var depth = random.Next(1, 300);
        return random.Next(5) switch
        {
            0 => new string('>', depth) + " quoted",
            1 => string.Concat(Enumerable.Range(0, Math.Min(depth, 60)).Select(i => new string(' ', i * 2) + "- item\n")),
            2 => new string('*', depth) + "emphasis" + new string('*', depth),
            3 => string.Concat(Enumerable.Repeat("[", depth)) + "x" + string.Concat(Enumerable.Repeat("](y)", depth)),
            _ => string.Concat(Enumerable.Repeat("::: for cancer=breast\n", Math.Min(depth, 40))) + "text\n" + string.Concat(Enumerable.Repeat(":::\n", Math.Min(depth, 40))),
        };
    }
}
