using System.Text;

namespace Handouts.Output;

/// <summary>Writes a file the user asked for by name (<c>handouts new</c>), never over an existing one.</summary>
internal static class NewFile
{
    /// <summary>Null when written, else the reason it was not.</summary>
    public static string? Write(string path, string text)
    {
        if (Path.Exists(path)) return $"{path} already exists";
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
        stream.Write(new UTF8Encoding(false).GetBytes(text));
        return null;
    }
}
