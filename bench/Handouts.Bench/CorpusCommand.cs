using System.CommandLine;

namespace Handouts.Bench;

/// <summary><c>handouts corpus</c>: writes a synthetic content folder for the benchmark (see docs/developers.md, "Benchmarks").</summary>
internal static class CorpusCommand
{
    public static Command Create(TextWriter output)
    {
        var count = new Option<int>("--count") { Description = "Number of handouts", DefaultValueFactory = _ => 1000 };
        var outDir = new Option<string>("--out") { Description = "Folder to write the content into", Required = true };
        var command = new Command("corpus", "Write a synthetic content folder for benchmarks") { count, outDir };
        command.SetAction(parse =>
        {
            CorpusGenerator.Write(parse.GetValue(outDir)!, parse.GetValue(count));
            output.WriteLine($"Wrote {parse.GetValue(count)} synthetic handouts to {parse.GetValue(outDir)}");
            return 0;
        });
        return command;
    }
}
