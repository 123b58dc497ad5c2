using System.CommandLine;
using Handouts.Cli;

namespace Handouts.Bench;

/// <summary><c>handouts bench-pdf</c>: the PDF benchmark (docs/developers.md, "Benchmarks").</summary>
internal static class BenchPdfCommand
{
    public static Command Create(TextWriter output)
    {
        var folders = new FolderOptions();
        var count = new Option<int>("--count") { Description = "Number of PDFs to render", DefaultValueFactory = _ => 1000 };
        var command = new Command("bench-pdf", "Render PDFs in memory and report CPU time per PDF and memory") { count };
        folders.AddTo(command);
        command.SetAction(parse => PdfBenchmark.Run(parse.GetValue(folders.Content)!, parse.GetValue(folders.Templates), parse.GetValue(count), output));
        return command;
    }
}
