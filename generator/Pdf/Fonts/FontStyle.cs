namespace Handouts.Pdf.Fonts;

internal enum FontStyle
{
    Regular,
    Bold,
    Italic,
    BoldItalic,
}

/// <summary>The four faces of one family; a missing face falls back to the closest one present.</summary>
internal sealed record FontFamily(FontFace Regular, FontFace Bold, FontFace Italic, FontFace BoldItalic)
{
    public FontFace this[FontStyle style] => style switch
    {
        FontStyle.Bold => Bold,
        FontStyle.Italic => Italic,
        FontStyle.BoldItalic => BoldItalic,
        _ => Regular,
    };
}
