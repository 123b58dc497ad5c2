using System.ComponentModel;
using System.Diagnostics;

namespace Handouts.Tests.Support;

/// <summary>Reads the QR codes printed on a PDF page as a phone would see them: the page rendered at 200 dpi by
/// poppler's pdftoppm, the codes decoded by zbar's zbarimg, as CI checks a handout's code. Both tools are required
/// (.ci/run installs zbar-tools and poppler-utils): a test that cannot decode fails and says what to install, rather
/// than passing unchecked.</summary>
internal static class QrDecoder
{
    public static List<string> Decode(string pdf, int page = 1)
    {
        var dir = Path.Combine(Path.GetTempPath(), "handouts-qr-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            var p = page.ToString(System.Globalization.CultureInfo.InvariantCulture);
            Run("pdftoppm", ["-r", "200", "-png", "-f", p, "-l", p, pdf, Path.Combine(dir, "page")]);
            var png = Assert.Single(Directory.GetFiles(dir, "*.png"));

            // zbarimg exits 4 when it finds no code; that is a result here, not a failure of the tool.
            return Run("zbarimg", ["-q", "--raw", png], allowed: [0, 4]).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static string Run(string tool, string[] arguments, int[]? allowed = null)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in arguments) start.ArgumentList.Add(a);
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (Win32Exception e)
        {
            Assert.Fail($"{tool} is needed to decode the printed QR codes and was not found ({e.Message}): install zbar-tools and poppler-utils (apt-get install zbar-tools poppler-utils), as .ci/run does");
            throw;
        }

        using (process)
        {
            var stderr = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            Assert.True((allowed ?? [0]).Contains(process.ExitCode), $"{tool} exited {process.ExitCode}: {stderr.Result}");
            return output;
        }
    }
}
