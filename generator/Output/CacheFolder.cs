using System.Collections.Concurrent;
using System.Security.Cryptography;
using Handouts.Diagnostics;
using Handouts.Files;

namespace Handouts.Output;

/// <summary>The build cache on disk (<c>--cache DIR</c>; by default <c>.handouts-cache/</c> beside <c>--out</c>): one
/// file per entry, named by its key, in a folder kept clear of the content, the templates and the output like the
/// output itself, and marked with a CACHEDIR.TAG so backups skip it. It sits where a pull request could plant files,
/// so nothing in it is trusted: entries are sealed with <see cref="Secret"/>, a key kept outside the repository, and
/// one that does not verify is rebuilt (see <c>Build/CacheEntry</c>).</summary>
internal sealed class CacheFolder : IBuildCache, IDisposable
{
    public const string DefaultName = ".handouts-cache";
    private const string TagName = "CACHEDIR.TAG";
    private const string TagText = "Signature: 8a477f597d28d172789f06886806bc55\n# The build cache of Handouts (https://bford.info/cachedir/). It can be deleted at any time.\n";
    private const string Pending = ".pending";
    private const string LockName = "lock";
    private readonly string folder;
    private readonly OutputLock held;
    private readonly ConcurrentDictionary<string, byte> added = new(StringComparer.Ordinal);

    private CacheFolder(string folder, byte[] secret, OutputLock held)
    {
        this.folder = folder;
        Secret = secret;
        this.held = held;
    }

    /// <summary>The key entries are sealed with: random, made once per user and machine, kept in the user's
    /// application data (never in the cache or the checkout), so a cache folder that came with the content is
    /// never taken for this machine's own.</summary>
    public byte[] Secret { get; }

