using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Handouts.Release;

/// <summary>One file of the site: its path with '/', its size and its SHA-256 in lowercase hex.</summary>
internal sealed record ManifestFile(string Path, long Size, string Sha256);

/// <summary><c>manifest.json</c>, schema <c>handouts-manifest/1</c> (README, "Release"): what a release's site holds,
/// which generator made it from which content commit, and the release's date. Written by hand in a fixed member
/// order, files sorted by path, so two releases of the same input are the same bytes.</summary>
internal sealed record ReleaseManifest(string Generator, string? ContentCommit, DateTimeOffset BuildDate, IReadOnlyList<ManifestFile> Files)
{
    public const string Schema = "handouts-manifest/1";

    public byte[] ToJson()
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("schema", Schema);
            w.WriteString("generator", Generator);
            if (ContentCommit is null) w.WriteNull("content_commit");
            else w.WriteString("content_commit", ContentCommit);
            w.WriteString("build_date", BuildDate.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
            w.WriteNumber("file_count", Files.Count);
            w.WriteNumber("total_size", Files.Sum(f => f.Size));
            w.WriteStartArray("files");
            foreach (var f in Files)
            {
                w.WriteStartObject();
                w.WriteString("path", f.Path);
                w.WriteNumber("size", f.Size);
                w.WriteString("sha256", f.Sha256);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    /// <summary>Reads a manifest, or says in plain words what is wrong with it.</summary>
    public static (ReleaseManifest? Manifest, string? Problem) Parse(byte[] json)
    {
        try
        {
            using var doc = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 8 });
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("schema", out var schema) || schema.GetString() != Schema)
                return (null, $"it is not a Handouts manifest (schema {Schema})");
            if (!root.TryGetProperty("files", out var files) || files.ValueKind != JsonValueKind.Array)
                return (null, "it has no 'files' list");
            var list = new List<ManifestFile>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var f in files.EnumerateArray())
            {
                var path = f.ValueKind == JsonValueKind.Object && f.TryGetProperty("path", out var p) && p.ValueKind == JsonValueKind.String ? p.GetString()! : null;
                if (path is null || Handouts.Files.FileRoot.Normalize(path) != path) return (null, $"file {list.Count + 1} has no path, or a path that is not a plain relative one");
                if (!seen.Add(path)) return (null, $"'{path}' is listed twice");
                if (!f.TryGetProperty("size", out var size) || !size.TryGetInt64(out var bytes) || bytes < 0) return (null, $"'{path}' has no valid size");
                if (!f.TryGetProperty("sha256", out var sha) || sha.GetString() is not { Length: 64 } hex || !hex.All(char.IsAsciiHexDigitLower))
                    return (null, $"'{path}' has no valid sha256 (64 lowercase hex digits)");
                list.Add(new ManifestFile(path, bytes, hex));
            }

            var generator = root.TryGetProperty("generator", out var g) && g.ValueKind == JsonValueKind.String ? g.GetString()! : "";
            var commit = root.TryGetProperty("content_commit", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString() : null;
            var date = root.TryGetProperty("build_date", out var d) && d.TryGetDateTimeOffset(out var when) ? when : default;
            return (new ReleaseManifest(generator, commit, date, list), null);
        }
        catch (JsonException e)
        {
            return (null, $"it is not valid JSON ({e.Message})");
        }
    }
}
