namespace Handouts.Site;

/// <summary>A pack or poster as the Pdf stage made it: the file, and how many pages it prints (for the staff page).</summary>
internal sealed record PrintedPdf(SiteFile File, int Pages);

/// <summary>What the staff page says of a pack or poster, kept once its bytes are written: its size and pages.</summary>
internal sealed record PrintedSize(long Bytes, int Pages);
