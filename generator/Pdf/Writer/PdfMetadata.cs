namespace Handouts.Pdf.Writer;

/// <summary>Document information: shown as the window title (DisplayDocTitle), read by screen readers and search.</summary>
internal sealed record PdfMetadata(string Title, string Language, string Subject, string Keywords, string Author, DateOnly Date);
