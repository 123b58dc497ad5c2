using Handouts.Pdf.Layout;

namespace Handouts.Pdf.Template;

/// <summary>One line of a running header or footer: text (with {page} and {pages} filled in per page), the logo (its
/// full path), or a QR code, aligned left or right. Running parts are artifacts: a screen reader reads the handout, not them.</summary>
internal sealed record RunningItem(string Kind, string Text, string Align, string Style, double Size);

/// <summary>What the print template says: the blocks of the content (with the tailored body where it put
/// <c>&lt;markdown/&gt;</c>) and the running header and footer.</summary>
internal sealed record PrintLayout(IReadOnlyList<Block> Content, IReadOnlyList<RunningItem> Header, IReadOnlyList<RunningItem> Footer, string? Size = null, double? Margin = null, string? Lang = null);
