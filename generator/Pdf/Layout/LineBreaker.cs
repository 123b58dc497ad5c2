using Handouts.Pdf.Fonts;
using Handouts.Pdf.Shaping;

namespace Handouts.Pdf.Layout;

/// <summary>A word placed on a line: x from the line's start.</summary>
internal sealed record PlacedWord(double X, ShapedWord Word, TextRun Span);

internal sealed record TextLine(IReadOnlyList<PlacedWord> Words, double Width);

/// <summary>Greedy line breaking: break at spaces and after hyphens; a word longer than the line is cut into pieces
/// that fit, never left to overflow the page.</summary>
internal sealed class LineBreaker(FontLibrary fonts, Shaper shaper, Action<int, int> missingCharacter)
{
    private readonly record struct Piece(string Text, TextRun Span, bool SpaceAfter);

    public List<TextLine> Break(IReadOnlyList<TextRun> spans, double size, double width, bool forceBold, bool allowItalic, int sourceLine)
    {
        var lines = new List<TextLine>();
        var current = new List<PlacedWord>();
        var x = 0.0;
        var pendingSpace = 0.0;
        foreach (var piece in Pieces(spans))
        {
            if (piece.Text == "\n")
            {
                lines.Add(new TextLine(current, x));
                current = [];
                x = 0;
                pendingSpace = 0;
                continue;
            }

            var style = Style(piece.Span, forceBold, allowItalic);
            var words = piece.Text.Length == 0 ? [] : Shape(piece.Text, style, size, width, sourceLine);
            foreach (var word in words)
            {
                var w = word.WidthAt(size);
                if (current.Count > 0 && x + pendingSpace + w > width)
                {
                    lines.Add(new TextLine(current, x));
                    current = [];
                    x = 0;
                    pendingSpace = 0;
                }

                x += pendingSpace;
                current.Add(new PlacedWord(x, word, piece.Span));
                x += w;
                pendingSpace = 0;
            }

            if (piece.SpaceAfter) pendingSpace = SpaceWidth(style, size);
        }

        if (current.Count > 0) lines.Add(new TextLine(current, x));
        return lines;
    }

    private double SpaceWidth(FontStyle style, double size)
    {
        var face = fonts.Families[0][style];
        return face.SpaceAdvance * size / face.UnitsPerEm;
    }

    private static FontStyle Style(TextRun span, bool forceBold, bool allowItalic)
    {
        var bold = span.Bold || forceBold;
        var italic = span.Italic && allowItalic;
        return bold && italic ? FontStyle.BoldItalic : bold ? FontStyle.Bold : italic ? FontStyle.Italic : FontStyle.Regular;
    }

    /// <summary>Shapes one word; a word wider than the line comes back in pieces that each fit. The common case, one
    /// word that fits, allocates nothing here.</summary>
    private IEnumerable<ShapedWord> Shape(string text, FontStyle style, double size, double width, int sourceLine)
    {
        var (face, missing) = fonts.Pick(text, style);
        if (missing != 0) missingCharacter(missing, sourceLine);
        var word = shaper.Shape(face, text);
        return word.WidthAt(size) <= width || text.Length <= 1 ? [word] : Cut(face, text, size, width);
    }

    private IEnumerable<ShapedWord> Cut(FontFace face, string text, double size, double width)
    {
        var start = 0;
        while (start < text.Length)
        {
            var end = start + 1;
            while (end < text.Length && shaper.Shape(face, text[start..(end + 1)]).WidthAt(size) <= width) end++;
            if (end < text.Length && char.IsLowSurrogate(text[end])) end++;
            yield return shaper.Shape(face, text[start..end]);
            start = end;
        }
    }

    private static IEnumerable<Piece> Pieces(IReadOnlyList<TextRun> spans)
    {
        foreach (var span in spans)
        {
            if (span.Text == "\n")
            {
                yield return new Piece("\n", span, false);
                continue;
            }

            var words = Shaper.Normalize(span.Text.Replace('\n', ' ')).Split(' ');
            for (var w = 0; w < words.Length; w++)
            {
                var spaceAfter = w < words.Length - 1;
                var word = words[w];
                if (word.Length == 0)
                {
                    if (spaceAfter) yield return new Piece("", span, true);
                    continue;
                }

                var start = 0;
                for (var end = NextBreak(word, 0); end > 0; end = NextBreak(word, end))
                {
                    yield return new Piece(word[start..end], span, false);
                    start = end;
                }

                yield return new Piece(word[start..], span, spaceAfter);
            }
        }
    }

    /// <summary>Where a word may next end a line after <paramref name="start"/> (the index after the break), or -1. A
    /// word breaks after its hyphens; a web address breaks after a slash instead, and never at a hyphen: a hyphen at
    /// the end of a line reads as a word divided, and a reader typing the address would leave it out.</summary>
    private static int NextBreak(string word, int start)
    {
        var address = word.Contains("://", StringComparison.Ordinal);
        for (var i = start; i < word.Length - 1; i++)
        {
            if (address ? word[i] == '/' && i > 0 && word[i - 1] != '/' && word[i + 1] != '/' : word[i] == '-' && i > start)
                return i + 1;
        }

        return -1;
    }
}
