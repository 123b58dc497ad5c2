namespace Handouts.Pdf.Layout;

/// <summary>A run of text with one style; <see cref="Link"/> is an absolute address.</summary>
internal sealed record TextRun(string Text, bool Bold = false, bool Italic = false, string? Link = null);

/// <summary>The print layout's input: what the print builder makes of the handout, before lines and pages.
/// <see cref="Line"/> is the source line, for warnings.</summary>
internal abstract record PrintBlock(int Line);

/// <summary>A paragraph or heading. <see cref="Tag"/> is its structure type (P, H1–H6).</summary>
internal sealed record TextBlock(IReadOnlyList<TextRun> Spans, StructType Tag, double Size, int Line, bool Bold = false, Rgb? Color = null, double SpaceBefore = 0, double SpaceAfter = 0) : PrintBlock(Line)
{
    public bool IsHeading => Tag is >= StructType.H1 and <= StructType.H6;

    public int HeadingLevel => Tag - StructType.H1 + 1;

    /// <summary>The structure type of a Markdown heading of this level.</summary>
    public static StructType Heading(int level) => StructType.H1 + (Math.Clamp(level, 1, 6) - 1);
}

/// <summary>A bullet, numbered or check list; a null marker draws an empty box to tick.</summary>
internal sealed record PrintList(IReadOnlyList<ListItem> Items, int Line) : PrintBlock(Line);

internal sealed record ListItem(string? Marker, IReadOnlyList<PrintBlock> Content);

/// <summary>A coloured panel (main message, "When to call us"), kept on one page when it fits.</summary>
internal sealed record PanelBlock(IReadOnlyList<PrintBlock> Content, Rgb Fill, Rgb Rule, int Line, double? Padding = null) : PrintBlock(Line);

internal sealed record SpacerBlock(double Height, int Line) : PrintBlock(Line);

/// <summary>Columns side by side, each a fixed width in points ("120") or a share of the rest ("*", "2*"); the row
/// is kept on one page. Screen readers read the columns in order.</summary>
internal sealed record RowBlock(IReadOnlyList<(string Width, IReadOnlyList<PrintBlock> Content)> Columns, int Line) : PrintBlock(Line);

/// <summary>A thin horizontal rule across the column (a Markdown thematic break).</summary>
internal sealed record RuleBlock(int Line) : PrintBlock(Line);

/// <summary>What follows starts on a new page.</summary>
internal sealed record PageBreakBlock(int Line) : PrintBlock(Line);

/// <summary>A table: rows of cells; the first <see cref="HeaderRows"/> rows are headers, repeated at the top of every
/// page the table continues on.</summary>
internal sealed record TableBlock(IReadOnlyList<IReadOnlyList<Cell>> Rows, int HeaderRows, IReadOnlyList<int> RowLines, int Line) : PrintBlock(Line);

/// <summary>A table cell: its text, then its pictures, each scaled to the cell's width.</summary>
internal sealed record Cell(IReadOnlyList<TextRun> Spans, IReadOnlyList<ImageBlock> Images)
{
    public static readonly Cell Empty = new([], []);
}

/// <summary>A picture with its alt text, scaled to fit the column and at most half a page high. The alt text is for
/// screen readers only (the Figure's /Alt); a <see cref="Caption"/> (the Markdown image's title) prints below it. A
/// <see cref="Decorative"/> picture (a logo beside the clinic's name) is an artifact that screen readers skip.</summary>
internal sealed record ImageBlock(Images.PdfImage Image, string Alt, int Line, string? Caption = null, bool Decorative = false) : PrintBlock(Line);

/// <summary>A pack's contents: each entry's title, a dotted leader and the number of the page it starts on, the whole
/// entry a link to that page.</summary>
internal sealed record ContentsBlock(IReadOnlyList<ContentsEntry> Entries, int Line) : PrintBlock(Line);

/// <param name="Number">The page number as printed.</param>
/// <param name="PageIndex">The page the entry leads to, counted from 0 in the PDF.</param>
internal sealed record ContentsEntry(string Title, string Number, int PageIndex);

/// <summary>A QR code of <see cref="Size"/> points square, a Figure whose alt text says where it leads.</summary>
internal sealed record QrBlock(bool[][] Modules, double Size, string Alt, int Line) : PrintBlock(Line);
