using System.Diagnostics;
using Handouts.Build;
using Handouts.Cli;
using Handouts.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Handouts.Tests.Cli;

/// <summary><c>handouts init</c> starts a clinic's repository that builds with --strict, with CI recipes whose commands
/// work against it.</summary>
public sealed class InitTests
{
    [Fact]
    public void Init_writes_a_repository_that_builds_with_strict_and_the_built_in_theme()
    {
        using var folder = new TempFolder();
        var output = new StringWriter();
        Assert.Equal(0, App.Run(["init", folder.Path], output, new StringWriter()));
        Assert.Contains("Wrote", output.ToString());
        foreach (var file in new[] { "content/site.yml", "content/taxonomy.yml", "content/handouts/strong-bones.en.md", ".gitignore", ".github/workflows/handouts.yml", ".gitlab-ci.yml", "README.md" })
            Assert.True(File.Exists(Path.Combine(folder.Path, file)), file);
        Assert.False(Directory.Exists(Path.Combine(folder.Path, "templates")));

        var result = SiteBuilder.Build(new BuildOptions(Path.Combine(folder.Path, "content"), null, Path.Combine(folder.Path, "_site"), Strict: true));
        Assert.True(result.Outcome == BuildOutcome.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Empty(result.Diagnostics);
        Assert.True(File.Exists(Path.Combine(folder.Path, "_site", "en", "strong-bones", "breast--aromatase-inhibitor.pdf")));

        var error = new StringWriter();
        Assert.Equal(2, App.Run(["init", folder.Path], new StringWriter(), error));
        Assert.Contains("not empty", error.ToString());
    }

    [Fact]
    public void The_github_workflow_parses_and_its_steps_run_in_order_against_the_new_repository()
    {
        using var repo = NewRepository();
        var workflow = Yaml(Path.Combine(repo.Path, ".github/workflows/handouts.yml"));
        var build = (YamlMappingNode)((YamlMappingNode)workflow["jobs"])["build"];
        var steps = ((YamlSequenceNode)build["steps"]).Cast<YamlMappingNode>().ToList();
        Assert.Contains(steps, s => s.Children.TryGetValue("uses", out var uses) && uses.ToString().StartsWith("actions/upload-pages-artifact@", StringComparison.Ordinal));
        Assert.Contains("actions/deploy-pages@", File.ReadAllText(Path.Combine(repo.Path, ".github/workflows/handouts.yml")), StringComparison.Ordinal);

        // GitHub runs each step's 'run' in its own shell.
        var commands = steps.Where(s => s.Children.ContainsKey("run")).Select(s => s["run"].ToString()).ToList();
        Assert.Equal(3, commands.Count);
        foreach (var command in commands.Where(IsNotInstall)) Shell(repo.Path, command);
        Assert.True(File.Exists(Path.Combine(repo.Path, "_site", "index.html")));
    }

    [Fact]
    public void The_gitlab_pages_job_parses_and_its_script_runs_against_the_new_repository()
    {
        using var repo = NewRepository();
        var ci = Yaml(Path.Combine(repo.Path, ".gitlab-ci.yml"));
        var pages = (YamlMappingNode)ci["pages"];
        Assert.Equal("public", ((YamlSequenceNode)((YamlMappingNode)pages["artifacts"])["paths"]).Single().ToString());

        // GitLab runs a job's script lines in one shell, stopping at the first that fails.
        var script = ((YamlSequenceNode)pages["script"]).Select(n => n.ToString()).Where(IsNotInstall).ToList();
        Assert.Equal(3, script.Count);
        Shell(repo.Path, string.Join("\n", script));
        Assert.True(File.Exists(Path.Combine(repo.Path, "public", "index.html")));
    }

    /// <summary>Installing the tool needs nuget.org; the test puts this build of Handouts on the PATH instead.</summary>
    private static bool IsNotInstall(string command) => !command.StartsWith("dotnet tool install", StringComparison.Ordinal);

    internal static TempFolder NewRepository()
    {
        var repo = new TempFolder();
        Assert.Equal(0, App.Run(["init", repo.Path], new StringWriter(), new StringWriter()));
        return repo;
    }

    private static YamlMappingNode Yaml(string path)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(path)));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    /// <summary>Runs commands with bash in the repository, with a 'handouts' on the PATH that runs this build.</summary>
    internal static void Shell(string repo, string commands)
    {
        var bin = Path.Combine(repo, ".test-bin");
        Directory.CreateDirectory(bin);
        var shim = Path.Combine(bin, "handouts");
        File.WriteAllText(shim, $"#!/bin/sh\nexec dotnet \"{typeof(App).Assembly.Location}\" \"$@\"\n");
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(shim, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var start = new ProcessStartInfo("bash", ["-e", "-c", commands]) { WorkingDirectory = repo, RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["PATH"] = bin + Path.PathSeparator + Environment.GetEnvironmentVariable("PATH");
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"'{commands}' exited {process.ExitCode}:\n{stdout.Result}\n{stderr}");
    }
}
