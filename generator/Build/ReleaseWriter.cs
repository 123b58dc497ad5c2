using System.Security.Cryptography;
using Handouts.Output;
using Handouts.Release;

namespace Handouts.Build;

/// <summary>Writes a release (README, "Release") from the staged site, before either is committed, so the release
/// describes exactly the site that goes live: <c>site.zip</c>, a copy of every PDF under <c>pdf/</c>,
/// <c>manifest.json</c> and <c>SHA256SUMS</c> over all of these.</summary>
internal static class ReleaseWriter
{
    public const string ZipName = "site.zip";
    public const string ManifestName = "manifest.json";
    public const string SumsName = "SHA256SUMS";
    public const string PdfFolder = "pdf/";

    public static void Write(StagedOutput site, StagedOutput release, ReleaseInfo info)
    {
        var paths = site.Written.Where(p => p != OutputGuard.MarkerName).ToList();
        var files = new ManifestFile[paths.Count];
        // Each file is read once for the zip, and hashed for the manifest as it is.
        var entries = paths.Select((path, i) => new DeterministicZip.Entry(path, () =>
        {
            var bytes = site.ReadBack(path);
            files[i] = new ManifestFile(path, bytes.Length, Convert.ToHexStringLower(SHA256.HashData(bytes)));
            return bytes;
        })).ToList();
        release.WriteStream(ZipName, stream => DeterministicZip.Write(stream, entries, info.Date.UtcDateTime));

        var sums = new List<(string Path, string Sha256)>();
        foreach (var pdf in files.Where(f => f.Path.EndsWith(".pdf", StringComparison.Ordinal)))
        {
            release.WriteBytes(PdfFolder + pdf.Path, site.ReadBack(pdf.Path));
            sums.Add((PdfFolder + pdf.Path, pdf.Sha256));
        }

        var manifest = new ReleaseManifest(info.Generator, info.ContentCommit, info.Date, files).ToJson();
        release.WriteBytes(ManifestName, manifest);
        sums.Add((ManifestName, Convert.ToHexStringLower(SHA256.HashData(manifest))));
        sums.Add((ZipName, Convert.ToHexStringLower(release.Sha256(ZipName))));
        release.WriteBytes(SumsName, Sha256Sums.Render(sums));
    }
}
