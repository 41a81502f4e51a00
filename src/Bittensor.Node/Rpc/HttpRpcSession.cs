using Bittensor.Node.Rpc.Subscriptions;

namespace Bittensor.Node.Rpc;

/// <summary>One HTTP POST exchange: no subscriptions.</summary>
internal sealed class HttpRpcSession(long connectionId) : IRpcSession
{
    public RpcTransport Transport => RpcTransport.Http;

    public long ConnectionId { get; } = connectionId;

    public RpcSubscriptionRegistry? Subscriptions => null;
}
