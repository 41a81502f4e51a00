namespace Bittensor.Node.Rpc;

/// <summary>How a request arrived.</summary>
internal enum RpcTransport
{
    /// <summary>HTTP POST: one request or batch per exchange, no subscriptions.</summary>
    Http,

    /// <summary>A WebSocket connection: many messages, subscriptions allowed.</summary>
    WebSocket,
}
