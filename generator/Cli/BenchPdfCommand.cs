using System.CommandLine;
using Handouts.Bench;

namespace Handouts.Cli;

/// <summary><c>handouts bench-pdf</c>: the PDF benchmark (README, "Benchmark").</summary>
internal static class BenchPdfCommand
{
    public static Command Create(TextWriter output)
    {
        var content = new Option<string>("--content") { Description = "Content folder", DefaultValueFactory = _ => "content" };
        var templates = new Option<string>("--templates") { Description = "Templates folder", DefaultValueFactory = _ => "templates" };
        var count = new Option<int>("--count") { Description = "Number of PDFs to render", DefaultValueFactory = _ => 1000 };
        var command = new Command("bench-pdf", "Render PDFs in memory and report CPU time per PDF and memory") { content, templates, count };
        command.SetAction(parse => PdfBenchmark.Run(parse.GetValue(content)!, parse.GetValue(templates)!, parse.GetValue(count), output));
        return command;
    }
}
