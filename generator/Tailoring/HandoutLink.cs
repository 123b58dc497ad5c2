namespace Handouts.Tailoring;

/// <summary>A checked link from one handout's body to another handout: which handout, in which language (the
/// linking handout's own where a translation exists, else the original's), and the anchor written after it (<c>#a</c>
/// or empty). It names no page: which version a reader lands on depends on the version they are reading, so each
/// rendered variant resolves it (<c>SiteIndex.PathOf</c>).</summary>
internal sealed record HandoutLink(string Slug, string Language, string Anchor);
