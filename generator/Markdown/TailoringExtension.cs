using Markdig;
using Markdig.Extensions.CustomContainers;
using Markdig.Renderers;

namespace Handouts.Markdown;

/// <summary>Registers only the <c>:::</c> block parser of Markdig's custom containers: the inline <c>::x::</c> form
/// is left out so ordinary text with double colons stays text. Rendering is chosen per variant by
/// <see cref="BodyRenderer"/>.</summary>
internal sealed class TailoringExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline) => pipeline.BlockParsers.AddIfNotAlready<CustomContainerParser>();

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }
}
