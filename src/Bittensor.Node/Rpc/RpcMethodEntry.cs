using Bittensor.Node.Rpc.Subscriptions;

namespace Bittensor.Node.Rpc;

/// <summary>One row of the method table; aliases share the row of their canonical name.</summary>
internal sealed class RpcMethodEntry
{
    private RpcMethodEntry(string name, RpcMethodKind kind)
    {
        Name = name;
        Kind = kind;
    }

    /// <summary>The canonical name.</summary>
    public string Name { get; }

    public RpcMethodKind Kind { get; }

    /// <summary>For <see cref="RpcMethodKind.Call"/>: runs the method and returns its result as UTF-8 JSON.</summary>
    public Func<RpcParams, RpcCallContext, ValueTask<byte[]>>? Call { get; private init; }

    /// <summary>For <see cref="RpcMethodKind.Subscribe"/>: creates, registers and starts a subscription (not yet activated).</summary>
    public Func<RpcParams, RpcCallContext, RpcSubscriptionRegistry, ValueTask<IRpcSubscription>>? Subscribe { get; private init; }

    /// <summary>For subscribe and unsubscribe entries.</summary>
    public RpcSubscriptionSpec? Spec { get; private init; }

    public static RpcMethodEntry ForCall(string name, Func<RpcParams, RpcCallContext, ValueTask<byte[]>> call) =>
        new(name, RpcMethodKind.Call) { Call = call };

    public static RpcMethodEntry ForSubscribe(
        RpcSubscriptionSpec spec, Func<RpcParams, RpcCallContext, RpcSubscriptionRegistry, ValueTask<IRpcSubscription>> subscribe) =>
        new(spec.Subscribe, RpcMethodKind.Subscribe) { Subscribe = subscribe, Spec = spec };

    public static RpcMethodEntry ForUnsubscribe(RpcSubscriptionSpec spec) => new(spec.Unsubscribe, RpcMethodKind.Unsubscribe) { Spec = spec };
}
