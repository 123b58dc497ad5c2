using Handouts.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace Handouts.Content;

/// <summary>A YAML text with the file it came from and where it starts in that file (front matter starts on line 2),
/// so every node can be reported at its real line.</summary>
internal sealed record YamlSource(string Path, int LineOffset, DiagnosticBag Diagnostics)
{
    private sealed class TrackingParser(IParser inner) : IParser
    {
        public Mark LastGood { get; private set; } = Mark.Empty;

        public ParsingEvent? Current => inner.Current;

        public bool MoveNext()
        {
            if (inner.Current is { } current) LastGood = current.Start;
            return inner.MoveNext();
        }
    }

    /// <summary>Reads a whole YAML file into its root mapping: HND019 when the file is missing (naming the folder it
    /// belongs in), HND001 when it is malformed; null in both cases.</summary>
    public static (YamlSource Source, YamlMappingNode Root)? ReadFile(string path, string folder, DiagnosticBag diagnostics)
    {
        var source = new YamlSource(DisplayPath.Of(path), 0, diagnostics);
        if (!File.Exists(path))
        {
            diagnostics.Error(Codes.MissingFile, SourceLocation.File(source.Path), $"the {folder} folder has no {System.IO.Path.GetFileName(path)}");
            return null;
        }

        return source.ParseMapping(File.ReadAllText(path)) is { } root ? (source, root) : null;
    }

    public SourceLocation SpanOf(YamlNode node) => new(Path, (int)node.Start.Line + LineOffset, (int)node.Start.Column);

    /// <summary>Parses the text into its root mapping, or reports HND001 and returns null.</summary>
    public YamlMappingNode? ParseMapping(string text)
    {
        var stream = new YamlStream();
        var parser = new TrackingParser(new Parser(new StringReader(text)));
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
