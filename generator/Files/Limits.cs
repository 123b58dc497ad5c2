namespace Handouts.Files;

/// <summary>Every limit that protects a build from hostile input (README, "Security"). Each is far above what a real
/// clinic writes: the sample's largest handout is 9 KB, its largest font 400 KB. A limit that is hit is a
/// diagnostic at the file (and line) that hit it, never a crash or a hang.</summary>
internal static class Limits
{
    /// <summary>Markdown, YAML and template files.</summary>
    public const long TextBytes = 2 * 1024 * 1024;

    /// <summary>Images, fonts and theme assets.</summary>
    public const long BinaryBytes = 32 * 1024 * 1024;

    /// <summary>Nesting of YAML mappings and lists. The loader builds its tree recursively, so a file of 100,000 '['
    /// would overflow the stack, which .NET cannot catch; real front matter nests three deep.</summary>
    public const int YamlDepth = 64;

    /// <summary>Nesting of Markdown blocks (quotes, lists) and inlines (emphasis, links). Every walker of the tree
    /// recurses; real handouts nest three or four deep.</summary>
    public const int MarkdownDepth = 64;
}
