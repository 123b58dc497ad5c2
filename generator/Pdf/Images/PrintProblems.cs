namespace Handouts.Pdf.Images;

/// <summary>Where print problems go: a character no font has, an image that cannot be printed (with its line), a table
/// row taller than a page, a value in the print template's output that is not allowed, a QR code that cannot hold
/// its text. The renderer reports and carries on; it never throws at content.</summary>
internal sealed record PrintProblems(Action<int, int> MissingCharacter, Action<int, string> ImageProblem, Action<int> RowTooTall, Action<string> TemplateProblem, Action<string> QrProblem)
{
    public static readonly PrintProblems Ignore = new((_, _) => { }, (_, _) => { }, _ => { }, _ => { }, _ => { });
}
