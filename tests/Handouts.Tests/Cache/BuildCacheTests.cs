using Handouts.Build;
using Handouts.Files;
using Handouts.Output;
using Handouts.Tests.Support;

namespace Handouts.Tests.Cache;

/// <summary>The build cache (issue 9): a build that takes handouts from it writes exactly the bytes a clean build
/// writes and reports exactly its diagnostics, whatever changed in between; an entry it cannot trust is built again.</summary>
public sealed class BuildCacheTests
{
    private static TestSite Site() => TestSite.Create(
        "-- content/handouts/bones.en.md --\n" + TestSite.Handout(body: "## Walk\n\nWalk every day. See [food](food.md).\n") +
        "\n-- content/handouts/bones.es.md --\n" + TestSite.Handout(TestSite.Translation, body: "## Caminar\n\nCamine todos los días.\n", title: "Sus huesos") +
        "\n-- content/handouts/food.en.md --\n" + TestSite.Handout(body: "## Calcium\n\nEat food with calcium, like milk and greens.\n", title: "Food for bones", cancers: "[breast]", treatments: "[aromatase-inhibitor]"));

    private static BuildResult Build(TestSite site, string outDir, IBuildCache? cache, DateOnly? today = null, bool pdf = true)
    {
        var result = SiteBuilder.Build(new BuildOptions(site.Content, site.Templates, outDir, Today: today ?? TestSite.Today, Pdf: pdf, Cache: cache));
        Assert.True(result.Outcome == BuildOutcome.Succeeded, string.Join("\n", result.Diagnostics));
        return result;
    }

    private static CacheFolder OpenCache(TestSite site, string name = "cache", string secret = "secret")
    {
        var (cache, refusal, note) = CacheFolder.Open(Path.Combine(site.Root, name), site.Content, site.Templates, site.Out, Path.Combine(site.Root, secret));
        Assert.Null(refusal);
        Assert.Null(note);
        return cache!;
    }

    /// <summary>Saves a file with one text in it replaced, as a nurse's edit.</summary>
    private static void Edit(string file, string from, string to) => File.WriteAllText(file, File.ReadAllText(file).Replace(from, to, StringComparison.Ordinal));

    private static void AssertSameSite(string expected, string actual)
    {
        var (a, b) = (OutputTree.Files(expected), OutputTree.Files(actual));
        a.Remove(OutputGuard.MarkerName);
        b.Remove(OutputGuard.MarkerName);
        Assert.Equal(a.Keys.Order(), b.Keys.Order());
        foreach (var (path, bytes) in a) Assert.True(bytes.AsSpan().SequenceEqual(b[path]), $"{path} differs from a clean build's");
    }

    [Fact]
    public void Clean_cached_and_edited_then_reverted_builds_are_byte_identical()
    {
        using var site = Site();
        var clean = Path.Combine(site.Root, "clean");
        Build(site, clean, null);
        using var cache = OpenCache(site);

        var cold = Build(site, site.Out, cache);
        Assert.Equal(0, cold.FromCache);
        AssertSameSite(clean, site.Out);

        var warm = Build(site, site.Out, cache);
        Assert.Equal(3, warm.FromCache);
        AssertSameSite(clean, site.Out);

        var original = File.ReadAllText(Path.Combine(site.Content, "handouts/food.en.md"));
        site.Write("content/handouts/food.en.md", original.Replace("like milk and greens", "like yogurt and greens", StringComparison.Ordinal));
        // The packs are cut from every handout's typeset pages, so with them every handout is typeset again.
        Assert.Equal(0, Build(site, site.Out, cache).FromCache);
        var cleanEdited = Path.Combine(site.Root, "clean-edited");
        Build(site, cleanEdited, null);
        AssertSameSite(cleanEdited, site.Out);
        Assert.Contains("yogurt", site.Page("en/food/index.html"), StringComparison.Ordinal);

        site.Write("content/handouts/food.en.md", original);
        Build(site, site.Out, cache);
        AssertSameSite(clean, site.Out);
    }

