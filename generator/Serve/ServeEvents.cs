using System.Text.Encodings.Web;
using System.Text.Json;

namespace Handouts.Serve;

/// <summary>The messages of <c>/__handouts/events</c> (Server-Sent Events) and the body of
/// <c>/__handouts/diagnostics</c>. <c>reload</c>: a new build is served; <c>diagnostics</c>: the last build's problems,
/// each with file, line, column, severity, code and message (an empty list clears the overlay).</summary>
internal static class ServeEvents
{
    public static string Reload(string build) => Event("reload", w => w.WriteString("build", build));

    public static string Diagnostics(ServeStatus status) => Event("diagnostics", w => WriteStatus(w, status));

    public static byte[] Json(ServeStatus status) => Write(w => WriteStatus(w, status));

    private static string Event(string name, Action<Utf8JsonWriter> members) =>
        // One line of JSON: an SSE data field ends at a newline, and the writer escapes every newline in a message.
        $"event: {name}\ndata: {System.Text.Encoding.UTF8.GetString(Write(members))}\n\n";

    private static void WriteStatus(Utf8JsonWriter w, ServeStatus status)
    {
        if (status.Build is { } build) w.WriteString("build", build);
        else w.WriteNull("build");
        w.WriteStartArray("diagnostics");
        foreach (var d in status.Diagnostics)
        {
            w.WriteStartObject();
            w.WriteString("file", d.Span.Path);
            w.WriteNumber("line", d.Span.Line);
            w.WriteNumber("column", d.Span.Column);
            w.WriteString("severity", d.IsError ? "error" : "warning");
            w.WriteString("code", d.Code);
            w.WriteString("message", d.Message);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static byte[] Write(Action<Utf8JsonWriter> members)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = JavaScriptEncoder.Default }))
        {
            w.WriteStartObject();
            members(w);
            w.WriteEndObject();
        }

        return stream.ToArray();
    }
}
