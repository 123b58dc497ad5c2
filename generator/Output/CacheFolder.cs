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
internal sealed class CacheFolder : IBuildCache
{
    public const string DefaultName = ".handouts-cache";
    private const string TagName = "CACHEDIR.TAG";
    private const string TagText = "Signature: 8a477f597d28d172789f06886806bc55\n# The build cache of Handouts (https://bford.info/cachedir/). It can be deleted at any time.\n";
    private const string Pending = ".pending";
    private readonly string folder;
    private readonly ConcurrentDictionary<string, byte> added = new(StringComparer.Ordinal);

    private CacheFolder(string folder, byte[] secret)
    {
        this.folder = folder;
        Secret = secret;
    }

    /// <summary>The key entries are sealed with: random, made once per user and machine, kept in the user's
    /// application data (never in the cache or the checkout), so a cache folder that came with the content is
    /// never taken for this machine's own.</summary>
    public byte[] Secret { get; }

    /// <summary><c>.handouts-cache</c> in the folder that holds the output.</summary>
    public static string DefaultFor(string outDir) =>
        Path.Combine(Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(outDir))) ?? ".", DefaultName);

    /// <param name="secretFile">Where the sealing key is kept; null for the user's application data.</param>
    public static (CacheFolder? Cache, Diagnostic? Refusal) Open(string dir, string contentDir, string templatesDir, string? outDir, string? secretFile = null)
    {
        var target = OutputGuard.Real(Path.GetFullPath(dir));
        if (OutputGuard.CheckPlace(target, contentDir, templatesDir, outDir is null ? null : (outDir, "site output"), Refuse) is { } refusal)
            return (null, refusal);
        if (File.Exists(target)) return (null, Refuse(target, "it is a file"));
        if (Directory.Exists(target) && !File.Exists(Path.Combine(target, TagName)) && Directory.EnumerateFileSystemEntries(target).Any())
            return (null, Refuse(target, $"it is not empty and is not a Handouts cache (it has no {TagName})"));
        Directory.CreateDirectory(target);
        var tag = Path.Combine(target, TagName);
        if (!File.Exists(tag)) File.WriteAllText(tag, TagText);
        // What a build stopped half-way left: pending entries are not known to be sound.
        foreach (var stale in Directory.EnumerateFiles(target, "*" + Pending)) File.Delete(stale);
        return (new CacheFolder(target, LoadSecret(secretFile ?? DefaultSecretFile())), null);
    }

    public bool KeepsObjects => false;

    public object? Read(string key)
    {
        var path = Path.Combine(folder, Name(key));
        try
        {
            // A link planted in the folder is not followed: only a regular file is an entry.
            return FileKind.IsRegular(path) && new FileInfo(path).LinkTarget is null ? File.ReadAllBytes(path) : null;
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
        foreach (var key in added.Keys) File.Move(Path.Combine(folder, Name(key) + Pending), Path.Combine(folder, Name(key)), overwrite: true);
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

    private static Diagnostic Refuse(string target, string why) =>
        Diagnostic.Error(Codes.UnsafeOutput, SourceLocation.File(DisplayPath.Of(target)), $"refusing to keep the build cache here: {why}; choose another --cache, or --no-cache");

    private static string DefaultSecretFile() =>
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create) is { Length: > 0 } data ? data : Path.GetTempPath(), "handouts", "cache-key");

    private static byte[] LoadSecret(string file)
    {
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
        File.WriteAllBytes(temp, secret);
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(temp, UnixFileMode.UserRead | UnixFileMode.UserWrite);
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
