using Handouts.Pdf.Writer;

namespace Handouts.Tests.Pdf;

public sealed class PdfSyntaxTests
{
    [Theory]
    [InlineData(0, "0")]
    [InlineData(-0.0001, "0")]
    [InlineData(12, "12")]
    [InlineData(12.5, "12.5")]
    [InlineData(0.1234, "0.123")]
    [InlineData(-3.14159, "-3.142")]
    [InlineData(595.28, "595.28")]
    [InlineData(1.0005, "1.001")]
    [InlineData(-0.05, "-0.05")]
    [InlineData(100.0999, "100.1")]
    [InlineData(double.NaN, "0")]
    [InlineData(-1e308, "-1000000000")]
    [InlineData(double.PositiveInfinity, "1000000000")]
    public void Numbers_have_at_most_three_decimals_and_no_negative_zero(double value, string expected) =>
        Assert.Equal(expected, PdfSyntax.Num(value));

    [Fact]
    public void Text_strings_are_ascii_literals_or_utf16_with_a_byte_order_mark()
    {
        Assert.Equal("(Bones \\(and\\) you)", PdfSyntax.Text("Bones (and) you"));
        Assert.Equal("<FEFF00E9>", PdfSyntax.Text("é"));
    }

    [Theory]
    [InlineData("https://example.org/osteoporosis", "https://example.org/osteoporosis")]
    [InlineData("https://example.org/cáncer", "https://example.org/c%C3%A1ncer")]
    [InlineData("https://bücher.example/a?q=ñ#á", "https://xn--bcher-kva.example/a?q=%C3%B1#%C3%A1")]
    [InlineData("https://example.org/a b", "https://example.org/a%20b")]
    [InlineData("not a uri é", "not%20a%20uri%20%C3%A9")]
    public void Link_addresses_are_ascii(string uri, string expected) => Assert.Equal(expected, PdfUri.Ascii(uri));

    [Theory]
    [InlineData("P", "/P")]
    [InlineData("P /ActualText (x)", "/P#20#2FActualText#20#28x#29")]
    [InlineData("Noto\u00e9", "/Noto#C3#A9")]
    public void Names_escape_whatever_could_end_them(string name, string expected) => Assert.Equal(expected, PdfSyntax.Name(name));
}
