using System.CommandLine;
using Handouts.Bench;

// handouts-bench corpus | pdf: see docs/developers.md, "Benchmarks".
var root = new RootCommand("handouts-bench: synthetic corpora and in-process benchmarks for Handouts")
{
    CorpusCommand.Create(Console.Out),
    BenchPdfCommand.Create(Console.Out),
};
return root.Parse(args).Invoke();
