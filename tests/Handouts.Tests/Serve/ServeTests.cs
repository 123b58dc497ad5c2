using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Handouts.Cli;
using Handouts.Files;
using Handouts.Serve;
using Handouts.Tests.Support;

namespace Handouts.Tests.Serve;

/// <summary><c>handouts serve</c> in the test's process: the site from memory, the live-reload script in serve only,
/// rebuilds on save with a reload event, diagnostics while the content is broken, and a clean stop.</summary>
public sealed class ServeTests
{
    private const string Handout = "content/handouts/bones.en.md";

    private static TestSite Site(string words = "Old words about bones.") =>
        TestSite.Create($"-- {Handout} --\n" + TestSite.Handout(body: $"## Section\n\n{words}\n"));

    [Fact]
    public async Task Serves_the_site_from_memory_with_content_types_and_the_live_script_in_html_only()
    {
        await using var serve = await RunningServe.Start(Site(), pdf: true);
        await serve.Until(async () => (await serve.Get("en/bones/breast--aromatase-inhibitor.pdf")).StatusCode == HttpStatusCode.OK, "the PDFs");

        (string Path, string Type)[] expected =
        [
            ("", "text/html; charset=utf-8"),
            ("en/bones/", "text/html; charset=utf-8"),
            ("assets/site.css", "text/css; charset=utf-8"),
            ("assets/search.js", "text/javascript; charset=utf-8"),
            ("assets/favicon.svg", "image/svg+xml"),
            ("favicon.ico", "image/x-icon"),
            ("assets/fonts/atkinson-hyperlegible-latin-400-normal.woff2", "font/woff2"),
            ("en/bones/breast--aromatase-inhibitor.pdf", "application/pdf"),
            ("sitemap.xml", "text/xml; charset=utf-8"),
            ("reports/quality.json", "application/json; charset=utf-8"),
            ("__handouts/live.js", "text/javascript; charset=utf-8"),
        ];
        foreach (var (path, type) in expected)
        {
            using var response = await serve.Get(path);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {response.StatusCode}");
            Assert.Equal(type, response.Content.Headers.ContentType?.ToString());
            Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        }

        var page = await serve.Text("en/bones/");
        Assert.Contains("Old words about bones.", page);
        Assert.Contains("breast--aromatase-inhibitor.pdf", page);
        Assert.Matches("<script src=\"/__handouts/live.js\" data-build=\"[0-9a-f]+-\\d+\" defer></script></body>", page);
        Assert.DoesNotContain("__handouts", await serve.Text("assets/site.css"));

        using var folder = await serve.Get("en/bones");
        Assert.Equal(HttpStatusCode.MovedPermanently, folder.StatusCode);
        Assert.Equal("/en/bones/", folder.Headers.Location?.ToString());
        using var missing = await serve.Get("en/no-such-page.html");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("live.js", await missing.Content.ReadAsStringAsync());
        Assert.Equal(["content", "templates"], Directory.GetFileSystemEntries(serve.Site.Root).Select(Path.GetFileName).Order());
    }

    [Fact]
    public async Task Drafts_are_served_with_their_banner()
    {
        var site = TestSite.Create($"-- {Handout} --\n" + TestSite.Handout() + "\n-- content/handouts/new.en.md --\n" + TestSite.Handout("draft: true", title: "Work in progress"));
        await using var serve = await RunningServe.Start(site);
        var page = await serve.Text("en/new/");
        Assert.Contains("Work in progress", page);
        Assert.Contains("class=\"draft-banner\"", page);
        Assert.DoesNotContain("draft-banner", await serve.Text("en/bones/"));
    }

    [Fact]
    public void A_built_site_has_no_live_reload_script()
    {
        using var site = Site();
        site.BuildOk();
        var pages = Directory.GetFiles(site.Out, "*.html", SearchOption.AllDirectories);
        Assert.NotEmpty(pages);
        foreach (var page in pages)
        {
            var html = File.ReadAllText(page);
            Assert.DoesNotContain("__handouts", html);
            Assert.All(ScriptTags.In(html), tag => Assert.Matches("assets/(print|search)\\.js", tag));
        }

        Assert.Empty(Directory.GetFiles(site.Out, "live.js", SearchOption.AllDirectories));
    }

