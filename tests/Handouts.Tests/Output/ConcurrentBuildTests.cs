using System.Diagnostics;
using Handouts.Build;
using Handouts.Output;
using Handouts.Tests.Support;

namespace Handouts.Tests.Output;

/// <summary>Two builds of one output at once: the first finishes, the second waits, then refuses with exit 2; the
/// site is never missing or mixed.</summary>
public sealed class ConcurrentBuildTests
{
    private static TestSite Site() => TestSite.Create("-- content/handouts/bones.en.md --\n" + TestSite.Handout());

    [Fact]
    public async Task A_second_build_of_the_same_output_waits_then_refuses_with_exit_2_and_nothing_is_lost()
    {
        using var site = Site();
        Assert.Equal(BuildOutcome.Succeeded, site.Build(pdf: false).Outcome);
        var previous = OutputTree.Snapshot(site.Out);
        site.Write("content/handouts/bones.en.md", TestSite.Handout(title: "Bones and you, revised"));
        var options = new BuildOptions(site.Content, site.Templates, site.Out, Today: TestSite.Today, Pdf: false);

        // The first build is held with its new site staged, about to swap: the moment a second build would do harm.
        using var staged = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();
        var first = Task.Run(() => SiteBuilder.Build(options with
        {
            OnCommitStep = step =>
            {
                if (step != CommitStep.Staged) return;
                staged.Set();
                release.Wait(TimeSpan.FromMinutes(2));
            },
        }));
        Assert.True(staged.Wait(TimeSpan.FromMinutes(2)), "the first build never reached its commit");

        var clock = Stopwatch.StartNew();
        var second = SiteBuilder.Build(options with { LockWait = TimeSpan.FromMilliseconds(400) });
        clock.Stop();
        Assert.Equal(previous, OutputTree.Snapshot(site.Out));
        release.Set();

        Assert.Equal(BuildOutcome.UsageError, second.Outcome);
        Assert.Equal(2, second.ExitCode);
        var refusal = Assert.Single(second.Diagnostics);
        Assert.Equal("HND029", refusal.Code);
        Assert.Contains("another build is writing this output folder", refusal.Message);
        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(350), $"it gave up after {clock.Elapsed.TotalMilliseconds} ms");

        Assert.Equal(BuildOutcome.Succeeded, (await first).Outcome);
        Assert.Contains("Bones and you, revised", site.Page("en/bones/index.html"));
        Assert.Empty(OutputTree.Leftovers(site.Root));
        Assert.Equal(BuildOutcome.Succeeded, site.Build(pdf: false).Outcome);
    }

    /// <summary>The generator runs with .NET's own file locking off (Handouts.csproj), so the lock must hold between
    /// real processes with the generator's real runtime settings, not only between threads of the test host.</summary>
    [Fact]
    public void The_lock_holds_against_another_process_running_the_generator()
    {
        using var site = Site();
        Assert.Equal(BuildOutcome.Succeeded, site.Build(pdf: false).Outcome);
        var previous = OutputTree.Snapshot(site.Out);
        var place = new OutputPlace(OutputGuard.Real(site.Out));
        using (var held = OutputLock.TryTake(place.LockFile, TimeSpan.Zero))
        {
            Assert.NotNull(held);
            var (code, error) = RunGenerator(site.Root, "build", "--content", site.Content, "--templates", site.Templates, "--out", site.Out, "--no-pdf");
            Assert.Equal(2, code);
            Assert.Contains("error HND029", error);
            Assert.Equal(previous, OutputTree.Snapshot(site.Out));
        }

        using var again = OutputLock.TryTake(place.LockFile, TimeSpan.Zero);
        Assert.NotNull(again);
    }

    private static (int Code, string Error) RunGenerator(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "handouts.dll"));
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        var error = process.StandardError.ReadToEnd();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(2)), "the generator did not finish");
        return (process.ExitCode, error);
    }
}
