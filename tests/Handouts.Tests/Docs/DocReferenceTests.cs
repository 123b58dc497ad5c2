using System.CommandLine;
using System.Reflection;
using System.Text.RegularExpressions;
using Handouts.Cli;
using Handouts.Diagnostics;
using Handouts.Tests.Cli;

namespace Handouts.Tests.Docs;

/// <summary>docs/reference.md keeps up with the code: every diagnostic code and no other, every command with every
/// option in its synopsis; and the Netlify recipe in docs/web.md builds a clinic into the folder it publishes.</summary>
public sealed partial class DocReferenceTests
{
    private static readonly string Reference = MarkdownPages.Read("docs/reference.md");

    [Fact]
    public void The_codes_table_lists_every_diagnostic_code_and_no_other()
    {
        var inCode = typeof(Codes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).ToHashSet(StringComparer.Ordinal);
        var inTable = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (_, line) in MarkdownPages.ProseLines(Reference))
        {
            var row = CodeRow().Match(line);
            if (!row.Success) continue;
            var from = int.Parse(row.Groups["from"].Value);
            var to = row.Groups["to"].Success ? int.Parse(row.Groups["to"].Value) : from;
            for (var n = from; n <= to; n++) inTable.Add($"HND{n:000}");
        }

        Assert.Empty(inCode.Except(inTable).Order());
        Assert.Empty(inTable.Except(inCode).Order());
    }

    [Fact]
    public void Every_command_has_a_section_whose_synopsis_names_each_of_its_options()
    {
        var root = App.Commands(new StringWriter(), new StringWriter());
        var synopses = MarkdownPages.CodeBlocks(Reference).Select(b => b.Code.Trim()).Where(c => c.StartsWith("handouts ", StringComparison.Ordinal)).ToList();
        var commands = Leaves(root, "").ToList();
        Assert.NotEmpty(commands);
        foreach (var (path, command) in commands)
        {
            Assert.Contains($"### `handouts {path}`", Reference);
            var synopsis = synopses.FirstOrDefault(s => s == $"handouts {path}" || s.StartsWith($"handouts {path} ", StringComparison.Ordinal));
            Assert.True(synopsis is not null, $"no synopsis for 'handouts {path}'");
            foreach (var option in command.Options.Where(o => o.Name.StartsWith("--", StringComparison.Ordinal) && o.Name is not ("--help" or "--version")))
                Assert.True(synopsis.Contains($"[{option.Name}", StringComparison.Ordinal), $"'handouts {path}' synopsis lacks {option.Name}");
        }
    }

    [Fact]
    public void The_netlify_recipe_builds_a_new_clinic_into_the_folder_it_publishes()
    {
        var blocks = MarkdownPages.CodeBlocks(MarkdownPages.Read("docs/web.md"));
        var toml = blocks.Single(b => b.Info == "toml").Code;
        var script = blocks.SkipWhile(b => b.Info != "toml").Skip(1).First(b => b.Info == "sh").Code;
        Assert.Matches(@"(?m)^\[build\]$", toml);
        Assert.Matches(@"(?m)^\s*command = ""bash netlify-build\.sh""$", toml);
        var publish = Regex.Match(toml, @"(?m)^\s*publish = ""(?<dir>[^""]+)""$").Groups["dir"].Value;

        var lines = script.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Contains("set -euo pipefail", lines);
        Assert.Contains("dotnet tool install --global Handouts", lines); // as the recipes handouts init writes
        var handouts = lines.Where(l => l.StartsWith("handouts ", StringComparison.Ordinal)).ToList();
        Assert.Contains($"handouts build --strict --out {publish} --no-cache", handouts);

        using var repo = InitTests.NewRepository();
        InitTests.Shell(repo.Path, string.Join("\n", handouts));
        Assert.True(File.Exists(Path.Combine(repo.Path, publish, "index.html")));
        Assert.True(File.Exists(Path.Combine(repo.Path, publish, "404.html")));
    }

    private static IEnumerable<(string Path, Command Command)> Leaves(Command command, string path)
    {
        if (command.Subcommands.Count == 0)
        {
            yield return (path, command);
            yield break;
        }

        foreach (var sub in command.Subcommands)
            foreach (var leaf in Leaves(sub, path.Length == 0 ? sub.Name : $"{path} {sub.Name}"))
                yield return leaf;
    }

    [GeneratedRegex(@"^\| HND(?<from>\d{3})(?:–HND(?<to>\d{3}))? \|")]
    private static partial Regex CodeRow();
}
