using Handouts.Diagnostics;

namespace Handouts.Pdf;

/// <summary>Where one PDF's problems go: the build's one diagnostic bag, at a line of the handout or at the print
/// template. Each problem is worded by the code that finds it; the renderer reports and carries on, and the build
/// fails on any error, so nothing is printed with a part silently missing.</summary>
internal sealed class PrintReport(DiagnosticBag diagnostics, string handoutPath, int bodyLine, string templatePath)
{
    /// <summary>For the benchmark, which renders known-good content and reads no diagnostics.</summary>
    public static PrintReport Discard() => new(new DiagnosticBag(), "", 1, "");

    /// <summary>A problem at a line of the handout (its first body line when the line is not known).</summary>
    public void AtLine(string code, Severity severity, int line, string message) =>
        diagnostics.Add(new Diagnostic(code, severity, new SourceLocation(handoutPath, line > 0 ? line : bodyLine, 1), message));

    /// <summary>A problem in the print template's output (the template, not the handout, must change).</summary>
    public void AtTemplate(string message) => diagnostics.Error(Codes.PrintTemplate, SourceLocation.Start(templatePath), message);
}
