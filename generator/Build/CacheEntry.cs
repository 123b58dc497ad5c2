using System.Security.Cryptography;
using System.Text;
using Handouts.Checks;
using Handouts.Checks.Readability;
using Handouts.Diagnostics;
using Handouts.Site;

namespace Handouts.Build;

/// <summary>A <see cref="WorkResult"/> as the build cache stores it: a version, a seal (HMAC-SHA-256 with the cache's
/// secret) over the rest, then its key and contents. An entry that is short, of another version, sealed with another
/// key, stored under another key or unreadable is no entry: the work is done again, never published from it.</summary>
internal static class CacheEntry
{
    private const int Version = 1;
    private const int SealLength = 32;
    private const int HeaderLength = 8 + SealLength;
    // Written as the output is (a lone surrogate a template cut from an emoji becomes U+FFFD), so a page taken from
    // the cache has the bytes of a page written afresh; read strictly, so damaged text is no entry.
    private static readonly UTF8Encoding Lenient = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static ReadOnlySpan<byte> Magic => "HNDCACHE"u8;

    /// <summary>The entry's bytes (a view of a buffer sized once from its files: the waiting-room prints of a large
    /// site are hundreds of megabytes, and a stream that grew by doubling, copied out at the end, held three times that).</summary>
    public static ReadOnlyMemory<byte> Write(string key, WorkResult work, byte[] secret)
    {
        var estimate = 4096L + work.Files.Sum(f => f.Path.Length * 3L + 16 + (f.Text is { } t ? t.Length * 3L : f.Bytes!.Length)) + (work.SearchLine?.Length ?? 0);
        using var stream = new MemoryStream((int)Math.Min(estimate, Array.MaxLength));
        stream.Write(Magic);
        stream.Write(new byte[SealLength]);
        using (var w = new BinaryWriter(stream, Lenient, leaveOpen: true))
        {
            w.Write(Version);
            w.Write(key);
            WriteList(w, work.Files, WriteFile);
            WriteList(w, work.Media, (w, m) => w.Write(m));
            WriteOptional(w, work.SearchLine, WriteBytes);
            WriteOptional(w, work.Quality, WriteQuality);
            WriteList(w, work.Diagnostics, WriteDiagnostic);
        }

        var bytes = stream.GetBuffer().AsMemory(0, (int)stream.Length);
        HMACSHA256.HashData(secret, bytes.Span[HeaderLength..], bytes.Span.Slice(Magic.Length, SealLength));
        return bytes;
    }

    public static WorkResult? Read(string key, byte[]? bytes, byte[] secret)
    {
        if (bytes is null || bytes.Length < HeaderLength + 4 || !bytes.AsSpan(0, Magic.Length).SequenceEqual(Magic)) return null;
        Span<byte> seal = stackalloc byte[SealLength];
        HMACSHA256.HashData(secret, bytes.AsSpan(HeaderLength), seal);
        if (!CryptographicOperations.FixedTimeEquals(seal, bytes.AsSpan(Magic.Length, SealLength))) return null;
        try
        {
            using var r = new BinaryReader(new MemoryStream(bytes, HeaderLength, bytes.Length - HeaderLength), Strict);
            if (r.ReadInt32() != Version || r.ReadString() != key) return null;
            var work = new WorkResult(ReadList(r, ReadFile), ReadList(r, r => r.ReadString()), ReadOptional(r, ReadBytes), ReadOptional(r, ReadQuality), ReadList(r, ReadDiagnostic));
            return r.BaseStream.Position == r.BaseStream.Length ? work : null;
        }
        catch (Exception e) when (e is EndOfStreamException or IOException or DecoderFallbackException or ArgumentException or FormatException)
        {
            return null;
        }
    }

    private static void WriteFile(BinaryWriter w, SiteFile file)
    {
        w.Write(file.Path);
        w.Write(file.Text is not null);
        if (file.Text is { } text)
        {
            w.Write(text);
        }
        else
        {
            WriteBytes(w, file.Bytes!);
        }
    }

    private static void WriteBytes(BinaryWriter w, byte[] bytes)
    {
        w.Write(bytes.Length);
        w.Write(bytes);
    }

    private static byte[] ReadBytes(BinaryReader r)
    {
        var length = r.ReadInt32();
        var bytes = r.ReadBytes(length);
        return bytes.Length == length ? bytes : throw new EndOfStreamException();
    }

    private static SiteFile ReadFile(BinaryReader r)
    {
        var path = r.ReadString();
        return r.ReadBoolean() ? SiteFile.Page(path, r.ReadString()) : SiteFile.Binary(path, ReadBytes(r));
    }

