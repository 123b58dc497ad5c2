using System.Reflection;

namespace Handouts.Files;

/// <summary>The default theme (templates, partials, strings, print template, fonts, assets), compiled into the binary
/// from the repository's <c>templates/</c> folder, so a clinic's repository needs only its content. It is ours, so it
/// is read without the checks a clinic's folder gets; it never changes while the program runs.</summary>
internal sealed class EmbeddedTheme
{
    private const string Prefix = "theme/";

    // Relative path with '/' → manifest resource name. MSBuild writes the folder part with the build machine's
    // separator, so a binary built on Windows names 'pages\home.html'.
    private readonly SortedDictionary<string, string> resources = new(StringComparer.Ordinal);
    private readonly Assembly assembly;

    private EmbeddedTheme(Assembly assembly)
    {
        this.assembly = assembly;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)))
            resources[name[Prefix.Length..].Replace('\\', '/')] = name;
    }

    public static EmbeddedTheme Default { get; } = new(typeof(EmbeddedTheme).Assembly);

    /// <summary>Every file of the theme, relative paths with '/', in ordinal order.</summary>
    public IEnumerable<string> Paths => resources.Keys;

    public bool Contains(string relative) => resources.ContainsKey(relative);

    public byte[]? Read(string relative)
    {
        if (!resources.TryGetValue(relative, out var name)) return null;
        using var stream = assembly.GetManifestResourceStream(name)!;
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }
}
