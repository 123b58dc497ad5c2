namespace Handouts.Diagnostics;

/// <summary>Collects diagnostics from every stage; thread-safe because pages render in parallel.</summary>
internal sealed class DiagnosticBag
{
    private readonly List<Diagnostic> items = [];
    private readonly Lock gate = new();

    // The diagnostics of the work Record is running on this flow (and the threads it starts), if any.
    private readonly AsyncLocal<List<Diagnostic>?> recording = new();

    public void Add(Diagnostic diagnostic)
    {
        lock (gate)
        {
            items.Add(diagnostic);
            recording.Value?.Add(diagnostic);
        }
    }

    /// <summary>Runs one handout's work, returning what it reported (also in the bag as usual): the build cache keeps
    /// these with the files, so a handout taken from the cache reports exactly what building it did.</summary>
    public IReadOnlyList<Diagnostic> Record(Action work)
    {
        var outer = recording.Value;
        var recorded = new List<Diagnostic>();
        recording.Value = recorded;
        try
        {
            work();
        }
        finally
        {
            recording.Value = outer;
        }

        lock (gate) return [.. recorded];
    }

    public void Error(string code, SourceLocation span, string message) => Add(Diagnostic.Error(code, span, message));

    public void Warning(string code, SourceLocation span, string message) => Add(Diagnostic.Warning(code, span, message));

    /// <summary>Runs one file's work. An exception it did not expect becomes an error naming the file (HND027), so one
    /// bad handout cannot hide the problems of the others, and the build still fails: nothing is published without
    /// it. Out-of-memory is not caught: after it nothing can be trusted.</summary>
    public void Isolate(string path, Action work)
    {
        try
        {
            work();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            Error(Codes.InternalError, new SourceLocation(path, 1, 1), $"Handouts failed unexpectedly on this file ({e.GetType().Name}: {e.Message}); the build stops so that nothing is published without it. This is a bug in Handouts: please report it with this file.");
        }
    }

    public bool HasErrors
    {
        get { lock (gate) return items.Exists(d => d.IsError); }
    }

    /// <summary>How many errors so far: a stage compares it before and after to tell whether it reported one.</summary>
    public int ErrorCount
    {
        get { lock (gate) return items.Count(d => d.IsError); }
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
