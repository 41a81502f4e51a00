using System.Text.Json;
using System.Threading.Channels;

namespace Bittensor.Sdk.Chain.Rpc;

/// <summary>
/// A live JSON-RPC subscription (<c>chain_subscribeNewHeads</c>, <c>author_submitAndWatchExtrinsic</c>, …): its
/// notifications' <c>result</c> values in arrival order. It survives reconnects (the client subscribes again and
/// keeps feeding the same reader); disposing unsubscribes. When the connection is lost for good the reader
/// completes with a <see cref="JsonRpcConnectionException"/>.
/// </summary>
public sealed class JsonRpcSubscription : IAsyncDisposable, IAsyncEnumerable<JsonElement>
{
    private readonly JsonRpcWebSocketClient _client;
    private readonly Channel<JsonElement> _channel;
    private int _disposed;

    internal JsonRpcSubscription(JsonRpcWebSocketClient client, string subscribeMethod, object?[] parameters, string unsubscribeMethod, int bufferSize)
    {
        _client = client;
        SubscribeMethod = subscribeMethod;
        Parameters = parameters;
        UnsubscribeMethod = unsubscribeMethod;
        _channel = Channel.CreateBounded<JsonElement>(new BoundedChannelOptions(bufferSize)
        {
            FullMode = BoundedChannelFullMode.DropOldest,
            SingleReader = false,
            SingleWriter = true,
        });
    }

    /// <summary>The node's subscription id (changes when the client re-subscribes after a reconnect).</summary>
    public string Id { get; internal set; } = string.Empty;

    public string SubscribeMethod { get; }

    public string UnsubscribeMethod { get; }

    /// <summary>How many times this subscription was re-issued after the socket dropped.</summary>
    public int Resubscriptions { get; internal set; }

    /// <summary>The notifications' <c>params.result</c> values.</summary>
    public ChannelReader<JsonElement> Notifications => _channel.Reader;

    internal object?[] Parameters { get; }

    internal bool IsDisposed => Volatile.Read(ref _disposed) != 0;

    /// <summary>Reads the next notification, or throws when the subscription ended.</summary>
    public async ValueTask<JsonElement> NextAsync(CancellationToken cancellationToken = default) =>
        await _channel.Reader.ReadAsync(cancellationToken).ConfigureAwait(false);

    public IAsyncEnumerator<JsonElement> GetAsyncEnumerator(CancellationToken cancellationToken = default) =>
        _channel.Reader.ReadAllAsync(cancellationToken).GetAsyncEnumerator(cancellationToken);

    /// <summary>Unsubscribes (best effort: a dead connection has no subscription left to cancel) and ends the reader.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        await _client.UnsubscribeAsync(this).ConfigureAwait(false);
        _channel.Writer.TryComplete();
    }

    internal void Publish(JsonElement result) => _channel.Writer.TryWrite(result);

    internal void Fail(Exception error) => _channel.Writer.TryComplete(error);
}
