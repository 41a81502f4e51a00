namespace Bittensor.Node.Rpc;

/// <summary>What a handler may know about the call besides its parameters.</summary>
internal sealed class RpcCallContext
{
    public RpcCallContext(string method, RpcTransport transport, long connectionId, CancellationToken cancellationToken)
    {
        Method = method;
        Transport = transport;
        ConnectionId = connectionId;
        CancellationToken = cancellationToken;
    }

    /// <summary>The name the client called (an alias stays an alias).</summary>
    public string Method { get; }

    public RpcTransport Transport { get; }

    /// <summary>Unique per connection (per HTTP request for HTTP) for the life of the process.</summary>
    public long ConnectionId { get; }

    /// <summary>Cancelled when the client goes away or the node stops.</summary>
    public CancellationToken CancellationToken { get; }
}
