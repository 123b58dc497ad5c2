using Handouts.Markdown;
using Handouts.Pdf.Layout;
using Handouts.Tailoring;

namespace Handouts.Pdf;

/// <summary>One PDF to make: a variant of a handout in a profile on a paper size, with the words around the body.</summary>
internal sealed record PrintRequest(
    ParsedHandout Handout,
    Variant Variant,
    string VariantLabel,
    PrintProfile Profile,
    PaperSize Paper,
    string PageUrl,
    string ReviewedDisplay,
    string Keywords);
