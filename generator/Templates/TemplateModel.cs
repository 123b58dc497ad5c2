namespace Handouts.Templates;

// The model every template sees. Scriban exposes members in snake_case (MainMessage → main_message). Every text
// value is HTML-escaped once when the model is built; `body` and `content` are HTML. docs/reference.md, "The template model", lists every member.

/// <summary>A PDF of a version: <c>size</c> reads "PDF, 84 KB" in the page's language.</summary>
internal sealed record PdfLink(string Label, string Href, string Size);

/// <summary>A page in a language: <c>href</c> relative, <c>url</c> absolute; <c>note</c> says, in that language, why the
/// link leads elsewhere than this page's translation (empty where it leads to the translation).</summary>
internal sealed record LanguageLink(string Code, string Name, string Href, string Url, bool IsCurrent, string Note);

/// <summary>A page's links to its languages (see <see cref="LanguageLinks"/>).</summary>
internal sealed record PageLanguages(IReadOnlyList<LanguageLink> Alternates, string? DefaultLanguageUrl, IReadOnlyList<LanguageLink> Switcher);

internal sealed record TermModel(string Id, string Name, string Description, string Href);

internal sealed record SourceModel(string Id, string Title, string Publisher, string Url);

internal sealed record VariantLink(string Id, string Label, string Href, bool IsCurrent, bool IsGeneral, IReadOnlyList<PdfLink> Pdfs);

internal sealed record ClinicModel(string Name, string Address, string Phone, string PhoneHref, string AfterHoursPhone, string AfterHoursHref, string? LogoHref);

internal sealed record SiteModel(ClinicModel Clinic, string BaseUrl, string DefaultLanguage, IReadOnlyList<string> Languages);

internal sealed record PageModel(
    string Kind,
    string Lang,
    string Title,
    string Description,
    string Root,
    string Path,
    string Url,
    string HomeHref,
    string StylesheetHref,
    string SearchIndexHref,
    IReadOnlyList<LanguageLink> Alternates,
    string? DefaultLanguageUrl,
    IReadOnlyList<LanguageLink> Languages);

internal sealed record VariantModel(string Id, bool IsGeneral, string Label, TermModel? Cancer, TermModel? Treatment);

internal sealed record HandoutModel(
    string Slug,
    string Title,
    string Summary,
    string MainMessage,
    IReadOnlyList<string> KeyPoints,
    IReadOnlyList<string> WhenToCall,
    string Audience,
    string Reviewed,
    string ReviewedDisplay,
    string Reviewer,
    string Version,
    IReadOnlyList<SourceModel> Sources,
    IReadOnlyList<TermModel> CancerTypes,
    IReadOnlyList<TermModel> Treatments,
    IReadOnlyList<VariantLink> Variants,
    string GeneralHref,
    IReadOnlyList<PdfLink> Pdfs,
    string NextReview,
    string NextReviewDisplay,
    string? Translator);

/// <summary>A handout in a list: on the home page its general page, on a taxonomy page the matching variant.</summary>
internal sealed record HandoutEntry(string Title, string Summary, string Href, string Lang);

internal sealed record TermGroup(string Heading, IReadOnlyList<HandoutEntry> Entries);
