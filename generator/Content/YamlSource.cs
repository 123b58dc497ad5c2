using Handouts.Diagnostics;
using Handouts.Files;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace Handouts.Content;

/// <summary>A YAML text with the file it came from and where it starts in that file (front matter starts on line 2),
/// so every node can be reported at its real line.</summary>
internal sealed record YamlSource(string Path, int LineOffset, DiagnosticBag Diagnostics)
{
    /// <summary>Passes events through to the loader, remembering the last good position (YamlDotNet throws without one
    /// on some unclosed flow collections) and stopping at what settings and front matter never need: anchors and
    /// aliases (an alias used as a key grows exponentially) and nesting deeper than <see cref="Limits.YamlDepth"/>
    /// (the loader recurses, and a stack overflow cannot be caught).</summary>
    private sealed class GuardedParser(IParser inner) : IParser
    {
        private int depth;

        public Mark LastGood { get; private set; } = Mark.Empty;

        public ParsingEvent? Current => inner.Current;

        public bool MoveNext()
        {
            if (inner.Current is { } current) LastGood = current.Start;
            if (!inner.MoveNext()) return false;
            switch (inner.Current)
            {
                case AnchorAlias alias:
                    throw new RefusedYamlException(alias.Start, Codes.YamlAlias, $"'*{alias.Value}' is an alias; write the value out in full (anchors and aliases are not allowed here)");
                case NodeEvent { Anchor.IsEmpty: false } node:
                    throw new RefusedYamlException(node.Start, Codes.YamlAlias, $"'&{node.Anchor}' is an anchor; write each value out in full (anchors and aliases are not allowed here)");
                case MappingStart or SequenceStart when ++depth > Limits.YamlDepth:
                    throw new RefusedYamlException(inner.Current.Start, Codes.LimitExceeded, $"lists and mappings are nested more than {Limits.YamlDepth} deep");
                case MappingEnd or SequenceEnd:
                    depth--;
                    break;
            }

            return true;
        }
    }

    private sealed class RefusedYamlException(Mark at, string code, string message) : Exception(message)
    {
        public Mark At { get; } = at;

        public string Code { get; } = code;
    }

    /// <summary>Reads a whole YAML file of a folder into its root mapping: HND019 when the file is missing (naming the
    /// folder it belongs in), HND001 when it is malformed; null in both cases.</summary>
    public static (YamlSource Source, YamlMappingNode Root)? ReadFile(FileRoot root, string relative, DiagnosticBag diagnostics)
    {
        var source = new YamlSource(root.Display(relative), 0, diagnostics);
        var text = root.ReadText(relative, SourceLocation.Start(source.Path), diagnostics, relative);
        return text is not null && source.ParseMapping(text) is { } map ? (source, map) : null;
    }

    public SourceLocation SpanOf(YamlNode node) => new(Path, (int)node.Start.Line + LineOffset, (int)node.Start.Column);

    /// <summary>Parses the text into its root mapping, or reports HND001 and returns null.</summary>
    public YamlMappingNode? ParseMapping(string text)
    {
        var stream = new YamlStream();
        var parser = new GuardedParser(new Parser(new StringReader(text)));
        try
        {
            stream.Load(parser);
        }
        catch (YamlException e)
        {
            var inner = e.InnerException is YamlException ie ? ie : e;
            Diagnostics.Error(Codes.YamlSyntax, new SourceLocation(Path, (int)inner.Start.Line + LineOffset, (int)inner.Start.Column), $"malformed YAML: {inner.Message}");
            return null;
        }
        catch (RefusedYamlException e)
        {
            Diagnostics.Error(e.Code, new SourceLocation(Path, (int)e.At.Line + LineOffset, (int)e.At.Column), e.Message);
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws without a position on some unclosed flow collections ("[a" then a new key);
            // the last event it parsed is where the broken construct starts.
            var at = parser.LastGood;
            Diagnostics.Error(Codes.YamlSyntax, new SourceLocation(Path, (int)at.Line + LineOffset, (int)at.Column), "malformed YAML: a '[' or '{' here is not closed, or a value needs quotes");
            return null;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
            return new YamlMappingNode();
        if (stream.Documents[0].RootNode is YamlMappingNode map) return map;
        Diagnostics.Error(Codes.YamlSyntax, SpanOf(stream.Documents[0].RootNode), "expected a mapping of 'key: value' lines");
        return null;
    }
}