    /// <summary><c>.handouts-cache</c> in the folder that holds the output.</summary>
    public static string DefaultFor(string outDir) =>
        Path.Combine(Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(outDir))) ?? ".", DefaultName);

    /// <summary>Opens the cache for one build, holding its lock until disposed: two builds sharing a cache (two
    /// outputs in one folder) take turns, and the second builds without it rather than wait long.</summary>
    /// <param name="secretFile">Where the sealing key is kept; null for the user's application data.</param>
    /// <returns>The cache; or a refusal (a place a cache must never be); or neither, with a note, when another build
    /// holds it.</returns>
    /// <param name="wait">How long to wait for another build using the cache (null: as long as for the output).</param>
    public static (CacheFolder? Cache, Diagnostic? Refusal, string? Note) Open(string dir, string contentDir, string templatesDir, string? outDir, string? secretFile = null, TimeSpan? wait = null)
    {
        var given = Path.GetFullPath(dir);
        // A link in the last place is what a pull request could commit where the default cache goes: never followed.
        if (OwnedPath.Exists(given) && !OwnedPath.IsReal(given))
            return (null, Refuse(given, File.Exists(given) && new FileInfo(given).LinkTarget is null ? "it is a file" : "it is a symbolic link"), null);
        var target = OutputGuard.Real(given);
        if (OutputGuard.CheckPlace(target, contentDir, templatesDir, outDir is null ? null : (outDir, "site output"), Refuse) is { } refusal)
            return (null, refusal, null);
        if (Directory.Exists(target) && !File.Exists(Path.Combine(target, TagName)) && Directory.EnumerateFileSystemEntries(target).Any())
            return (null, Refuse(target, $"it is not empty and is not a Handouts cache (it has no {TagName})"), null);
        Directory.CreateDirectory(target);
        var tag = Path.Combine(target, TagName);
        if (!File.Exists(tag)) File.WriteAllText(tag, TagText);
        var lockPath = Path.Combine(target, LockName);
        if (new FileInfo(lockPath).LinkTarget is not null) OwnedPath.Delete(lockPath);
        if (OutputLock.TryTake(lockPath, wait ?? OutputLock.DefaultWait) is not { } taken)
            return (null, null, $"another build is using the build cache {DisplayPath.Of(target)}: this one builds without it");
        // What a build stopped half-way left (no other build is using the cache now): pending entries are not known
        // to be sound, and anything else that is not a regular file is not an entry.
        foreach (var path in Directory.EnumerateFileSystemEntries(target))
        {
            var name = Path.GetFileName(path);
            if (name.EndsWith(Pending, StringComparison.Ordinal) || (IsEntryName(name) && !IsRegularFile(path))) OwnedPath.Delete(path);
        }

        return (new CacheFolder(target, LoadSecret(secretFile ?? DefaultSecretFile()), taken), null, null);
    }

    public void Dispose() => held.Dispose();

    public bool KeepsObjects => false;

    public object? Read(string key)
    {
        var path = Path.Combine(folder, Name(key));
        try
        {
            // A link planted in the folder is not followed: only a regular file is an entry.
            return IsRegularFile(path) ? File.ReadAllBytes(path) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    public void Add(string key, object entry)
    {
        var bytes = (ReadOnlyMemory<byte>)entry;
        var path = Path.Combine(folder, Name(key) + Pending);
        OwnedPath.Delete(path);
        using (var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write)) stream.Write(bytes.Span);
        added[key] = 0;
    }

    public void Commit(IReadOnlySet<string> used)
    {
        foreach (var key in added.Keys)
        {
            var entry = Path.Combine(folder, Name(key));
            // Something planted under an entry's name (a folder, a link) is removed as a name, never followed.
            if (OwnedPath.Exists(entry) && !IsRegularFile(entry)) OwnedPath.Delete(entry);
            File.Move(entry + Pending, entry, overwrite: true);
        }

        added.Clear();
        foreach (var path in Directory.EnumerateFileSystemEntries(folder))
        {
            var name = Path.GetFileName(path);
            if (IsEntryName(name) && !used.Contains(name)) OwnedPath.Delete(path);
        }
    }

    public void Discard()
    {
        foreach (var key in added.Keys) OwnedPath.Delete(Path.Combine(folder, Name(key) + Pending));
        added.Clear();
    }

    /// <summary>A key is the hex of a hash; checked again here, so no other name can ever be made in the folder.</summary>
    private static string Name(string key) =>
        IsEntryName(key) ? key : throw new ArgumentException($"'{key}' is not a cache key", nameof(key));

    private static bool IsEntryName(string name) => name.Length == 64 && name.All(char.IsAsciiHexDigitLower);

    private static bool IsRegularFile(string path) => FileKind.IsRegular(path) && new FileInfo(path).LinkTarget is null;

    private static Diagnostic Refuse(string target, string why) =>
        Diagnostic.Error(Codes.UnsafeOutput, SourceLocation.File(DisplayPath.Of(target)), $"refusing to keep the build cache here: {why}; choose another --cache, or --no-cache");

    /// <summary>The user's own application data (~/.local/share, %LOCALAPPDATA%); null when there is none, never a
    /// folder other users share.</summary>
    private static string? DefaultSecretFile() =>
        Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create) is { Length: > 0 } data
            ? Path.Combine(data, "handouts", "cache-key")
            : null;

    /// <summary>The secret kept in <paramref name="file"/>, made there (readable by its user alone) when missing; a
    /// fresh one for this build alone when there is no such file, or when others may read it (then nothing the cache
    /// holds verifies, and it is made again).</summary>
    private static byte[] LoadSecret(string? file)
    {
        if (file is null) return RandomNumberGenerator.GetBytes(32);
        if (!OperatingSystem.IsWindows() && File.Exists(file) && (File.GetUnixFileMode(file) & (UnixFileMode.GroupRead | UnixFileMode.OtherRead | UnixFileMode.GroupWrite | UnixFileMode.OtherWrite)) != 0)
            return RandomNumberGenerator.GetBytes(32);

        try
        {
            var existing = File.ReadAllBytes(file);
            if (existing.Length == 32) return existing;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // None yet (or unreadable): make one.
        }

        var secret = RandomNumberGenerator.GetBytes(32);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        var temp = file + "." + Environment.ProcessId + ".tmp";
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        using (var stream = new FileStream(temp, options)) stream.Write(secret);
        // Two builds making one at once: the first one moved in wins, and both use what is there.
        try
        {
            File.Move(temp, file, overwrite: false);
        }
        catch (IOException)
        {
            File.Delete(temp);
        }

        var kept = File.ReadAllBytes(file);
        return kept.Length == 32 ? kept : throw new IOException($"the build cache's key {file} is damaged: delete it");
    }
}
