using Bittensor.Node.Rpc.Subscriptions;

namespace Bittensor.Node.Rpc;

/// <summary>The connection a message came in on, as the dispatcher sees it.</summary>
internal interface IRpcSession
{
    RpcTransport Transport { get; }

    long ConnectionId { get; }

    /// <summary>The connection's subscriptions; null where subscriptions are not possible (HTTP).</summary>
    RpcSubscriptionRegistry? Subscriptions { get; }
}
