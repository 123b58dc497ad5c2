using System.Text;
using Handouts.Diagnostics;

namespace Handouts.Files;

/// <summary>Why a file could not be read.</summary>
internal enum FileProblem
{
    None,
    Missing,
    Refused,
    TooLarge,
}

/// <summary>The outcome of reading one file: its bytes, or the problem and a reason in plain words.</summary>
internal readonly record struct FileRead(byte[]? Bytes, FileProblem Problem, string Reason)
{
    /// <summary>The bytes, or null having reported the problem at <paramref name="at"/> as "<paramref name="what"/>
    /// ... reason": a missing file with <paramref name="missingCode"/>, a refused path with HND024, a file over its cap
    /// with HND025.</summary>
    public byte[]? Report(SourceLocation at, DiagnosticBag diagnostics, string what, string missingCode)
    {
        if (Bytes is { } bytes) return bytes;
        var code = Problem switch
        {
            FileProblem.Missing => missingCode,
            FileProblem.TooLarge => Codes.LimitExceeded,
            _ => Codes.RefusedPath,
        };
        diagnostics.Error(code, at, $"{what} {Reason}");
        return null;
    }
}

/// <summary>The only reader of a folder of untrusted input (docs/developers.md, "Security", rule 1): the content folder or the
/// templates folder. A path is judged after every symbolic link in it is resolved, must stay inside the folder, must
/// name a regular file (not a FIFO, device or <c>/proc</c> entry) and is read with a size cap. Paths are relative
/// to the folder, written with '/' as in Markdown and YAML.</summary>
internal sealed class FileRoot
{
    private static readonly string[] WindowsDevices = ["CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9"];

    /// <summary>How deep a file may be: the folder's listings (and so the build cache's view of it) go this deep, and
    /// a file read must be one they can see.</summary>
    public const int MaxFolderDepth = 16;

    private readonly string given;
    private readonly StringComparison comparison;

    /// <param name="folder">The folder as the user named it (shown in diagnostics).</param>
    /// <param name="name">"content" or "templates", for messages.</param>
    public FileRoot(string folder, string name)
    {
        given = folder;
        Name = name;

        // The folder itself may be a link: the clinic chose it. Everything inside is judged against where it really is.
        Real = RealPath.Resolve(folder) ?? Path.GetFullPath(folder);
        comparison = FileSystemCase.ComparisonFor(Real);
    }

    public string Name { get; }

    /// <summary>The real, absolute path of the folder.</summary>
    public string Real { get; }

    public bool Exists => Directory.Exists(Real);

    /// <summary>How diagnostics show a file of this folder: relative to where the command ran.</summary>
    public string Display(string relative) => DisplayPath.Of(Path.Combine(given, relative));

    /// <summary>The path as written, tidied (<c>./a/../b.png</c> becomes <c>b.png</c>), or null when it climbs out of
    /// the folder, is absolute or holds characters no file name should (NUL, control characters).</summary>
    public static string? Normalize(string relative)
    {
        if (relative.Length == 0 || relative.Any(char.IsControl)) return null;
        if (Path.IsPathRooted(relative) || relative.StartsWith('/') || relative.StartsWith('\\') || relative.Contains(':', StringComparison.Ordinal)) return null;
        var parts = new List<string>();
        foreach (var part in relative.Split('/', '\\'))
        {
            if (part is "" or ".") continue;
            if (part == "..")
            {
                if (parts.Count == 0) return null;
                parts.RemoveAt(parts.Count - 1);
                continue;
            }

            if (OperatingSystem.IsWindows() && WindowsDevices.Contains(part.Split('.')[0].TrimEnd(), StringComparer.OrdinalIgnoreCase)) return null;

            // Windows drops a trailing dot or space ("logo.png." opens "logo.png"): such a name is one file there and
            // another elsewhere, and the site could not be published from both.
            if (part.EndsWith('.') || part.EndsWith(' ')) return null;
            parts.Add(part);
        }

        return parts.Count == 0 ? null : string.Join('/', parts);
    }

    /// <summary>Where a relative path really leads, or the problem with it.</summary>
    public (string? Full, FileProblem Problem, string Reason) Locate(string relative)
    {
        var clean = Normalize(relative);
        if (clean is null) return (null, FileProblem.Refused, $"is not a path inside the {Name} folder");
        if (clean.Count(c => c == '/') > MaxFolderDepth) return (null, FileProblem.Refused, $"is more than {MaxFolderDepth} folders deep in the {Name} folder");
        var real = RealPath.Resolve(Real, clean);
        if (real is null) return (null, FileProblem.Refused, "goes through a loop of symbolic links");
        if (!RealPath.IsInside(real, Real, comparison) || real.Length == Real.Length)
            return (null, FileProblem.Refused, $"leads outside the {Name} folder (through a symbolic link)");
        if (Directory.Exists(real)) return (null, FileProblem.Refused, "is a folder, not a file");
        if (!File.Exists(real)) return (null, FileProblem.Missing, $"was not found in the {Name} folder");
        if (!FileKind.IsRegular(real)) return (null, FileProblem.Refused, "is not a regular file (a device, pipe or socket)");
        return (real, FileProblem.None, "");
    }

    /// <summary>How names compare in this folder's file system (ignoring case on Windows and macOS by default).</summary>
    public StringComparer NameComparer => StringComparer.FromComparison(comparison);

    /// <summary>The path, relative to the folder with '/', of a real path <see cref="Locate"/> returned.</summary>
    public string RelativeOf(string real) => Path.GetRelativePath(Real, real).Replace('\\', '/');

