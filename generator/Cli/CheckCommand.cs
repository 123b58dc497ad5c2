using System.CommandLine;
using Handouts.Build;

namespace Handouts.Cli;

/// <summary><c>handouts check</c>: every check of a build, writing nothing; exit 1 on errors (or warnings with --strict).</summary>
internal static class CheckCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var content = new Option<string>("--content") { Description = "Content folder (site.yml, taxonomy.yml, handouts/)", DefaultValueFactory = _ => "content" };
        var templates = new Option<string>("--templates") { Description = "Templates folder", DefaultValueFactory = _ => "templates" };
        var strict = new Option<bool>("--strict") { Description = "Treat warnings as errors (for CI)" };
        var command = new Command("check", "Run every check (readability, structure, accessibility, freshness, links) without writing the site") { content, templates, strict };
        command.SetAction(parse =>
        {
            var options = new BuildOptions(parse.GetValue(content)!, parse.GetValue(templates)!, null, null, parse.GetValue(strict));
            var result = SiteBuilder.Build(options);
            BuildCommand.Report(result, options, output, error);
            return result.ExitCode;
        });
        return command;
    }
}
