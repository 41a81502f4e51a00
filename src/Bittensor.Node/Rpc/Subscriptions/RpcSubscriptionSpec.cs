namespace Bittensor.Node.Rpc.Subscriptions;

/// <summary>
/// The wire names of one subscription kind, e.g. subscribe <c>chain_subscribeNewHeads</c> (aliases
/// <c>chain_subscribeNewHead</c>, <c>subscribe_newHead</c>), unsubscribe <c>chain_unsubscribeNewHeads</c>, notification
/// <c>chain_newHead</c>. An unsubscribe method only ends subscriptions of its own kind, as in jsonrpsee.
/// </summary>
internal sealed record RpcSubscriptionSpec(string Subscribe, string Unsubscribe, string Notification)
{
    /// <summary>Other names of the subscribe method; each is listed by <c>rpc_methods</c>.</summary>
    public IReadOnlyList<string> SubscribeAliases { get; init; } = [];

    /// <summary>Other names of the unsubscribe method; each is listed by <c>rpc_methods</c>.</summary>
    public IReadOnlyList<string> UnsubscribeAliases { get; init; } = [];
}
