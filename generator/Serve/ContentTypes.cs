using Microsoft.AspNetCore.StaticFiles;

namespace Handouts.Serve;

/// <summary>The Content-Type of a site file, from ASP.NET Core's table of extensions, with the charset for text
/// (the generator writes UTF-8, and a browser guessing otherwise garbles Spanish accents).</summary>
internal static class ContentTypes
{
    private static readonly FileExtensionContentTypeProvider Table = new();

    public static string Of(string path)
    {
        if (!Table.TryGetContentType(path, out var type)) return "application/octet-stream";
        return type.StartsWith("text/", StringComparison.Ordinal) || type is "application/json" or "application/xml" ? type + "; charset=utf-8" : type;
    }
}
