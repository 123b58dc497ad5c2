using System.Collections.Concurrent;
using Handouts.Output;
using Handouts.Site;

namespace Handouts.Build;

/// <summary>The recipe's one way out: writes the files stages return into the staging folder (or nowhere, for
/// <c>handouts check</c>), counting pages and collecting the content files pages use, to copy once at the end.</summary>
internal sealed class SiteWriter(IPageSink? sink, StringComparer mediaNames)
{
    // Compared as the content folder's file system compares names: on Windows 'Logo.png' and 'logo.png' are one file.
    private readonly ConcurrentDictionary<string, byte> media = new(mediaNames);
    private int pages;

    public int Pages => pages;

    /// <summary>The content files (images, the logo) the site uses, in a stable order.</summary>
    public IReadOnlyList<string> Media => [.. media.Keys.Order(StringComparer.Ordinal)];

    public void Write(IEnumerable<SiteFile?> files)
    {
        foreach (var file in files) Write(file);
    }

    public void Write(SiteFile? file)
    {
        if (file is null) return;
        if (file.IsPage) Interlocked.Increment(ref pages);
        if (file.Text is { } text) sink?.WriteText(file.Path, text);
        else sink?.WriteFinished(file.Path, file.Bytes!);
    }

    public void UsesMedia(IEnumerable<string> files)
    {
        foreach (var file in files) media.TryAdd(file, 0);
    }
}
