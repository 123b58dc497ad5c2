using System.CommandLine;

namespace Handouts.Cli;

/// <summary>The command line. Usage errors exit 2, so CI can tell a mistyped flag from bad content (exit 1).</summary>
internal static class App
{
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var root = new RootCommand("handouts: patient-education handouts from Markdown to a static site")
        {
            BuildCommand.Create(output, error),
            CheckCommand.Create(output, error),
            CorpusCommand.Create(output),
            BenchPdfCommand.Create(output),
        };
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var e in parse.Errors) error.WriteLine($"error: {e.Message}");
            error.WriteLine("Run 'handouts --help' for usage.");
            return 2;
        }

        return parse.Invoke(new InvocationConfiguration { Output = output, Error = error });
    }
}
