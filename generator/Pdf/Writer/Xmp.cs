using System.Globalization;
using System.Security;

namespace Handouts.Pdf.Writer;

/// <summary>The XMP metadata packet: Dublin Core title, description, language and keywords, dates from the review
/// date (never the clock), and the PDF/UA identification. Values are escaped and stripped of characters XML forbids:
/// one control character from front matter would make the whole packet unreadable.</summary>
internal static class Xmp
{
    public static string Packet(PdfMetadata m)
    {
        static string X(string s) => SecurityElement.Escape(XmlChars.Legal(s)) ?? "";
        var date = m.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z";
        return $"""
            <?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?>
            <x:xmpmeta xmlns:x="adobe:ns:meta/">
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
            <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/" xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">
            <dc:format>application/pdf</dc:format>
            <dc:title><rdf:Alt><rdf:li xml:lang="x-default">{X(m.Title)}</rdf:li></rdf:Alt></dc:title>
            <dc:description><rdf:Alt><rdf:li xml:lang="x-default">{X(m.Subject)}</rdf:li></rdf:Alt></dc:description>
            <dc:creator><rdf:Seq><rdf:li>{X(m.Author)}</rdf:li></rdf:Seq></dc:creator>
            <dc:language><rdf:Bag><rdf:li>{X(m.Language)}</rdf:li></rdf:Bag></dc:language>
            <pdf:Keywords>{X(m.Keywords)}</pdf:Keywords>
            <pdf:Producer>Handouts</pdf:Producer>
            <xmp:CreatorTool>Handouts</xmp:CreatorTool>
            <xmp:CreateDate>{date}</xmp:CreateDate>
            <xmp:ModifyDate>{date}</xmp:ModifyDate>
            <xmp:MetadataDate>{date}</xmp:MetadataDate>
            <pdfuaid:part>1</pdfuaid:part>
            </rdf:Description>
            </rdf:RDF>
            </x:xmpmeta>
            <?xpacket end="w"?>
            """;
    }
}
