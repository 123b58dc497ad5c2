using System.Security.Cryptography;
using System.Text;
using Handouts.Content;
using Handouts.Files;

namespace Handouts.Build;

/// <summary>The build cache's keys: what each output is a function of. Everything a handout's job reads besides its
/// own file is in <see cref="site"/>: the generator (its module version, which changes with any change to its code or
/// built-in theme, the runtime's version and its libraries' names and versions), the options that change output, every content file but the handouts (settings, taxonomy, images:
/// an image can reach any PDF through the logo), every file of the templates folder (templates, partials, strings,
/// print styles, fonts), and every handout's front matter (what pages show of other handouts: titles, summaries,
/// versions, which exist, which are drafts). Not the day: only review ages depend on it, and those are counted
/// afresh on every build (<see cref="Checks.QualityChecker.CheckFreshness"/>). A handout's key adds its whole file.</summary>
internal sealed class CacheKeys
{
    private readonly byte[] site;

    private CacheKeys(byte[] site) => this.site = site;

    public static CacheKeys Of(BuildInputs inputs, BuildOptions options)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Add(hash, "handouts build cache 1");
        var generator = typeof(CacheKeys).Assembly;
        hash.AppendData(generator.ManifestModule.ModuleVersionId.ToByteArray());
        // The .NET runtime (its zlib writes the PDFs' compressed streams) and every library by name and version
        // (Markdig, Scriban, HarfBuzzSharp with its native library...): the tool is framework-dependent, so either can
        // change under an unchanged generator.
        Add(hash, System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription);
        foreach (var library in generator.GetReferencedAssemblies().Select(a => a.FullName).Order(StringComparer.Ordinal)) Add(hash, library);
        Add(hash, $"pdf={options.Pdf} papers={options.BothPapers} drafts={options.Drafts} base={inputs.Content.Site.BaseUrl}");
        var content = inputs.Content.Root;
        foreach (var file in content.AllFiles().Where(f => !IsHandout(f))) AddFile(hash, content, file);
        if (inputs.TemplatesRoot.Folder is { } theme)
        {
            foreach (var file in theme.AllFiles()) AddFile(hash, theme, file);
        }

        foreach (var h in inputs.Content.Handouts.Concat(inputs.Content.LeftOut ?? []).OrderBy(h => h.Path, StringComparer.Ordinal))
        {
            Add(hash, h.Path);
            Add(hash, h.FrontMatter);
            Add(hash, h.Draft ? "draft" : "published");
        }

        return new CacheKeys(hash.GetHashAndReset());
    }

    public string For(Handout h) => Key("handout", h.Path, h.FrontMatter, h.Body);

    /// <summary>The pages that list handouts (home, cancer and treatment pages, 404) and the sitemap: made from
    /// front matter alone, so what <see cref="site"/> covers.</summary>
    public string ForLists() => Key("lists");

    /// <summary>The packs, posters and their staff page: made from every handout's typeset pages.</summary>
    public string ForPrints(IEnumerable<string> handoutKeys) => Key(["prints", .. handoutKeys]);

    private string Key(params string[] parts)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(site);
        foreach (var part in parts) Add(hash, part);
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static bool IsHandout(string file) =>
        file.StartsWith("handouts/", StringComparison.Ordinal) && file.IndexOf('/', 9) < 0 && file.EndsWith(".md", StringComparison.Ordinal);

    private static void AddFile(IncrementalHash hash, FileRoot root, string file)
    {
        Add(hash, file);
        var (size, sha, problem, reason) = root.Sha256(file);
        Add(hash, sha is null ? $"{problem}: {reason}" : size.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (sha is not null) hash.AppendData(sha);
    }

    /// <summary>Each part with its length first, so no two different lists of parts hash alike.</summary>
    private static void Add(IncrementalHash hash, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        Span<byte> length = stackalloc byte[4];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(length, bytes.Length);
        hash.AppendData(length);
        hash.AppendData(bytes);
    }
}
