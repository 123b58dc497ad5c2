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
    public void Numbers_have_at_most_three_decimals_and_no_negative_zero(double value, string expected) =>
        Assert.Equal(expected, PdfSyntax.Num(value));

    [Fact]
    public void Text_strings_are_ascii_literals_or_utf16_with_a_byte_order_mark()
    {
        Assert.Equal("(Bones \\(and\\) you)", PdfSyntax.Text("Bones (and) you"));
        Assert.Equal("<FEFF00E9>", PdfSyntax.Text("é"));
    }
}