    [Fact]
    public void Only_the_edited_handout_is_built_again()
    {
        using var site = Site();
        using var cache = OpenCache(site);
        Build(site, site.Out, cache, pdf: false);
        var food = Path.Combine(site.Content, "handouts/food.en.md");
        Edit(food, "like milk and greens", "like yogurt and greens");
        Assert.Equal(2, Build(site, site.Out, cache, pdf: false).FromCache);
        Assert.Contains("yogurt", site.Page("en/food/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_title_another_page_shows_rebuilds_the_pages_that_show_it()
    {
        using var site = Site();
        using var cache = OpenCache(site);
        Build(site, site.Out, cache, pdf: false);
        var food = Path.Combine(site.Content, "handouts/food.en.md");
        Edit(food, "title: Food for bones", "title: Eating for strong bones");

        var cached = Build(site, site.Out, cache, pdf: false);
        // Bones links to food and lists it among "More handouts for you": its pages show the new title too.
        Assert.Equal(0, cached.FromCache);
        Assert.Contains("Eating for strong bones", site.Page("en/bones/breast--aromatase-inhibitor.html"), StringComparison.Ordinal);
        var clean = Path.Combine(site.Root, "clean");
        Build(site, clean, null, pdf: false);
        AssertSameSite(clean, site.Out);
    }

    [Fact]
    public void A_changed_template_or_setting_is_not_served_from_the_cache()
    {
        using var site = Site();
        using var cache = OpenCache(site);
        Build(site, site.Out, cache, pdf: false);
        var layout = Path.Combine(site.Templates, "layout.html");
        Edit(layout, "<body", "<body data-edited=\"yes\"");
        Assert.Equal(0, Build(site, site.Out, cache, pdf: false).FromCache);
        Assert.Contains("data-edited=\"yes\"", site.Page("en/bones/index.html"), StringComparison.Ordinal);

        site.Write("content/site.yml", TestSite.SiteYml.Replace("Test Clinic", "Bone Clinic", StringComparison.Ordinal));
        Assert.Equal(0, Build(site, site.Out, cache, pdf: false).FromCache);
        Assert.Contains("Bone Clinic", site.Page("en/bones/index.html"), StringComparison.Ordinal);

        // Options that change what is made: the PDFs are made, not taken from an HTML-only build.
        var withPdfs = Build(site, site.Out, cache);
        Assert.Equal(0, withPdfs.FromCache);
        Assert.NotEmpty(Directory.GetFiles(site.Out, "*.pdf", SearchOption.AllDirectories));
    }

    [Fact]
    public void A_cached_handout_reports_its_warnings_again_and_review_ages_follow_the_day()
    {
        var longSentence = "You should walk and stretch and lift light weights and climb the stairs and dance in the kitchen and carry the shopping home every single day of the week if you can.";
        using var site = TestSite.Create("-- content/handouts/bones.en.md --\n" + TestSite.Handout(body: $"## Move\n\n{longSentence}\n"));
        using var cache = OpenCache(site);
        var first = Build(site, site.Out, cache);
        DiagnosticAssert.Has(first, "HND031", "bones.en.md", 24);
        var second = Build(site, site.Out, cache);
        Assert.Equal(1, second.FromCache);
        Assert.Equal(first.Diagnostics, second.Diagnostics);

        // Two years later the handout is overdue for review: said on the cached build as on a clean one.
        var later = TestSite.Today.AddYears(2);
        var cached = Build(site, site.Out, cache, later);
        Assert.Equal(1, cached.FromCache);
        var clean = Path.Combine(site.Root, "clean");
        var fresh = Build(site, clean, null, later);
        Assert.Equal(fresh.Diagnostics, cached.Diagnostics);
        Assert.NotEqual(first.Diagnostics, cached.Diagnostics);
        AssertSameSite(clean, site.Out);
    }

    [Fact]
    public void A_damaged_or_planted_entry_is_built_again_never_published()
    {
        using var site = Site();
        var clean = Path.Combine(site.Root, "clean");
        Build(site, clean, null);
        using (var cache = OpenCache(site)) Build(site, site.Out, cache);
        var entries = Directory.GetFiles(Path.Combine(site.Root, "cache")).Where(f => Path.GetFileName(f).Length == 64).ToList();
        Assert.Equal(5, entries.Count);

        // One entry damaged in the middle, one cut short, one emptied, the others' last byte changed: all built again,
        // and the site is as a clean build's.
        var damaged = File.ReadAllBytes(entries[0]);
        damaged[damaged.Length / 2] ^= 0x20;
        File.WriteAllBytes(entries[0], damaged);
        File.WriteAllBytes(entries[1], File.ReadAllBytes(entries[1])[..100]);
        File.WriteAllBytes(entries[2], []);
        foreach (var other in entries.Skip(3))
        {
            var bytes = File.ReadAllBytes(other);
            bytes[^1] ^= 0x01;
            File.WriteAllBytes(other, bytes);
        }

        BuildResult rebuilt;
        using (var cache = OpenCache(site)) rebuilt = Build(site, site.Out, cache);
        Assert.Equal(0, rebuilt.FromCache);
        AssertSameSite(clean, site.Out);

        // A cache folder that came with the content (sealed with another machine's key) is never trusted.
        BuildResult planted;
        using (var cache = OpenCache(site, secret: "another-machine")) planted = Build(site, site.Out, cache);
        Assert.Equal(0, planted.FromCache);
        AssertSameSite(clean, site.Out);
    }

    [Fact]
    public void A_save_while_the_build_runs_keeps_nothing_in_the_cache()
    {
        using var site = Site();
        var memory = new MemoryCache();
        var saving = new SavingCache(memory, () => site.Write("content/handouts/food.en.md", File.ReadAllText(Path.Combine(site.Content, "handouts/food.en.md")) + "\nOne more line.\n"));
        Build(site, site.Out, saving, pdf: false);
        Assert.Equal(0, memory.Count);

        Build(site, site.Out, memory, pdf: false);
        Assert.Equal(4, memory.Count);
    }

    [Fact]
    public void The_cache_is_kept_clear_of_the_content_and_of_foreign_folders_and_holds_only_its_entries()
    {
        using var site = Site();
        var (inContent, refusal, _) = CacheFolder.Open(Path.Combine(site.Content, "cache"), site.Content, site.Templates, site.Out, Path.Combine(site.Root, "secret"));
        Assert.Null(inContent);
        Assert.Equal("HND020", refusal!.Code);
        Assert.Contains("--cache", refusal.Message, StringComparison.Ordinal);

        var foreign = Path.Combine(site.Root, "notes");
        Directory.CreateDirectory(foreign);
        File.WriteAllText(Path.Combine(foreign, "todo.txt"), "keep me");
        var (notCache, notOurs, _) = CacheFolder.Open(foreign, site.Content, site.Templates, site.Out, Path.Combine(site.Root, "secret"));
        Assert.Null(notCache);
        Assert.Contains("CACHEDIR.TAG", notOurs!.Message, StringComparison.Ordinal);
        Assert.Equal("keep me", File.ReadAllText(Path.Combine(foreign, "todo.txt")));

        using (var cache = OpenCache(site)) Build(site, site.Out, cache);
        var names = Directory.GetFileSystemEntries(Path.Combine(site.Root, "cache")).Select(Path.GetFileName).ToList();
        Assert.All(names, n => Assert.True(n is "CACHEDIR.TAG" or "lock" || (n!.Length == 64 && n.All(char.IsAsciiHexDigitLower)), $"unexpected {n} in the cache"));
    }

    [Fact]
    public void A_link_planted_as_the_cache_or_things_planted_under_entry_names_are_never_followed()
    {
        using var site = Site();
        var elsewhere = Path.Combine(site.Root, "elsewhere");
        Directory.CreateDirectory(elsewhere);
        File.WriteAllText(Path.Combine(elsewhere, "CACHEDIR.TAG"), "Signature: 8a477f597d28d172789f06886806bc55\n");
        Directory.CreateSymbolicLink(Path.Combine(site.Root, "linked"), elsewhere);
        var (linked, refusal, _) = CacheFolder.Open(Path.Combine(site.Root, "linked"), site.Content, site.Templates, site.Out, Path.Combine(site.Root, "secret"));
        Assert.Null(linked);
        Assert.Contains("symbolic link", refusal!.Message, StringComparison.Ordinal);

        var clean = Path.Combine(site.Root, "clean");
        Build(site, clean, null, pdf: false);
        using (var cache = OpenCache(site)) Build(site, site.Out, cache, pdf: false);
        var folder = Path.Combine(site.Root, "cache");
        var entries = Directory.GetFiles(folder).Where(f => Path.GetFileName(f).Length == 64).ToList();
        var keep = Path.Combine(site.Root, "keep.txt");
        File.WriteAllText(keep, "not the cache's");
        File.Delete(entries[0]);
        Directory.CreateDirectory(entries[0]);
        File.Delete(entries[1]);
        File.CreateSymbolicLink(entries[1], keep);

        // The planted names are removed as names (the file a link led to stays as it was) and the entries made again.
        using (var cache = OpenCache(site)) Build(site, site.Out, cache, pdf: false);
        AssertSameSite(clean, site.Out);
        Assert.Equal("not the cache's", File.ReadAllText(keep));
        Assert.True(File.Exists(entries[0]) && File.Exists(entries[1]) && new FileInfo(entries[1]).LinkTarget is null);
    }

    [Fact]
    public void A_cache_in_use_by_another_build_is_left_to_it()
    {
        using var site = Site();
        using var first = OpenCache(site);
        var (second, refusal, note) = CacheFolder.Open(Path.Combine(site.Root, "cache"), site.Content, site.Templates, site.Out, Path.Combine(site.Root, "secret"), TimeSpan.FromMilliseconds(100));
        Assert.Null(second);
        Assert.Null(refusal);
        Assert.Contains("another build is using the build cache", note, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_a_template_cut_in_half_is_written_alike_from_the_cache()
    {
        using var site = Site();
        // Slicing UTF-16 cuts the emoji's surrogate pair: written out as U+FFFD, with or without the cache.
        var page = Path.Combine(site.Templates, "pages", "handout.html");
        File.WriteAllText(page, "{{ \"\U0001F600 smile\" | string.slice 0 1 }}" + File.ReadAllText(page));
        var clean = Path.Combine(site.Root, "clean");
        Build(site, clean, null, pdf: false);
        using var cache = OpenCache(site);
        Build(site, site.Out, cache, pdf: false);
        Assert.Equal(3, Build(site, site.Out, cache, pdf: false).FromCache);
        AssertSameSite(clean, site.Out);
        Assert.Contains("\uFFFD", site.Page("en/bones/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_cache_that_cannot_be_written_is_said_and_the_build_is_whole()
    {
        using var site = Site();
        var clean = Path.Combine(site.Root, "clean");
        Build(site, clean, null, pdf: false);
        var result = Build(site, site.Out, new FullDisk(), pdf: false);
        AssertSameSite(clean, site.Out);
        Assert.Contains(result.Notes ?? [], n => n.Contains("build cache could not be written", StringComparison.Ordinal) && n.Contains("No space left", StringComparison.Ordinal));
    }

    [Fact]
    public void A_picture_deeper_than_the_content_folder_is_listed_is_refused_at_its_line()
    {
        // The cache's key lists the content folder 16 folders deep; a file it cannot see must not be read either.
        var deep = string.Join('/', Enumerable.Repeat("d", FileRoot.MaxFolderDepth + 1)) + "/hip.jpg";
        using var site = TestSite.Create("-- content/handouts/bones.en.md --\n" + TestSite.Handout(body: $"## Hip\n\n![A hip bone](../{deep})\n"));
        var file = Path.Combine(site.Content, deep);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllBytes(file, TestJpeg.Baseline);
        var result = site.Build(pdf: false);
        Assert.Equal(BuildOutcome.ContentErrors, result.Outcome);
        var d = DiagnosticAssert.Has(result, "HND024", "bones.en.md", 24);
        Assert.Contains("16 folders deep", d.Message, StringComparison.Ordinal);
    }

    /// <summary>A cache on a disk that is full.</summary>
    private sealed class FullDisk : IBuildCache
    {
        public byte[] Secret { get; } = new byte[32];

        public bool KeepsObjects => false;

        public object? Read(string key) => null;

        public void Add(string key, object entry) => throw new IOException("No space left on device");

        public void Commit(IReadOnlySet<string> used)
        {
        }

        public void Discard()
        {
        }
    }

    /// <summary>A cache through which a save lands while the build is running (at its first new entry).</summary>
    private sealed class SavingCache(IBuildCache inner, Action save) : IBuildCache
    {
        private int saved;

        public byte[] Secret => inner.Secret;

        public bool KeepsObjects => inner.KeepsObjects;

        public object? Read(string key) => inner.Read(key);

        public void Add(string key, object entry)
        {
            if (Interlocked.Exchange(ref saved, 1) == 0)
            {
                // Later than the build's first look, and on a coarse clock still a different time.
                Thread.Sleep(20);
                save();
            }

            inner.Add(key, entry);
        }

        public void Commit(IReadOnlySet<string> used) => inner.Commit(used);

        public void Discard() => inner.Discard();
    }
}
