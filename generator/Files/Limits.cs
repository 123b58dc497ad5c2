namespace Handouts.Files;

/// <summary>Every limit that protects a build from hostile input (docs/developers.md, "Security"). Each is far above what a real
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

    /// <summary>A string a template builds (it may double one in a loop), and one page it renders. A handout's body is
    /// at most a few times its 2 MB source.</summary>
    public const int TemplateString = 16 * 1024 * 1024;

    public const int TemplateOutput = 64 * 1024 * 1024;

    /// <summary>One render of one template for one page; a page takes about a millisecond.</summary>
    public static readonly TimeSpan TemplateTime = TimeSpan.FromSeconds(10);
}
