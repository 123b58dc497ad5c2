namespace Handouts.Release;

/// <summary>What a file on disk is: its size and SHA-256, or why it could not be read.</summary>
internal sealed record FileFingerprint(long Size, string? Sha256, string? Unreadable = null);

/// <summary>Compares a manifest with what is on disk: every file listed must be there with its size and hash, and
/// nothing else may be.</summary>
internal static class SiteComparison
{
    public static IReadOnlyList<SiteDifference> Compare(IReadOnlyList<ManifestFile> expected, IReadOnlyDictionary<string, FileFingerprint> actual)
    {
        var differences = new List<SiteDifference>();
        var listed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in expected)
        {
            listed.Add(file.Path);
            if (!actual.TryGetValue(file.Path, out var found))
                differences.Add(new SiteDifference(DifferenceKind.Missing, file.Path, "is in the manifest but not in the site"));
            else if (found.Unreadable is { } why)
                differences.Add(new SiteDifference(DifferenceKind.Changed, file.Path, $"could not be read: it {why}"));
            else if (found.Size != file.Size || found.Sha256 != file.Sha256)
                differences.Add(new SiteDifference(DifferenceKind.Changed, file.Path, $"has changed: {found.Size} bytes, SHA-256 {found.Sha256}; the manifest has {file.Size} bytes, SHA-256 {file.Sha256}"));
        }

        foreach (var path in actual.Keys.Where(p => !listed.Contains(p)))
            differences.Add(new SiteDifference(DifferenceKind.Extra, path, "is in the site but not in the manifest"));
        differences.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        return differences;
    }
}
