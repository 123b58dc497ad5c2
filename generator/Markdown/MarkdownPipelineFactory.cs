using Markdig;
using Markdig.Extensions.AutoIdentifiers;

namespace Handouts.Markdown;

/// <summary>The one Markdig pipeline of a run: immutable and thread-safe, so it is built once and shared.</summary>
internal static class MarkdownPipelineFactory
{
    public static MarkdownPipeline Create() =>
        new MarkdownPipelineBuilder()
            .UsePipeTables()
            .UseTaskLists()
            .UseAlertBlocks()
            .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
            .Use<TailoringExtension>()
            .Build();
}