    private static void WriteDiagnostic(BinaryWriter w, Diagnostic d)
    {
        w.Write(d.Code);
        w.Write((int)d.Severity);
        w.Write(d.Span.Path);
        w.Write(d.Span.Line);
        w.Write(d.Span.Column);
        w.Write(d.Message);
    }

    private static Diagnostic ReadDiagnostic(BinaryReader r) =>
        new(r.ReadString(), (Severity)r.ReadInt32(), new SourceLocation(r.ReadString(), r.ReadInt32(), r.ReadInt32()), r.ReadString());

    private static void WriteQuality(BinaryWriter w, HandoutQuality q)
    {
        w.Write(q.Slug);
        w.Write(q.Language);
        w.Write(q.Path);
        w.Write(q.Title);
        w.Write(q.Reviewed.DayNumber);
        w.Write(q.Reviewer);
        w.Write(q.ReviewAgeDays);
        w.Write(q.NextReview.DayNumber);
        WriteList(w, q.Variants, WriteVariant);
        WriteList(w, q.HardestSentences, (w, s) =>
        {
            w.Write(s.Line);
            w.Write(s.Words);
            w.Write(s.Grade);
            w.Write(s.Text);
            WriteNullable(w, s.Perspicuity, (w, p) => w.Write(p));
        });
    }

    private static HandoutQuality ReadQuality(BinaryReader r) => new(
        r.ReadString(), r.ReadString(), r.ReadString(), r.ReadString(), DateOnly.FromDayNumber(r.ReadInt32()), r.ReadString(), r.ReadInt32(), DateOnly.FromDayNumber(r.ReadInt32()),
        ReadList(r, ReadVariant),
        ReadList(r, r => new HardSentence(r.ReadInt32(), r.ReadInt32(), r.ReadDouble(), r.ReadString(), ReadNullable(r, r => r.ReadDouble()))));

    private static void WriteVariant(BinaryWriter w, VariantQuality v)
    {
        w.Write(v.Id);
        w.Write(v.Label);
        w.Write(v.Sentences);
        w.Write(v.Words);
        w.Write(v.WordsPerSentence);
        w.Write(v.LongestSentenceWords);
        WriteNullable(w, v.Grade, (w, x) => w.Write(x));
        WriteNullable(w, v.ReadingEase, (w, x) => w.Write(x));
        WriteNullable(w, v.Smog, (w, x) => w.Write(x));
        w.Write((int)v.Status);
        WriteOptional(w, v.Spanish, (w, s) =>
        {
            w.Write(s.FernandezHuerta);
            w.Write(s.SzigrisztPazos);
            w.Write(s.Stats.Sentences);
            w.Write(s.Stats.Words);
            w.Write(s.Stats.Syllables);
            w.Write(s.Stats.PolysyllableWords);
            w.Write(s.Stats.LongestSentenceWords);
        });
    }

    private static VariantQuality ReadVariant(BinaryReader r) => new(
        r.ReadString(), r.ReadString(), r.ReadInt32(), r.ReadInt32(), r.ReadDouble(), r.ReadInt32(),
        ReadNullable(r, r => r.ReadDouble()), ReadNullable(r, r => r.ReadDouble()), ReadNullable(r, r => r.ReadDouble()),
        (QualityStatus)r.ReadInt32(),
        ReadOptional(r, r => new SpanishScores(r.ReadDouble(), r.ReadDouble(), new TextStats(r.ReadInt32(), r.ReadInt32(), r.ReadInt32(), r.ReadInt32(), r.ReadInt32()))));

    private static void WriteList<T>(BinaryWriter w, IReadOnlyList<T> items, Action<BinaryWriter, T> write)
    {
        w.Write(items.Count);
        foreach (var item in items) write(w, item);
    }

    private static List<T> ReadList<T>(BinaryReader r, Func<BinaryReader, T> read)
    {
        var count = r.ReadInt32();
        if (count < 0 || count > r.BaseStream.Length) throw new FormatException("bad count");
        var items = new List<T>(count);
        for (var i = 0; i < count; i++) items.Add(read(r));
        return items;
    }

    private static void WriteOptional<T>(BinaryWriter w, T? value, Action<BinaryWriter, T> write)
        where T : class
    {
        w.Write(value is not null);
        if (value is not null) write(w, value);
    }

    private static void WriteNullable<T>(BinaryWriter w, T? value, Action<BinaryWriter, T> write)
        where T : struct
    {
        w.Write(value.HasValue);
        if (value is { } v) write(w, v);
    }

    private static T? ReadOptional<T>(BinaryReader r, Func<BinaryReader, T> read)
        where T : class => r.ReadBoolean() ? read(r) : null;

    private static T? ReadNullable<T>(BinaryReader r, Func<BinaryReader, T> read)
        where T : struct => r.ReadBoolean() ? read(r) : null;
}
