using Handouts.Markdown;
using Handouts.Pdf.Layout;
using Handouts.Tailoring;

namespace Handouts.Pdf;

/// <summary>One PDF to make: a variant of a handout in a profile on a paper size, and the XML its print template
/// rendered for it.</summary>
internal sealed record PrintRequest(
    ParsedHandout Handout,
    Variant Variant,
    string VariantLabel,
    PrintProfile Profile,
    PaperSize Paper,
    string Keywords,
    string LayoutXml);
