using System.Globalization;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;

namespace Handouts.Pdf.Writer;

/// <summary>The QR codes of one document, each a form XObject written once however many pages show it: its dark
/// modules as one filled path in module units (y up, so exact integers). A code's resource name comes from its
/// modules, the same in every document, so page content can be written before the document is known; its stream is
/// compressed once per matrix.</summary>
internal sealed class QrResources
{
    private static readonly ConditionalWeakTable<bool[][], QrForm> Forms = [];
    private readonly List<bool[][]> used = [];

    public static string Name(bool[][] modules) => Form(modules).Name;

    public void Use(bool[][] modules)
    {
        if (!used.Contains(modules)) used.Add(modules);
    }

    /// <summary>The /XObject entries (<c>/Qr… 12 0 R</c>), in name order.</summary>
    public IEnumerable<(string Name, int Object)> Write(PdfFile pdf) =>
        used.Select(m => (Form(m).Name, Modules: m)).OrderBy(f => f.Name, StringComparer.Ordinal).Select(f =>
            (f.Name, pdf.AddDeflatedStream($" /Type /XObject /Subtype /Form /BBox [0 0 {f.Modules.Length} {f.Modules.Length}]", Form(f.Modules).Deflated)));

    private static QrForm Form(bool[][] modules) => Forms.GetValue(modules, static m =>
    {
        var path = new StringBuilder("0 0 0 rg\n");
        for (var r = 0; r < m.Length; r++)
        {
            for (var c = 0; c < m[r].Length;)
            {
                if (!m[r][c])
                {
                    c++;
                    continue;
                }

                var start = c;
                while (c < m[r].Length && m[r][c]) c++;
                path.Append(CultureInfo.InvariantCulture, $"{start} {m.Length - r - 1} {c - start} 1 re\n");
            }
        }

        var bytes = Encoding.ASCII.GetBytes(path.Append('f').ToString());
        return new QrForm("Qr" + Convert.ToHexString(SHA256.HashData(bytes), 0, 6), PdfFile.Deflate(bytes));
    });

    private sealed record QrForm(string Name, byte[] Deflated);
}
