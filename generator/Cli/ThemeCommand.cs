using System.CommandLine;
using Handouts.Files;
using Handouts.Output;

namespace Handouts.Cli;

/// <summary><c>handouts theme export DIR</c>: the built-in theme as files to start a clinic's own from.</summary>
internal static class ThemeCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var folder = new Argument<string>("folder") { Description = "A new or empty folder to write the theme into" };
        var export = new Command("export", "Write the built-in theme (templates, strings, print template, fonts, assets) into a folder") { folder };
        export.SetAction(parse =>
        {
            var (files, refusal) = FolderExport.Run(EmbeddedFiles.Theme, parse.GetValue(folder)!);
            if (refusal is not null)
            {
                error.WriteLine($"error: {refusal}");
                return 2;
            }

            output.WriteLine($"Wrote {files} files of the built-in theme to {parse.GetValue(folder)}. Keep the ones you change in your templates folder; the others come from the built-in theme.");
            return 0;
        });
        return new Command("theme", "Work with the built-in theme") { export };
    }
}
