using System.CommandLine;

namespace Handouts.Cli;

/// <summary>The command line. Usage errors exit 2, so CI can tell a mistyped flag from bad content (exit 1); a bug in
/// Handouts itself exits 3 with one line asking for a report (the stack trace only with --verbose), so a CI log
/// never shows a stack trace as if it were the clinic's fault.</summary>
internal static class App
{
    public const int BugExitCode = 3;

    public static int Run(string[] args, TextWriter output, TextWriter error) => Invoke(Commands(output, error), args, output, error);

    /// <summary>The clinic's commands; benchmarks live in their own program (bench/Handouts.Bench).</summary>
    public static RootCommand Commands(TextWriter output, TextWriter error) =>
        new("handouts: patient-education handouts from Markdown to a static site")
        {
            BuildCommand.Create(output, error),
            CheckCommand.Create(output, error),
            ServeCommand.Create(output, error),
            ThemeCommand.Create(output, error),
            InitCommand.Create(output, error),
            NewCommand.Create(output, error),
            VerifyCommand.Create(output, error),
        };

    public static int Invoke(RootCommand root, string[] args, TextWriter output, TextWriter error)
    {
        var verboseOption = new Option<bool>("--verbose") { Description = "Show the details of an internal error", Recursive = true };
        root.Options.Add(verboseOption);
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
            var verbose = parse.GetValue(verboseOption);
            error.WriteLine($"handouts: internal error ({e.GetType().Name}: {e.Message}). This is a bug in Handouts, not in your content: please report it with the command you ran{(verbose ? "." : " (run again with --verbose for details).")}");
            if (verbose) error.WriteLine(e);
            return BugExitCode;
        }
    }
}
