using System.Reflection;
using NetArchTest.Rules;

namespace Handouts.Tests.Architecture;

/// <summary>The build is one-way (docs/developers.md, "Architecture" and "Layout of the code"): each stage depends only on the stages below it, so
/// each can be called alone with explicit inputs (what serve, the cache and print packs stand on). Read from the
/// compiled generator, so a reference through a lambda or a fully qualified name counts as much as a using.</summary>
public sealed class LayeringTests
{
    private static readonly Assembly Generator = typeof(Handouts.Build.SiteBuilder).Assembly;

    /// <summary>Each stage with the stages it may use, bottom first. Build sits on everything below Serve, Cli on top of
    /// everything; benchmarks are a project of their own.</summary>
    private static readonly (string Stage, string[] Uses)[] Layers =
    [
        ("Diagnostics", []),
        ("Text", ["Diagnostics"]),
        ("Threading", []),
        ("Files", ["Diagnostics"]),
        ("Output", ["Diagnostics", "Threading", "Files"]),
        ("Content", ["Diagnostics", "Text", "Threading", "Files"]),
        ("Tailoring", ["Diagnostics", "Text", "Content"]),
        ("Markdown", ["Diagnostics", "Text", "Files", "Content", "Tailoring"]),
        ("Site", ["Diagnostics", "Text", "Content", "Tailoring"]),
        ("Checks", ["Diagnostics", "Text", "Content", "Tailoring", "Markdown"]),
        ("Templates", ["Diagnostics", "Text", "Files", "Content", "Tailoring", "Markdown", "Site"]),
        ("Html", ["Diagnostics", "Text", "Files", "Content", "Tailoring", "Markdown", "Site", "Templates"]),
        ("Pdf", ["Diagnostics", "Text", "Files", "Content", "Tailoring", "Markdown", "Site", "Templates"]),
        ("Release", ["Diagnostics", "Threading", "Files", "Output"]),
        ("Serve", ["Diagnostics", "Text", "Threading", "Files", "Output", "Content", "Tailoring", "Markdown", "Site", "Checks", "Templates", "Html", "Pdf", "Release", "Build"]),
    ];

    public static TheoryData<string> Stages => [.. Layers.Select(l => l.Stage)];

    [Theory]
    [MemberData(nameof(Stages))]
    public void A_stage_uses_only_the_stages_below_it(string stage)
    {
        var uses = Layers.Single(l => l.Stage == stage).Uses;
        var above = Layers.Select(l => l.Stage).Concat(["Build", "Cli"]).Where(s => s != stage && !uses.Contains(s));
        var result = Types.InAssembly(Generator).That().ResideInNamespace($"Handouts.{stage}")
            .ShouldNot().HaveDependencyOnAny([.. above.Select(s => $"Handouts.{s}")]).GetResult();
        Assert.True(result.IsSuccessful, $"{stage} reaches up or sideways: {string.Join(", ", result.FailingTypeNames ?? [])}");
    }

    [Fact]
    public void The_recipe_knows_nothing_of_serve_or_the_command_line()
    {
        var result = Types.InAssembly(Generator).That().ResideInNamespace("Handouts.Build")
            .ShouldNot().HaveDependencyOnAny("Handouts.Serve", "Handouts.Cli").GetResult();
        Assert.True(result.IsSuccessful, "Build reaches up: " + string.Join(", ", result.FailingTypeNames ?? []));
    }

    [Fact]
    public void Every_type_belongs_to_a_stage()
    {
        var known = Layers.Select(l => l.Stage).Concat(["Build", "Cli"]).ToHashSet();
        var stray = Generator.GetTypes()
            .Where(t => t.Namespace is { } ns && ns.StartsWith("Handouts", StringComparison.Ordinal) && !t.Name.StartsWith('<'))
            .Where(t => t.Namespace!.Split('.') is var parts && (parts.Length < 2 || !known.Contains(parts[1])))
            .Where(t => t.Name != "Program")
            .Select(t => t.FullName).ToList();
        Assert.True(stray.Count == 0, "types outside every stage: " + string.Join(", ", stray));
    }

    [Fact]
    public void Only_the_file_roots_and_the_staging_sink_touch_the_file_system()
    {
        var result = Types.InAssembly(Generator).That().DoNotResideInNamespace("Handouts.Files")
            .And().DoNotResideInNamespace("Handouts.Output")
            .ShouldNot().HaveDependencyOnAny("System.IO.File", "System.IO.Directory", "System.IO.RandomAccess").GetResult();
        Assert.True(result.IsSuccessful, "reads or writes files directly: " + string.Join(", ", result.FailingTypeNames ?? []));
    }
}
