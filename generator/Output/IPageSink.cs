namespace Handouts.Output;

/// <summary>Where rendered files go: the staging folder of a build, or nowhere for <c>handouts check</c>.</summary>
internal interface IPageSink
{
    void WriteText(string relativePath, string text);

    void WriteBytes(string relativePath, ReadOnlySpan<byte> bytes);

    void CopyFile(string source, string relativePath);
}
