using Handouts.Diagnostics;
using Handouts.Files;
using Handouts.Output;
using Handouts.Threading;

namespace Handouts.Release;

/// <summary>What <c>handouts verify</c> found: one diagnostic per difference, or the problem that stopped it (no
/// site folder, no readable manifest), and how many files the manifest lists.</summary>
internal sealed record VerifyResult(IReadOnlyList<Diagnostic> Differences, Diagnostic? Problem, int Files);

/// <summary>Checks a deployed or unzipped site against its release manifest: every file listed must be there with
/// its size and SHA-256, and nothing else may be, except the output marker a build leaves and the manifest itself
/// when it was copied into the site. The site is read through a <see cref="FileRoot"/>: a link leading out of it is a
/// changed file, never followed.</summary>
internal static class SiteVerifier
{
    /// <summary>A manifest lists every file of a site in about 150 bytes each: 128 MB is most of a million files.</summary>
    private const long ManifestBytes = 128 * 1024 * 1024;

    /// <param name="manifestPath">The manifest; null for <c>manifest.json</c> inside the site folder.</param>
    public static VerifyResult Verify(string siteDir, string? manifestPath)
    {
        var site = new FileRoot(siteDir, "site");
        if (!site.Exists) return Problem(siteDir, "is not a folder");
        manifestPath ??= Path.Combine(siteDir, "manifest.json");
        var manifestFolder = new FileRoot(Path.GetDirectoryName(Path.GetFullPath(manifestPath))!, "manifest");
        var read = manifestFolder.Read(Path.GetFileName(manifestPath), ManifestBytes);
        if (read.Bytes is null) return Problem(manifestPath, $"the manifest {read.Reason}; name it with --manifest");
        var (manifest, problem) = ReleaseManifest.Parse(read.Bytes);
        if (manifest is null) return Problem(manifestPath, $"cannot be used as a manifest: {problem}");

        var ignored = new HashSet<string>(StringComparer.Ordinal) { OutputGuard.MarkerName };
        if (manifestFolder.Locate(Path.GetFileName(manifestPath)).Full is { } realManifest && realManifest.StartsWith(site.Real + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            ignored.Add(site.RelativeOf(realManifest));
        var paths = site.AllFiles().Where(p => !ignored.Contains(p)).ToList();
        var found = new FileFingerprint[paths.Count];
        WorkQueue.ForEach([.. Enumerable.Range(0, paths.Count)], i =>
        {
            var (size, sha, _, reason) = site.Sha256(paths[i]);
            found[i] = sha is null ? new FileFingerprint(0, null, reason) : new FileFingerprint(size, Convert.ToHexStringLower(sha));
        });
        var actual = paths.Select((p, i) => (p, found[i])).ToDictionary(x => x.p, x => x.Item2, StringComparer.Ordinal);
        var differences = SiteComparison.Compare(manifest.Files, actual).Select(d => Diagnostic.Error(Code(d.Kind), SourceLocation.File(site.Display(d.Path)), d.Detail)).ToList();
        return new VerifyResult(differences, null, manifest.Files.Count);
    }

    private static string Code(DifferenceKind kind) => kind switch
    {
        DifferenceKind.Missing => Codes.SiteFileMissing,
        DifferenceKind.Extra => Codes.SiteFileExtra,
        _ => Codes.SiteFileChanged,
    };

    private static VerifyResult Problem(string path, string why) =>
        new([], Diagnostic.Error(Codes.CannotVerify, SourceLocation.File(DisplayPath.Of(Path.GetFullPath(path))), why), 0);
}
