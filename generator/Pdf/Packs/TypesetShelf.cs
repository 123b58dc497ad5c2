using System.Collections.Concurrent;
using Handouts.Pdf.Layout;
using Handouts.Tailoring;

namespace Handouts.Pdf.Packs;

/// <summary>Each variant's typeset documents on the site's paper, kept from its handout's job for the packs: a pack
/// cuts its handouts' pages from them instead of parsing, running the template and breaking lines again. This holds
/// every printed variant's lines until the packs are written, the price of not doing that work twice.</summary>
internal sealed class TypesetShelf
{
    private readonly ConcurrentDictionary<(string Lang, string Slug, Variant Variant, string Profile), TypesetDocument> documents = new();

    public void Keep(string lang, string slug, Variant variant, PrintProfile profile, TypesetDocument document) =>
        documents[(lang, slug, variant, profile.Name)] = document;

    /// <summary>Null when the variant was not printed (its PDF failed, and the build with it).</summary>
    public TypesetDocument? Find(string lang, string slug, Variant variant, PrintProfile profile) =>
        documents.GetValueOrDefault((lang, slug, variant, profile.Name));
}
