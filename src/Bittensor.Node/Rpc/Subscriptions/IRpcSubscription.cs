namespace Bittensor.Node.Rpc.Subscriptions;

/// <summary>The connection's type-erased handle on one subscription.</summary>
internal interface IRpcSubscription
{
    string Id { get; }

    RpcSubscriptionSpec Spec { get; }

    /// <summary>Starts sending queued and future items; called once the subscribe response is on its way, so the client
    /// always learns the id before the first notification.</summary>
    void Activate();

    /// <summary>Ends the subscription (idempotent): drops queued items, fires the sink's <c>Closed</c> token.</summary>
    void Close(SubscriptionCloseReason reason);
}
