namespace Handouts.Templates;

/// <summary>What the print template sees besides the page model: the profile (standard or large-print), the paper,
/// and the logo as a path in the content folder (the PDF embeds the file; the web page links to a copy).</summary>
internal sealed record PrintModel(string Profile, string Paper, string? Logo);
