namespace Handouts.Content;

/// <summary>Splits <c>---</c> YAML front matter from the Markdown body, keeping the line each starts on.</summary>
internal readonly record struct FrontMatter(string Yaml, int YamlLine, string Body, int BodyLine)
{
    public static FrontMatter? Split(string text)
    {
        if (text.StartsWith('\uFEFF')) text = text[1..];
        text = text.Replace("\r\n", "\n", StringComparison.Ordinal);
        if (!text.StartsWith("---\n", StringComparison.Ordinal)) return null;
        var line = 2;
        var pos = 4;
        while (pos <= text.Length)
        {
            var end = text.IndexOf('\n', pos);
            var current = end < 0 ? text[pos..] : text[pos..end];
            if (current.TrimEnd() == "---")
            {
                var body = end < 0 ? "" : text[(end + 1)..];
                return new FrontMatter(text[4..pos], 2, body, line + 1);
            }

            if (end < 0) break;
            pos = end + 1;
            line++;
        }

        return null;
    }
}