    [Theory]
    [InlineData("/../../etc/passwd")]
    [InlineData("/%2e%2e/%2e%2e/etc/passwd")]
    [InlineData("/en/..%2f..%2f..%2fetc/passwd")]
    [InlineData("/..%5c..%5cetc/passwd")]
    [InlineData("//etc/passwd")]
    [InlineData("/content/site.yml")]
    [InlineData("/handouts/bones.en.md")]
    [InlineData("/layout.html")]
    public async Task Only_what_the_build_produced_is_served(string path)
    {
        await using var serve = await RunningServe.Start(Site());
        // Sent as written: HttpClient would tidy the dot segments away before they reached the server.
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(serve.Address.Host, serve.Address.Port);
        var stream = tcp.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes($"GET {path} HTTP/1.1\r\nHost: {serve.Address.Authority}\r\nConnection: close\r\n\r\n"));
        var response = await new StreamReader(stream).ReadToEndAsync();
        Assert.StartsWith("HTTP/1.1 404 ", response);
        Assert.DoesNotContain("root:", response);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Saving_a_handout_reloads_open_pages_with_the_new_text(bool byRename)
    {
        await using var serve = await RunningServe.Start(Site());
        await using var events = await EventStream.Open(serve.Http, serve.Address);
        Assert.Equal("text/event-stream", events.ContentType);
        var first = JsonDocument.Parse(await events.Next("diagnostics")).RootElement.GetProperty("build").GetString();

        var text = TestSite.Handout(body: "## Section\n\nNew words about bones.\n");
        if (byRename)
        {
            // As editors that save through a scratch file do.
            serve.Site.Write(Handout + ".tmp", text);
            File.Move(Path.Combine(serve.Site.Root, Handout + ".tmp"), Path.Combine(serve.Site.Root, Handout), overwrite: true);
        }
        else
        {
            serve.Site.Write(Handout, text);
        }

        var reload = JsonDocument.Parse(await events.Next("reload")).RootElement.GetProperty("build").GetString();
        Assert.NotEqual(first, reload);
        var page = await serve.Text("en/bones/");
        Assert.Contains("New words about bones.", page);
        Assert.Contains($"data-build=\"{reload}\"", page);
    }

