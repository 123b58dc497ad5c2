namespace Handouts.Html;

/// <summary>What site search knows of one handout: the words of its general page, split into the fields search ranks
/// differently, and where the page is (relative to the site root). Plain text, never HTML: the search script sets it
/// as text.</summary>
/// <param name="Keys">The main message and the key points.</param>
/// <param name="Body">The rest of the page's own words: the body (every tailored block) and "When to call us".</param>
internal sealed record SearchEntry(string Language, string Slug, string Title, string Summary, string Keys, string Headings, string Body, string Href);

/// <summary>A handout's document in its language's index, as UTF-8 JSON (<see cref="SearchIndexScript.Line"/>).</summary>
internal sealed record SearchLine(string Language, string Slug, byte[] Json);
