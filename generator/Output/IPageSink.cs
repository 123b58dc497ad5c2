namespace Handouts.Output;

/// <summary>Where rendered files go: the staging folder of a build, or nowhere for <c>handouts check</c>. It takes
/// bytes, never a source path: what is copied from the content or templates folder was read through their
/// <c>FileRoot</c>, so the sink cannot be made to copy a file from anywhere else.</summary>
internal interface IPageSink
{
    void WriteText(string relativePath, string text);

    void WriteBytes(string relativePath, ReadOnlySpan<byte> bytes);

    /// <summary>Bytes no one changes any more (a finished file): a sink that keeps them need not copy them.</summary>
    void WriteFinished(string relativePath, byte[] bytes) => WriteBytes(relativePath, bytes);
}
