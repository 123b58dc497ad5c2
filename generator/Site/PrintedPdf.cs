namespace Handouts.Site;

/// <summary>A pack or poster as the Pdf stage made it: the file, and how many pages it prints (for the staff page).</summary>
internal sealed record PrintedPdf(SiteFile File, int Pages);