    [Fact]
    public async Task A_save_rebuilds_that_handout_alone_then_its_pdfs_then_the_packs()
    {
        using var site = TestSite.Create(
            $"-- {Handout} --\n" + TestSite.Handout(body: "## Section\n\nOld words about bones.\n") +
            "\n-- content/handouts/food.en.md --\n" + TestSite.Handout(body: "## Calcium\n\nEat greens.\n", title: "Food for bones"));
        await using var serve = await RunningServe.Start(site, pdf: true);
        await serve.Until(() => Task.FromResult(serve.Output.Contains("Waiting-room packs and posters built", StringComparison.Ordinal)), "the first build's packs");

        serve.Site.Write(Handout, TestSite.Handout(body: "## Section\n\nNew words about bones.\n"));
        await serve.Until(() => Task.FromResult(serve.Output.Split('\n').Count(l => l.Contains("Waiting-room packs", StringComparison.Ordinal)) == 2), "the rebuild's packs");
        var lines = serve.Output.Split('\n');
        Assert.Contains(lines, l => l.Contains("pages of 2 handouts (1 rebuilt)", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("PDFs of 1 handout(s) built", StringComparison.Ordinal));
        var pdf = await (await serve.Get("en/bones/breast--aromatase-inhibitor.pdf")).Content.ReadAsByteArrayAsync();
        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        Assert.Contains("New words about bones.", string.Join(" ", document.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text)), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await serve.Get("print/index.html")).StatusCode);
    }

    [Fact]
    public void Pages_reload_for_any_change_but_a_pdf_and_a_pdf_still_to_come_keeps_its_last_bytes()
    {
        var served = ServedSite.From(new Dictionary<string, byte[]>
        {
            ["en/bones/index.html"] = "<p>Walk</p>"u8.ToArray(),
            ["assets/site.css"] = "p{}"u8.ToArray(),
            ["en/bones/breast.pdf"] = "%PDF-1"u8.ToArray(),
            ["print/index.html"] = "<p>Packs</p>"u8.ToArray(),
        }, "b1");
        Dictionary<string, byte[]> Next(string path, string text) => new()
        {
            ["en/bones/index.html"] = "<p>Walk</p>"u8.ToArray(),
            ["assets/site.css"] = "p{}"u8.ToArray(),
            ["en/bones/breast.pdf"] = "%PDF-1"u8.ToArray(),
            ["print/index.html"] = "<p>Packs</p>"u8.ToArray(),
            [path] = Encoding.UTF8.GetBytes(text),
        };

        Assert.True(served.DiffersOnlyInPdfs(Next("en/bones/breast.pdf", "%PDF-2")));
        Assert.False(served.DiffersOnlyInPdfs(Next("assets/site.css", "p{color:red}")));
        Assert.False(served.DiffersOnlyInPdfs(Next("en/bones/index.html", "<p>Run</p>")));

        // A pages-only build: the last build's PDF and print page are served until the PDFs are rebuilt.
        var pagesOnly = new Dictionary<string, byte[]> { ["en/bones/index.html"] = "<p>Run</p>"u8.ToArray() };
        var merged = served.WithPrintsUnder(pagesOnly);
        Assert.Equal("%PDF-1", Encoding.UTF8.GetString(merged["en/bones/breast.pdf"]));
        Assert.Equal("<p>Packs</p>", Encoding.UTF8.GetString(merged["print/index.html"]));
        Assert.Equal("<p>Run</p>", Encoding.UTF8.GetString(merged["en/bones/index.html"]));
        Assert.False(merged.ContainsKey("assets/site.css"));
    }

    [Fact]
    public async Task A_broken_handout_keeps_the_last_good_site_and_shows_its_diagnostic_until_fixed()
    {
        await using var serve = await RunningServe.Start(Site());
        await using var events = await EventStream.Open(serve.Http, serve.Address);
        await events.Next("diagnostics");

        serve.Site.Write(Handout, TestSite.Handout(frontMatterExtra: "colour: blue", body: "## Section\n\nBroken words.\n"));
        var sent = JsonDocument.Parse(await events.Next("diagnostics", data => data.Contains("HND002"))).RootElement;
        var listed = await serve.Diagnostics();
        var diagnostic = Assert.Single(listed.EnumerateArray(), d => d.GetProperty("code").GetString() == "HND002");
        Assert.EndsWith("bones.en.md", diagnostic.GetProperty("file").GetString());
        Assert.Equal(20, diagnostic.GetProperty("line").GetInt32());
        Assert.Equal(1, diagnostic.GetProperty("column").GetInt32());
        Assert.Equal("error", diagnostic.GetProperty("severity").GetString());
        Assert.Contains("colour", diagnostic.GetProperty("message").GetString());
        Assert.Equal(listed.GetArrayLength(), sent.GetProperty("diagnostics").GetArrayLength());
        Assert.Contains("bones.en.md(20,1): error HND002:", serve.Error);

        using var stillServed = await serve.Get("en/bones/");
        Assert.Equal(HttpStatusCode.OK, stillServed.StatusCode);
        Assert.Contains("Old words about bones.", await stillServed.Content.ReadAsStringAsync());

        serve.Site.Write(Handout, TestSite.Handout(body: "## Section\n\nFixed words.\n"));
        await events.Next("diagnostics", data => data.Contains("\"diagnostics\":[]"));
        Assert.Equal(0, (await serve.Diagnostics()).GetArrayLength());
        Assert.Contains("Fixed words.", await serve.Text("en/bones/"));
    }

    [Fact]
    public async Task Before_any_good_build_every_address_says_so_and_lists_the_problems()
    {
        await using var serve = await RunningServe.Start(TestSite.Create($"-- {Handout} --\n" + TestSite.Handout(cancers: "[brest]")), waitForSite: false);
        await serve.Until(async () => (await serve.Diagnostics()).GetArrayLength() > 0, "the first build's diagnostics");
        Assert.Contains((await serve.Diagnostics()).EnumerateArray(), d =>
            d.GetProperty("code").GetString() == "HND005" && d.GetProperty("line").GetInt32() == 5 && d.GetProperty("column").GetInt32() == 16);

        using var response = await serve.Get("en/bones/");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("No site yet", page);
        Assert.Contains("/__handouts/live.js", page);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_content_folder_deleted_and_put_back_is_watched_again(bool copiedBack)
    {
        await using var serve = await RunningServe.Start(Site(), poll: TimeSpan.FromMilliseconds(100));
        var aside = serve.Site.Content + "-aside";
        if (copiedBack)
        {
            TestSite.CopyDirectory(serve.Site.Content, aside);
            Directory.Delete(serve.Site.Content, recursive: true);
        }
        else
        {
            Directory.Move(serve.Site.Content, aside);
        }

        await serve.Until(async () => (await serve.Diagnostics()).GetArrayLength() > 0, "the missing content folder to be reported");
        Assert.Contains("Old words about bones.", await serve.Text("en/bones/"));

        File.WriteAllText(Path.Combine(aside, "handouts", "bones.en.md"), TestSite.Handout(body: "## Section\n\nWords after the move.\n"));
        if (copiedBack) TestSite.CopyDirectory(aside, serve.Site.Content);
        else Directory.Move(aside, serve.Site.Content);
        await serve.Until(async () => (await serve.Text("en/bones/")).Contains("Words after the move."), "the folder's new text");

        // Watched again, not merely rebuilt once: the next save shows too.
        serve.Site.Write(Handout, TestSite.Handout(body: "## Section\n\nOne more save.\n"));
        await serve.Until(async () => (await serve.Text("en/bones/")).Contains("One more save."), "the next save");
        Assert.Equal(0, (await serve.Diagnostics()).GetArrayLength());
    }

    [Fact]
    public async Task Stopping_ends_open_streams_and_frees_the_port()
    {
        var serve = await RunningServe.Start(Site());
        await using (serve)
        {
            var port = serve.Address.Port;
            await using var events = await EventStream.Open(serve.Http, serve.Address);
            await events.Next("diagnostics");
            await serve.Stop();

            var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            listener.Stop();
            await Assert.ThrowsAsync<HttpRequestException>(() => serve.Get("en/bones/"));
            Assert.Equal(["content", "templates"], Directory.GetFileSystemEntries(serve.Site.Root).Select(Path.GetFileName).Order());
        }
    }

    [Fact]
    public async Task A_port_in_use_moves_serve_to_the_next_free_one()
    {
        var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        try
        {
            var port = ((IPEndPoint)taken.LocalEndpoint).Port;
            using var site = Site();
            using var stop = new CancellationTokenSource();
            var options = new Handouts.Serve.ServeOptions(site.Content, site.Templates, IPAddress.Loopback, port, TestSite.Today, Pdf: false);
            var session = await Handouts.Serve.SiteServer.Start(options, TextWriter.Null, TextWriter.Null, stop.Token);
            Assert.NotNull(session);
            Assert.InRange(session.Address.Port, port + 1, port + Handouts.Serve.ServeOptions.PortTries - 1);
            Assert.Equal("127.0.0.1", session.Address.Host);
            await stop.CancelAsync();
            await session.Stopped.WaitAsync(RunningServe.Patience);
        }
        finally
        {
            taken.Stop();
        }
    }

    [Theory]
    [InlineData("--host", "example.org")]
    [InlineData("--port", "0")]
    [InlineData("--port", "70000")]
    public void Bad_serve_options_are_usage_errors(string option, string value)
    {
        var error = new StringWriter();
        Assert.Equal(2, App.Run(["serve", option, value], new StringWriter(), error));
        Assert.Contains(option, error.ToString());
    }

    [Fact]
    public void An_address_this_machine_does_not_have_is_a_usage_error()
    {
        using var site = Site();
        var error = new StringWriter();
        // 192.0.2.0/24 is reserved for documentation (RFC 5737): no machine has it.
        Assert.Equal(2, App.Run(["serve", "--content", site.Content, "--templates", site.Templates, "--host", "192.0.2.1"], new StringWriter(), error));
        Assert.Contains("cannot listen on 192.0.2.1 port 1313", error.ToString());
    }

    [Theory]
    [InlineData("bones.en.md", false)]
    [InlineData("handouts/bones.en.md", false)]
    [InlineData("handouts/.bones.en.md.swp", true)]
    [InlineData("handouts/bones.en.md~", true)]
    [InlineData("handouts/.#bones.en.md", true)]
    [InlineData("handouts/4913", true)]
    [InlineData("handouts/bones.en.md.tmp", true)]
    public void Editor_scratch_files_are_told_apart(string path, bool scratch) => Assert.Equal(scratch, ScratchFiles.Is(path));
}
