namespace Handouts.Diagnostics;

internal enum Severity
{
    Warning,
    Error,
}

/// <summary>A place in a source file; line and column are 1-based, 0 when unknown.</summary>
internal readonly record struct SourceLocation(string Path, int Line, int Column)
{
    /// <summary>A folder, or a setting that belongs to no line.</summary>
    public static SourceLocation File(string path) => new(path, 0, 0);

    /// <summary>A problem with a whole file: reported at its first line, so editors and CI annotations can place it.</summary>
    public static SourceLocation Start(string path) => new(path, 1, 1);
}

/// <summary>The one message type every stage reports through, printed as
/// <c>path(line,col): error HND012: message</c> so editors and CI annotate the right place.</summary>
internal sealed record Diagnostic(string Code, Severity Severity, SourceLocation Span, string Message)
{
    public static Diagnostic Error(string code, SourceLocation span, string message) => new(code, Severity.Error, span, message);

    public static Diagnostic Warning(string code, SourceLocation span, string message) => new(code, Severity.Warning, span, message);

    public bool IsError => Severity == Severity.Error;

    public Diagnostic AsError() => this with { Severity = Severity.Error };

    public override string ToString()
    {
        var where = Span.Line > 0 ? $"{Span.Path}({Span.Line},{Math.Max(Span.Column, 1)})" : Span.Path;
        var kind = Severity == Severity.Error ? "error" : "warning";
        return $"{where}: {kind} {Code}: {Message}";
    }

    /// <summary>Orders diagnostics by file, then line and column, so output is stable across parallel runs.</summary>
    public static int Compare(Diagnostic a, Diagnostic b)
    {
        var c = string.CompareOrdinal(a.Span.Path, b.Span.Path);
        if (c == 0) c = a.Span.Line.CompareTo(b.Span.Line);
        if (c == 0) c = a.Span.Column.CompareTo(b.Span.Column);
        if (c == 0) c = string.CompareOrdinal(a.Code, b.Code);
        return c == 0 ? string.CompareOrdinal(a.Message, b.Message) : c;
    }
}
