using System.CommandLine;
using Handouts.Build;

namespace Handouts.Cli;

/// <summary><c>handouts check</c>: every check of a build, writing nothing; exit 1 on errors (or warnings with --strict).</summary>
internal static class CheckCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var folders = new FolderOptions();
        var strict = new Option<bool>("--strict") { Description = "Treat warnings as errors (for CI)" };
        var drafts = new Option<bool>("--drafts") { Description = "Check handouts marked 'draft: true' too" };
        var report = new Option<string?>("--report") { Description = "Write the quality report (quality.html, quality.json) into this folder, even when the checks fail" };
        var command = new Command("check", "Run every check (readability, structure, accessibility, freshness, links) without writing the site") { strict, drafts, report };
        folders.AddTo(command);
        command.SetAction(parse =>
        {
            var options = new BuildOptions(parse.GetValue(folders.Content)!, parse.GetValue(folders.Templates), null, null, parse.GetValue(strict), Drafts: parse.GetValue(drafts), ReportDir: parse.GetValue(report));
            var result = SiteBuilder.Build(options);
            BuildCommand.Report(result, options, output, error);
            return result.ExitCode;
        });
        return command;
    }
}
