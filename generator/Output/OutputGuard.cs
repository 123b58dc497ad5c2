using Handouts.Files;
using Handouts.Diagnostics;

namespace Handouts.Output;

/// <summary>Refuses an output folder a build must never replace: a build deletes what was there before, so a typo in
/// <c>--out</c>, or a symbolic link on the way to it, must not wipe the content, the templates, a repository or
/// someone's home folder. Every comparison is between real paths (<see cref="RealPath"/>), in the case rules of the
/// file system that holds them.</summary>
internal static class OutputGuard
{
    public const string MarkerName = ".handouts-output";

    /// <param name="target">The real path of the output folder.</param>
    /// <param name="other">The build's other output (the site, or the release beside it), which must be kept clear too.</param>
    public static Diagnostic? Check(string target, string contentDir, string templatesDir, (string Dir, string Name)? other = null) =>
        CheckPlace(target, contentDir, templatesDir, other) ?? CheckFolder(target);

    /// <summary>Where the folder is: never the root, a home folder, or in or around the content, the templates or the
    /// build's other output.</summary>
    public static Diagnostic? CheckPlace(string target, string contentDir, string templatesDir, (string Dir, string Name)? otherOutput, Func<string, string, Diagnostic>? refuse = null)
    {
        refuse ??= Refuse;
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        if (target == Path.GetPathRoot(target) || (home.Length > 0 && Same(target, Real(home))))
            return refuse(target, "it is the root of the file system or a home folder");
        (string Dir, string Name)[] keepClear = otherOutput is { } o ? [(contentDir, "content"), (templatesDir, "templates"), o] : [(contentDir, "content"), (templatesDir, "templates")];
        foreach (var (dir, name) in keepClear)
        {
            var other = Real(dir);
            var comparison = FileSystemCase.ComparisonFor(other);
            if (string.Equals(target, other, comparison) || IsInside(other, target, comparison) || IsInside(target, other, comparison))
                return refuse(target, $"it is, contains or is inside the {name} folder {DisplayPath.Of(other)}");
        }

        return null;
    }

    /// <summary>What the folder holds: only an earlier output (with the marker) or nothing may be replaced. Asked again
    /// once a build holds the output's lock and has recovered an interrupted build's swap.</summary>
    public static Diagnostic? CheckFolder(string target)
    {
        if (File.Exists(target)) return Refuse(target, "it is a file");
        if (Directory.Exists(Path.Combine(target, ".git")))
            return Refuse(target, "it is the root of a repository");
        if (Directory.Exists(target) && !File.Exists(Path.Combine(target, MarkerName)) && Directory.EnumerateFileSystemEntries(target).Any())
            return Refuse(target, $"it is not empty and was not made by handouts (it has no {MarkerName} file)");
        return null;
    }

    public static Diagnostic Refuse(string target, string why) =>
        Diagnostic.Error(Codes.UnsafeOutput, SourceLocation.File(DisplayPath.Of(target)), $"refusing to write the site here: {why}; choose another --out");

    /// <summary>A real path; a loop of links in a folder's path is an error of the machine, not of the content.</summary>
    public static string Real(string path) => RealPath.Resolve(path) ?? throw new IOException($"too many symbolic links while resolving {path}");

    private static bool Same(string a, string b) => string.Equals(a, b, FileSystemCase.ComparisonFor(b));

    private static bool IsInside(string child, string parent, StringComparison comparison) =>
        child.StartsWith(Path.EndsInDirectorySeparator(parent) ? parent : parent + Path.DirectorySeparatorChar, comparison);
}
