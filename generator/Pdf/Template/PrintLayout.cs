using Handouts.Pdf.Layout;

namespace Handouts.Pdf.Template;

internal enum RunningKind
{
    Text,
    Image,
    Qr,
}

/// <summary>One line of a running header or footer: text (with {page} and {pages} filled in per page), the logo (its
/// path in the content folder), or a QR code of its text, at the left or the right. Running parts are artifacts: a
/// screen reader reads the handout, not them.</summary>
internal sealed record RunningItem(RunningKind Kind, string Text, bool AlignRight, double Size);

/// <summary>What the print template says: the blocks of the content (with the tailored body where it put
/// <c>&lt;markdown/&gt;</c>) and the running header and footer.</summary>
internal sealed record PrintLayout(IReadOnlyList<PrintBlock> Content, IReadOnlyList<RunningItem> Header, IReadOnlyList<RunningItem> Footer, string? Size = null, double? Margin = null, string? Lang = null);
