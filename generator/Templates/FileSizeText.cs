using System.Globalization;

namespace Handouts.Templates;

/// <summary>A file's size as a reader on a phone plan weighs it: whole kilobytes (rounded up, so never "0 KB"), or
/// megabytes with one decimal from 1 MB, the decimal mark in the page's language.</summary>
internal static class FileSizeText
{
    private const long Kilobyte = 1024;
    private const long Megabyte = 1024 * 1024;

    public static string Format(long bytes, string decimalMark)
    {
        if (bytes < Megabyte) return $"{(bytes + Kilobyte - 1) / Kilobyte} KB";
        var megabytes = Math.Round(bytes / (double)Megabyte, 1, MidpointRounding.AwayFromZero);
        return megabytes.ToString("0.0", CultureInfo.InvariantCulture).Replace(".", decimalMark, StringComparison.Ordinal) + " MB";
    }
}
