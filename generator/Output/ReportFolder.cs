namespace Handouts.Output;

/// <summary>Where the quality report goes when there is no site to put it in: beside the output after a failed build
/// (a nurse needs it most then), or into the folder <c>handouts check --report</c> names. Only the report's own files
/// are written; nothing else there is touched.</summary>
internal static class ReportFolder
{
    private const string BesidePrefix = ".handouts-report-";

    /// <summary>The report folder of a failed build of this output: a name the build owns beside it.</summary>
    public static string Beside(OutputPlace place) => place.Beside(BesidePrefix + place.Name);

    /// <summary>Replaces the report folder beside the output with these files (it may hold an older build's); the
    /// caller holds the output's lock. Returns the folder.</summary>
    public static string WriteBeside(OutputPlace place, IEnumerable<(string Name, byte[] Bytes)> files)
    {
        var folder = Beside(place);
        // A link planted under this name is removed as a name, never followed (OwnedPath).
        OwnedPath.Delete(folder);
        Directory.CreateDirectory(folder);
        foreach (var (name, bytes) in files) File.WriteAllBytes(SinkPath.Resolve(folder, name), bytes);
        return folder;
    }

    /// <summary>A successful build's report is in the site; an older failure's report beside it would mislead.</summary>
    public static void RemoveBeside(OutputPlace place) => OwnedPath.Delete(Beside(place));

    /// <summary>Writes the files into a folder the user named, creating it; files of other names are left alone.</summary>
    public static void WriteInto(string folder, IEnumerable<(string Name, byte[] Bytes)> files)
    {
        Directory.CreateDirectory(folder);
        var full = Path.GetFullPath(folder);
        foreach (var (name, bytes) in files)
        {
            var path = SinkPath.Resolve(full, name);
            if (new FileInfo(path).LinkTarget is not null) File.Delete(path);
            File.WriteAllBytes(path, bytes);
        }
    }
}
