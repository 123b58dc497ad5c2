namespace Handouts.Diagnostics;

/// <summary>Collects diagnostics from every stage; thread-safe because pages render in parallel.</summary>
internal sealed class DiagnosticBag
{
    private readonly List<Diagnostic> items = [];
    private readonly Lock gate = new();

    public void Add(Diagnostic diagnostic)
    {
        lock (gate) items.Add(diagnostic);
    }

    public void Error(string code, SourceLocation span, string message) => Add(Diagnostic.Error(code, span, message));

    public void Warning(string code, SourceLocation span, string message) => Add(Diagnostic.Warning(code, span, message));

    public bool HasErrors
    {
        get { lock (gate) return items.Exists(d => d.IsError); }
    }

    public IReadOnlyList<Diagnostic> Sorted()
    {
        lock (gate)
        {
            var copy = items.Distinct().ToList();
            copy.Sort(Diagnostic.Compare);
            return copy;
        }
    }
}
