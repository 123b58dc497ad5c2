using System.CommandLine;
using System.Globalization;
using System.Text;
using Handouts.Build;
using Handouts.Files;
using Handouts.Output;

namespace Handouts.Cli;

/// <summary><c>handouts init DIR</c>: a new clinic repository (settings, taxonomy, one example handout, .gitignore and CI
/// recipes for GitHub Pages and GitLab Pages) that builds with <c>--strict</c> as it is.</summary>
internal static class InitCommand
{
    /// <summary>Where the example handout's review date goes: written today, so the new site's checks pass.</summary>
    private const string ReviewedToken = "REVIEWED_DATE";

    public static Command Create(TextWriter output, TextWriter error)
    {
        var folder = new Argument<string>("folder") { Description = "A new or empty folder for the clinic's repository" };
        var command = new Command("init", "Start a clinic's repository: content, an example handout and CI recipes") { folder };
        command.SetAction(parse =>
        {
            var dir = parse.GetValue(folder)!;
            var today = Clock.Today().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var (files, refusal) = FolderExport.Run(EmbeddedFiles.Scaffold, dir, (_, bytes) =>
                Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(bytes).Replace(ReviewedToken, today, StringComparison.Ordinal)));
            if (refusal is not null)
            {
                error.WriteLine($"error: {refusal}");
                return 2;
            }

            output.WriteLine($"Wrote {files} files to {dir}. Next: cd {dir}, edit content/site.yml, then run 'handouts build' and open _site/index.html.");
            return 0;
        });
        return command;
    }
}
