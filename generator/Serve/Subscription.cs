using System.Threading.Channels;

namespace Handouts.Serve;

/// <summary>One open page's messages, in order.</summary>
internal sealed class Subscription(ChannelReader<string> messages, Action leave) : IDisposable
{
    public ChannelReader<string> Messages => messages;

    public void Dispose() => leave();
}
