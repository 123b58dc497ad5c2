using Handouts.Pdf.Images;
using Handouts.Pdf.Layout;

namespace Handouts.Pdf.Writer;

/// <summary>Part of a page's content, written and compressed: its stream, and what the document must know of it — the
/// marked content of each structure element (in reading order, with a figure's box), the glyphs it shows, the images
/// it draws. It names fonts and images by themselves, never by their order in a document, so the same bytes serve
/// any PDF the page goes into: a handout's page body is written once, for its own PDF, and reused by every pack it is
/// in (the running footer, which carries the page number, is a stream of its own).</summary>
internal sealed record PageContent(byte[] Deflated, IReadOnlyList<ContentMark> Marks, FontEmbedder Glyphs, IReadOnlyList<PdfImage> Images, IReadOnlyList<bool[][]> QrCodes);

/// <param name="Box">For a figure: where it is on the page (PDF coordinates).</param>
internal sealed record ContentMark(StructNode Node, int Mcid, string? Box);
