using System.CommandLine;
using Handouts.Release;

namespace Handouts.Cli;

/// <summary><c>handouts verify DIR</c>: a deployed or unzipped site against its release manifest. Exit 0 when they
/// match, 1 on any missing, extra or changed file (each printed), 2 when there is no site or no usable manifest.</summary>
internal static class VerifyCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var site = new Argument<string>("DIR") { Description = "The site folder: deployed, or site.zip unzipped" };
        var manifest = new Option<string?>("--manifest") { Description = "The release's manifest.json (default: manifest.json in DIR)" };
        var command = new Command("verify", "Check a deployed site against its release manifest: missing, extra and changed files") { site, manifest };
        command.SetAction(parse =>
        {
            var dir = parse.GetValue(site)!;
            var result = SiteVerifier.Verify(dir, parse.GetValue(manifest));
            if (result.Problem is { } problem)
            {
                error.WriteLine(problem);
                return 2;
            }

            foreach (var d in result.Differences) error.WriteLine(d);
            if (result.Differences.Count == 0)
            {
                output.WriteLine($"{dir} matches its manifest: {result.Files} files.");
                return 0;
            }

            error.WriteLine($"{dir} differs from its manifest in {result.Differences.Count} file(s) of {result.Files}.");
            return 1;
        });
        return command;
    }
}
