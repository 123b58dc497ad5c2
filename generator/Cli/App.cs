using System.CommandLine;

namespace Handouts.Cli;

/// <summary>The command line. Usage errors exit 2, so CI can tell a mistyped flag from bad content (exit 1); a bug in
/// Handouts itself exits 3 with one line asking for a report (the stack trace only with --verbose), so a CI log
/// never shows a stack trace as if it were the clinic's fault.</summary>
internal static class App
{
    public const int BugExitCode = 3;

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var verbose = new Option<bool>("--verbose") { Description = "Show the details of an internal error", Recursive = true };
        var root = new RootCommand("handouts: patient-education handouts from Markdown to a static site")
        {
            BuildCommand.Create(output, error),
            CheckCommand.Create(output, error),
            CorpusCommand.Create(output),
            BenchPdfCommand.Create(output),
        };
        root.Options.Add(verbose);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var e in parse.Errors) error.WriteLine($"error: {e.Message}");
            error.WriteLine("Run 'handouts --help' for usage.");
            return 2;
        }

        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            error.WriteLine($"handouts: internal error ({e.GetType().Name}: {e.Message}). This is a bug in Handouts, not in your content: please report it with the command you ran{(parse.GetValue(verbose) ? "." : " (run again with --verbose for details).")}");
            if (parse.GetValue(verbose)) error.WriteLine(e);
            return BugExitCode;
        }
    }
}
