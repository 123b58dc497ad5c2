using System.CommandLine;

namespace Handouts.Cli;

/// <summary>The --content and --templates options that build, check, serve and bench-pdf share.</summary>
internal sealed class FolderOptions
{
    public Option<string> Content { get; } = new("--content") { Description = "Content folder (site.yml, taxonomy.yml, handouts/)", DefaultValueFactory = _ => "content" };

    public Option<string?> Templates { get; } = new("--templates") { Description = "Templates folder overriding the built-in theme file by file (default: ./templates when it exists)" };

    public void AddTo(Command command)
    {
        command.Options.Add(Content);
        command.Options.Add(Templates);
    }
}
