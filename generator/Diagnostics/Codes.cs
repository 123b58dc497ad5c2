namespace Handouts.Diagnostics;

/// <summary>Stable diagnostic codes. A code, once published, keeps its meaning: clinics grep CI logs for them.
/// docs/reference.md lists each; docs/nurse.md shows the common ones with their messages.</summary>
internal static class Codes
{
    public const string YamlSyntax = "HND001";
    public const string UnknownKey = "HND002";
    public const string MissingField = "HND003";
    public const string BadValue = "HND004";
    public const string UnknownTaxonomyId = "HND005";
    public const string DuplicateSlug = "HND006";
    public const string OrphanTranslation = "HND007";
    public const string MissingImage = "HND008";
    public const string BrokenLink = "HND009";
    public const string ConditionUnknownId = "HND010";
    public const string ConditionUndeclaredId = "HND011";
    public const string TemplateError = "HND012";
    public const string MissingUiString = "HND013";
    public const string RawHtml = "HND014";
    public const string ConditionSyntax = "HND015";
    public const string MissingTranslatedName = "HND016";
    public const string BadVariant = "HND017";
    public const string TranslationMismatch = "HND018";
    public const string MissingFile = "HND019";
    public const string UnsafeOutput = "HND020";
    public const string BadFileName = "HND021";
    public const string DeadBlock = "HND023";

    // The trust boundary (docs/developers.md, "Security").
    public const string RefusedPath = "HND024";
    public const string LimitExceeded = "HND025";
    public const string YamlAlias = "HND026";
    public const string InternalError = "HND027";
    public const string UnsafeLink = "HND028";
    public const string OutputBusy = "HND029";

    // Quality checks (handouts check): readability, structure, accessibility, freshness.
    public const string ReadingLevel = "HND030";
    public const string LongSentence = "HND031";
    public const string ExtraH1 = "HND032";
    public const string SkippedHeading = "HND033";
    public const string DeepHeading = "HND034";
    public const string NoReaderAction = "HND035";
    public const string ImageWithoutAlt = "HND036";
    public const string VagueLinkText = "HND037";
    public const string TableWithoutHeader = "HND038";
    public const string StaleReview = "HND039";
    public const string OutdatedTranslation = "HND040";
    public const string Placeholder = "HND041";

    // PDFs.
    public const string FontError = "HND050";
    public const string MissingGlyph = "HND051";
    public const string UnprintableImage = "HND052";
    public const string RowTooTall = "HND053";
    public const string PrintTemplate = "HND054";
    public const string QrTooLong = "HND055";

    // handouts verify: a deployed site against its release manifest.
    public const string SiteFileMissing = "HND060";
    public const string SiteFileExtra = "HND061";
    public const string SiteFileChanged = "HND062";
    public const string CannotVerify = "HND063";
}
