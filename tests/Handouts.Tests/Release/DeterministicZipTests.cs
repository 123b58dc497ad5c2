using System.IO.Compression;
using System.Text;
using Handouts.Release;

namespace Handouts.Tests.Release;

public sealed class DeterministicZipTests
{
    private static readonly DateTime Time = new(2026, 11, 3, 10, 20, 30, DateTimeKind.Utc);

    private static byte[] Zip(IReadOnlyList<(string Path, byte[] Bytes)> files)
    {
        using var stream = new MemoryStream();
        DeterministicZip.Write(stream, [.. files.Select(f => new DeterministicZip.Entry(f.Path, () => f.Bytes))], Time);
        return stream.ToArray();
    }

    [Fact]
    public void Files_are_stored_or_deflated_and_read_back_by_another_zip_reader()
    {
        var text = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("Walk every day. ", 200)));
        var noise = new byte[3000];
        new Random(7).NextBytes(noise);
        using var zip = new ZipArchive(new MemoryStream(Zip([("a/página.html", text), ("b/noise.bin", noise), ("empty.txt", [])])));
        Assert.Equal(["a/página.html", "b/noise.bin", "empty.txt"], zip.Entries.Select(e => e.FullName));
        Assert.True(zip.Entries[0].CompressedLength < text.Length / 10, "text is deflated");
        Assert.Equal(noise.Length, zip.Entries[1].CompressedLength);
        foreach (var (entry, bytes) in zip.Entries.Zip([text, noise, []]))
        {
            using var data = new MemoryStream();
            using (var s = entry.Open()) s.CopyTo(data);
            Assert.Equal(bytes, data.ToArray());
            Assert.Equal(new DateTime(2026, 11, 3, 10, 20, 30), entry.LastWriteTime.DateTime);
        }
    }

    [Fact]
    public void The_same_files_give_the_same_bytes()
    {
        (string, byte[])[] files = [("x.html", Encoding.UTF8.GetBytes("<p>x</p>")), ("y/z.css", Encoding.UTF8.GetBytes("body{}"))];
        Assert.Equal(Zip(files), Zip(files));
    }

    [Fact]
    public void More_than_65535_files_get_a_zip64_directory()
    {
        const int Count = 70_000;
        var files = Enumerable.Range(0, Count).Select(i => ($"f/{i:D6}.txt", Encoding.ASCII.GetBytes(i.ToString(System.Globalization.CultureInfo.InvariantCulture)))).ToList();
        using var zip = new ZipArchive(new MemoryStream(Zip(files)));
        Assert.Equal(Count, zip.Entries.Count);
        using var last = new StreamReader(zip.Entries[^1].Open());
        Assert.Equal("69999", last.ReadToEnd());
    }
}
