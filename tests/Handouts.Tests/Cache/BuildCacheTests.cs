using Handouts.Build;
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
        var (cache, refusal) = CacheFolder.Open(Path.Combine(site.Root, name), site.Content, site.Templates, site.Out, Path.Combine(site.Root, secret));
        Assert.Null(refusal);
        return cache!;
    }

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
        var cache = OpenCache(site);

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
        var cache = OpenCache(site);
        Build(site, site.Out, cache, pdf: false);
        var food = Path.Combine(site.Content, "handouts/food.en.md");
        File.WriteAllText(food, File.ReadAllText(food).Replace("like milk and greens", "like yogurt and greens", StringComparison.Ordinal));
        Assert.Equal(2, Build(site, site.Out, cache, pdf: false).FromCache);
        Assert.Contains("yogurt", site.Page("en/food/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_title_another_page_shows_rebuilds_the_pages_that_show_it()
    {
        using var site = Site();
        var cache = OpenCache(site);
        Build(site, site.Out, cache, pdf: false);
        var food = Path.Combine(site.Content, "handouts/food.en.md");
        File.WriteAllText(food, File.ReadAllText(food).Replace("title: Food for bones", "title: Eating for strong bones", StringComparison.Ordinal));

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
        var cache = OpenCache(site);
        Build(site, site.Out, cache, pdf: false);
        var layout = Path.Combine(site.Templates, "layout.html");
        File.WriteAllText(layout, File.ReadAllText(layout).Replace("<body", "<body data-edited=\"yes\"", StringComparison.Ordinal));
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
        var cache = OpenCache(site);
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
        Build(site, site.Out, OpenCache(site));
        var entries = Directory.GetFiles(Path.Combine(site.Root, "cache")).Where(f => Path.GetFileName(f).Length == 64).ToList();
        Assert.Equal(5, entries.Count);

        // One entry damaged in the middle, one cut short, one emptied: built again, and the site is as a clean build's.
        var damaged = File.ReadAllBytes(entries[0]);
        damaged[damaged.Length / 2] ^= 0x20;
        File.WriteAllBytes(entries[0], damaged);
        File.WriteAllBytes(entries[1], File.ReadAllBytes(entries[1])[..100]);
        File.WriteAllBytes(entries[2], []);
        var rebuilt = Build(site, site.Out, OpenCache(site));
        Assert.True(rebuilt.FromCache <= 1, $"{rebuilt.FromCache} taken from damaged entries");
        AssertSameSite(clean, site.Out);

        // A cache folder that came with the content (sealed with another machine's key) is never trusted.
        var planted = Build(site, site.Out, OpenCache(site, secret: "another-machine"));
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
        var (inContent, refusal) = CacheFolder.Open(Path.Combine(site.Content, "cache"), site.Content, site.Templates, site.Out, Path.Combine(site.Root, "secret"));
        Assert.Null(inContent);
        Assert.Equal("HND020", refusal!.Code);
        Assert.Contains("--cache", refusal.Message, StringComparison.Ordinal);

        var foreign = Path.Combine(site.Root, "notes");
        Directory.CreateDirectory(foreign);
        File.WriteAllText(Path.Combine(foreign, "todo.txt"), "keep me");
        var (notCache, notOurs) = CacheFolder.Open(foreign, site.Content, site.Templates, site.Out, Path.Combine(site.Root, "secret"));
        Assert.Null(notCache);
        Assert.Contains("CACHEDIR.TAG", notOurs!.Message, StringComparison.Ordinal);
        Assert.Equal("keep me", File.ReadAllText(Path.Combine(foreign, "todo.txt")));

        Build(site, site.Out, OpenCache(site));
        var names = Directory.GetFileSystemEntries(Path.Combine(site.Root, "cache")).Select(Path.GetFileName).ToList();
        Assert.All(names, n => Assert.True(n == "CACHEDIR.TAG" || (n!.Length == 64 && n.All(char.IsAsciiHexDigitLower)), $"unexpected {n} in the cache"));
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
