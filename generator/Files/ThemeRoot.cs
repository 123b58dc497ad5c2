using Handouts.Diagnostics;

namespace Handouts.Files;

/// <summary>Where a build reads its theme: a clinic's templates folder (optional) over the default theme compiled into
/// the binary, file by file, as Hugo looks up a site's layouts before its theme's. A file the clinic's folder has is
/// read from there, through its <see cref="FileRoot"/> and all its checks, and reported there; any other comes from the
/// default theme. (Interface strings are merged key by key instead: see <c>UiStrings</c>.)</summary>
internal sealed class ThemeRoot
{
    /// <summary>How diagnostics name a file of the default theme.</summary>
    public const string BuiltInName = "(built-in theme)";

    private readonly EmbeddedFiles builtIn;

    public ThemeRoot(FileRoot? folder, EmbeddedFiles builtIn)
    {
        Folder = folder;
        this.builtIn = builtIn;
    }

    /// <summary>The clinic's templates folder, when there is one.</summary>
    public FileRoot? Folder { get; }

    public EmbeddedFiles BuiltIn => builtIn;

    /// <summary>The theme of a templates folder given on the command line: a folder that does not exist simply means
    /// none (the default theme alone) unless the user named it, which is a mistake worth stopping for.</summary>
    public static ThemeRoot Open(string? folder, EmbeddedFiles builtIn) =>
        new(folder is not null && new FileRoot(folder, "templates") is { Exists: true } root ? root : null, builtIn);

    /// <summary>Whether the clinic's folder has its own file at this path (a refused one counts: it is reported, not
    /// silently replaced by the default).</summary>
    public bool Overrides(string relative) => Folder is not null && Folder.Locate(relative).Problem != FileProblem.Missing;

    /// <summary>How diagnostics name the file: the clinic's file where it has one (or where a missing one was
    /// looked for), else the default theme's.</summary>
    public string Display(string relative)
    {
        var fromBuiltIn = !Overrides(relative) && builtIn.Contains(FileRoot.Normalize(relative) ?? relative);
        return fromBuiltIn || Folder is null ? $"{BuiltInName}/{relative}" : Folder.Display(relative);
    }

    public FileRead Read(string relative, long maxBytes)
    {
        if (Overrides(relative)) return Folder!.Read(relative, maxBytes);
        var clean = FileRoot.Normalize(relative);
        return clean is not null && builtIn.Read(clean) is { } bytes
            ? new FileRead(bytes, FileProblem.None, "")
            : new FileRead(null, FileProblem.Missing, "was not found in the templates folder or the built-in theme");
    }

    /// <summary>Reads a file, reporting a problem as <see cref="FileRoot"/> does.</summary>
    public byte[]? Read(string relative, long maxBytes, SourceLocation at, DiagnosticBag diagnostics, string what, string missingCode) =>
        Read(relative, maxBytes).Report(at, diagnostics, what, missingCode);

    public string? ReadText(string relative, SourceLocation at, DiagnosticBag diagnostics, string what, string missingCode = Codes.MissingFile) =>
        Read(relative, Limits.TextBytes, at, diagnostics, what, missingCode) is { } bytes ? FileRoot.Decode(bytes) : null;

    /// <summary>The files of a folder in the clinic's folder and the default theme together, each once, sorted.</summary>
    public IReadOnlyList<string> Files(string folder, string pattern, bool recursive)
    {
        var prefix = FileRoot.Normalize(folder) is { } clean ? clean + "/" : null;
        if (prefix is null) return [];
        var own = Folder?.Files(folder, pattern, recursive) ?? [];
        var builtInFiles = builtIn.Paths.Where(p => p.StartsWith(prefix, StringComparison.Ordinal)
            && (recursive || !p.AsSpan(prefix.Length).Contains('/'))
            && System.IO.Enumeration.FileSystemName.MatchesSimpleExpression(pattern, Path.GetFileName(p)));
        var names = Folder?.NameComparer ?? StringComparer.Ordinal;
        var all = own.ToList();
        all.AddRange(builtInFiles.Where(p => !own.Contains(p, names)));
        all.Sort(StringComparer.Ordinal);
        return all;
    }
}
