using Handouts.Diagnostics;

namespace Handouts.Content;

/// <summary>A source of the handout's facts. <see cref="For"/>: an optional condition (<c>cancer=breast</c>) limiting
/// it to the variants it fits, as written; the tailoring stage parses and checks it.</summary>
internal sealed record HandoutSource(string Id, string Title, string Publisher, string Url, Located<string>? For = null);

/// <summary>A variant a handout asks for explicitly in front matter (<c>variants:</c>), narrowing the default set.</summary>
internal sealed record VariantSpec(Located<string> Cancer, Located<string>? Treatment);

/// <summary>One Markdown file: validated front matter plus the raw body and the line it starts on. A
/// <see cref="Draft"/> is left out of a build unless drafts are asked for. <see cref="FrontMatter"/> is the front
/// matter as written: with <see cref="Body"/>, the whole file, which is what the build cache keys a handout on.</summary>
internal sealed record Handout(
    string Slug,
    string Language,
    string Path,
    string Title,
    string Summary,
    string MainMessage,
    IReadOnlyList<Located<string>> CancerTypes,
    IReadOnlyList<Located<string>> Treatments,
    string Audience,
    DateOnly Reviewed,
    string Reviewer,
    string Version,
    IReadOnlyList<string> KeyPoints,
    IReadOnlyList<string> WhenToCall,
    IReadOnlyList<HandoutSource> Sources,
    IReadOnlyList<VariantSpec>? VariantSpecs,
    Located<string>? TranslatedFrom,
    string? Translator,
    string Body,
    int BodyLine,
    SourceLocation ReviewedSpan,
    string FrontMatter,
    bool Draft = false)
{
    public SourceLocation FileSpan => SourceLocation.Start(Path);

    public bool Declares(TermKind kind, string id) =>
        (kind == TermKind.Cancer ? CancerTypes : Treatments).Any(t => t.Value == id);
}