    /// <summary>Reads a file of at most <paramref name="maxBytes"/> bytes.</summary>
    public FileRead Read(string relative, long maxBytes)
    {
        var (full, problem, reason) = Locate(relative);
        if (full is null) return new FileRead(null, problem, reason);
        using var handle = File.OpenHandle(full, FileMode.Open, FileAccess.Read, FileShare.Read);
        var length = RandomAccess.GetLength(handle);
        if (length > maxBytes) return new FileRead(null, FileProblem.TooLarge, $"is larger than the limit of {maxBytes / (1024 * 1024)} MB");
        var bytes = new byte[length];
        var read = 0;
        while (read < bytes.Length)
        {
            var n = RandomAccess.Read(handle, bytes.AsSpan(read), read);
            if (n == 0) break;
            read += n;
        }

        return new FileRead(read == bytes.Length ? bytes : bytes[..read], FileProblem.None, "");
    }

    /// <summary>Reads a file, reporting a problem as <see cref="FileRead.Report"/> says.</summary>
    public byte[]? Read(string relative, long maxBytes, SourceLocation at, DiagnosticBag diagnostics, string what, string missingCode) =>
        Read(relative, maxBytes).Report(at, diagnostics, what, missingCode);

    /// <summary>Text in UTF-8 (a byte-order mark is dropped), reported like <see cref="Read(string, long, SourceLocation, DiagnosticBag, string, string)"/>.</summary>
    public string? ReadText(string relative, SourceLocation at, DiagnosticBag diagnostics, string what, string missingCode = Codes.MissingFile) =>
        Read(relative, Limits.TextBytes, at, diagnostics, what, missingCode) is { } bytes ? Decode(bytes) : null;

    public static string Decode(byte[] bytes) =>
        bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3) : Encoding.UTF8.GetString(bytes);

    public bool FolderExists(string relative)
    {
        var clean = Normalize(relative);
        if (clean is null) return false;
        var real = RealPath.Resolve(Real, clean);
        return real is not null && RealPath.IsInside(real, Real, comparison) && Directory.Exists(real);
    }

    /// <summary>The files of a folder (relative paths with '/', sorted ordinally), optionally of its subfolders too.
    /// Listing only names them: each is judged again when read, so a link among them cannot lead outside.</summary>
    public IReadOnlyList<string> Files(string folder, string pattern, bool recursive)
    {
        if (!FolderExists(folder)) return [];
        return List(RealPath.Resolve(Real, Normalize(folder)!)!, Normalize(folder)! + "/", pattern, recursive);
    }

    /// <summary>Every file under the folder, as <see cref="Files"/> lists them.</summary>
    public IReadOnlyList<string> AllFiles() => Exists ? List(Real, "", "*", recursive: true) : [];

    /// <summary>Every file under the folder (links not followed) with its size and time of last change. Taken before
    /// and after a build, equal when nothing was saved meanwhile: only then does the build cache keep what it made.</summary>
    public IReadOnlyList<(string Path, long Size, DateTime Changed)> Stamps()
    {
        if (!Exists) return [];
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = true, MaxRecursionDepth = MaxFolderDepth };
        var entries = new System.IO.Enumeration.FileSystemEnumerable<(string, long, DateTime)>(Real, (ref System.IO.Enumeration.FileSystemEntry e) => (e.ToFullPath(), e.Length, e.LastWriteTimeUtc.UtcDateTime), options)
        {
            ShouldIncludePredicate = (ref System.IO.Enumeration.FileSystemEntry e) => !e.IsDirectory,
            ShouldRecursePredicate = (ref System.IO.Enumeration.FileSystemEntry e) => (e.Attributes & FileAttributes.ReparsePoint) == 0,
        };
        var stamps = entries.ToList();
        stamps.Sort((a, b) => string.CompareOrdinal(a.Item1, b.Item1));
        return stamps;
    }

    /// <summary>The size and SHA-256 of a file, read in pieces (no size cap: nothing is kept), or the problem with it.</summary>
    public (long Size, byte[]? Sha256, FileProblem Problem, string Reason) Sha256(string relative)
    {
        var (full, problem, reason) = Locate(relative);
        if (full is null) return (0, null, problem, reason);
        using var stream = new FileStream(full, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1 << 16);
        return (stream.Length, System.Security.Cryptography.SHA256.HashData(stream), FileProblem.None, "");
    }

    private static List<string> List(string real, string prefix, string pattern, bool recursive)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = recursive, MatchType = MatchType.Simple, AttributesToSkip = 0, IgnoreInaccessible = true, MaxRecursionDepth = MaxFolderDepth };

        // A link to a folder is never walked into (a link to '/' or two links to '.' would list the disk, or the same
        // files millions of times); it is listed like a file, so reading it is refused at its name, never skipped.
        var entries = new System.IO.Enumeration.FileSystemEnumerable<string>(real, (ref System.IO.Enumeration.FileSystemEntry e) => e.ToFullPath(), options)
        {
            ShouldIncludePredicate = (ref System.IO.Enumeration.FileSystemEntry e) =>
                (!e.IsDirectory || (e.Attributes & FileAttributes.ReparsePoint) != 0) && System.IO.Enumeration.FileSystemName.MatchesSimpleExpression(pattern, e.FileName),
            ShouldRecursePredicate = (ref System.IO.Enumeration.FileSystemEntry e) => (e.Attributes & FileAttributes.ReparsePoint) == 0,
        };
        var files = entries.Select(f => prefix + Path.GetRelativePath(real, f).Replace('\\', '/')).ToList();
        files.Sort(StringComparer.Ordinal);
        return files;
    }
}
