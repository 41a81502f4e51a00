namespace Bittensor.Sdk.Chain.Rpc;

/// <summary>Limits and timing of a <see cref="JsonRpcWebSocketClient"/>.</summary>
public sealed class JsonRpcClientOptions
{
    /// <summary>Per-call timeout when the caller passes none.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Timeout of one connection attempt.</summary>
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The largest message accepted from the node. V15 metadata is ~600 KB of hex in one frame and a subnet's
    /// full neuron list several MB, so the default is generous; a larger message closes the connection.
    /// </summary>
    public int MaxMessageBytes { get; set; } = 64 * 1024 * 1024;

    /// <summary>First delay before reconnecting after the socket drops; doubled after each failed attempt.</summary>
    public TimeSpan ReconnectInitialDelay { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>Upper bound of the reconnect delay.</summary>
    public TimeSpan ReconnectMaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Reconnect attempts before giving up (then every call fails); 0 disables reconnecting.</summary>
    public int MaxReconnectAttempts { get; set; } = 10;

    /// <summary>Notifications buffered per subscription before the oldest are dropped (a slow reader must not grow memory).</summary>
    public int SubscriptionBufferSize { get; set; } = 1024;

    /// <summary>WebSocket keep-alive ping interval.</summary>
    public TimeSpan KeepAliveInterval { get; set; } = TimeSpan.FromSeconds(20);

    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(RequestTimeout, TimeSpan.Zero, nameof(RequestTimeout));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(ConnectTimeout, TimeSpan.Zero, nameof(ConnectTimeout));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxMessageBytes, 1024, nameof(MaxMessageBytes));
        ArgumentOutOfRangeException.ThrowIfNegative(MaxReconnectAttempts, nameof(MaxReconnectAttempts));
        ArgumentOutOfRangeException.ThrowIfLessThan(SubscriptionBufferSize, 1, nameof(SubscriptionBufferSize));
    }
}
