using Handouts.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Handouts.Content;

/// <summary>A YAML text with the file it came from and where it starts in that file (front matter starts on line 2),
/// so every node can be reported at its real line.</summary>
internal sealed record YamlSource(string Path, int LineOffset, DiagnosticBag Diagnostics)
{
    public SourceLocation SpanOf(YamlNode node) => new(Path, (int)node.Start.Line + LineOffset, (int)node.Start.Column);

    /// <summary>Parses the text into its root mapping, or reports HND001 and returns null.</summary>
    public YamlMappingNode? ParseMapping(string text)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            var inner = e.InnerException is YamlException ie ? ie : e;
            Diagnostics.Error(Codes.YamlSyntax, new SourceLocation(Path, (int)inner.Start.Line + LineOffset, (int)inner.Start.Column), $"malformed YAML: {inner.Message}");
            return null;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
            return new YamlMappingNode();
        if (stream.Documents[0].RootNode is YamlMappingNode map) return map;
        Diagnostics.Error(Codes.YamlSyntax, SpanOf(stream.Documents[0].RootNode), "expected a mapping of 'key: value' lines");
        return null;
    }
}
