using Handouts.Files;
using Handouts.Diagnostics;

namespace Handouts.Output;

/// <summary>Refuses an output folder a build must never replace: a build deletes what was there before, so a typo in
/// <c>--out</c> must not wipe the content, the templates, a repository or someone's home folder.</summary>
internal static class OutputGuard
{
    public const string MarkerName = ".handouts-output";

    public static Diagnostic? Check(string outDir, string contentDir, string templatesDir)
    {
        var target = Normalize(outDir);
        var span = SourceLocation.File(DisplayPath.Of(target));
        if (target == Path.GetPathRoot(target) || target == Normalize(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile)))
            return Refuse(span, "it is the root of the file system or a home folder");
        foreach (var (dir, name) in new[] { (contentDir, "content"), (templatesDir, "templates") })
        {
            var other = Normalize(dir);
            if (target == other || IsInside(other, target) || IsInside(target, other))
                return Refuse(span, $"it is, contains or is inside the {name} folder {DisplayPath.Of(other)}");
        }

        if (File.Exists(target)) return Refuse(span, "it is a file");
        if (Directory.Exists(Path.Combine(target, ".git")))
            return Refuse(span, "it is the root of a repository");
        if (Directory.Exists(target) && !File.Exists(Path.Combine(target, MarkerName)) && Directory.EnumerateFileSystemEntries(target).Any())
            return Refuse(span, $"it is not empty and was not made by handouts (it has no {MarkerName} file)");
        return null;
    }

    private static Diagnostic Refuse(SourceLocation span, string why) =>
        Diagnostic.Error(Codes.UnsafeOutput, span, $"refusing to write the site here: {why}; choose another --out");

    private static string Normalize(string path) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));

    private static bool IsInside(string child, string parent) =>
        child.StartsWith(parent + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
