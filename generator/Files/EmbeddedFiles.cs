using System.Reflection;

namespace Handouts.Files;

/// <summary>Files compiled into the binary: the default theme (templates, partials, strings, print template, fonts,
/// assets, from the repository's <c>templates/</c> folder), so a clinic's repository needs only its content, and the
/// clinic repository <c>handouts init</c> writes. They are ours, so they are read without the checks a clinic's folder
/// gets; they never change while the program runs.</summary>
internal sealed class EmbeddedFiles
{

    // Relative path with '/' → manifest resource name. MSBuild writes the folder part with the build machine's
    // separator, so a binary built on Windows names 'pages\home.html'.
    private readonly SortedDictionary<string, string> resources = new(StringComparer.Ordinal);
    private readonly Assembly assembly;

    private EmbeddedFiles(Assembly assembly, string prefix)
    {
        this.assembly = assembly;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal)))
            resources[name[prefix.Length..].Replace('\\', '/')] = name;
    }

    /// <summary>The default theme.</summary>
    public static EmbeddedFiles Theme { get; } = new(typeof(EmbeddedFiles).Assembly, "theme/");

    /// <summary>The clinic repository <c>handouts init</c> starts.</summary>
    public static EmbeddedFiles Scaffold { get; } = new(typeof(EmbeddedFiles).Assembly, "scaffold/");

    /// <summary>What <c>handouts serve</c> adds to the pages it serves (the live-reload script).</summary>
    public static EmbeddedFiles Serve { get; } = new(typeof(EmbeddedFiles).Assembly, "serve/");

    /// <summary>Every file, relative paths with '/', in ordinal order.</summary>
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
