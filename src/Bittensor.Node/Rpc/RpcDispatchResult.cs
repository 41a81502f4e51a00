using Bittensor.Node.Rpc.Subscriptions;

namespace Bittensor.Node.Rpc;

/// <summary>
/// What one incoming message produced: the bytes to send back (null when it held only notifications) and the
/// subscriptions it created, to <see cref="ActivateSubscriptions"/> once the response is queued, so that no
/// notification overtakes the subscribe response that carries its id.
/// </summary>
internal sealed class RpcDispatchResult
{
    public RpcDispatchResult(byte[]? response, IReadOnlyList<IRpcSubscription>? started = null)
    {
        Response = response;
        Started = started ?? [];
    }

    public byte[]? Response { get; }

    public IReadOnlyList<IRpcSubscription> Started { get; }

    public void ActivateSubscriptions()
    {
        foreach (IRpcSubscription subscription in Started)
        {
            subscription.Activate();
        }
    }

    /// <summary>Closes the created subscriptions when the response could not be delivered.</summary>
    public void AbandonSubscriptions()
    {
        foreach (IRpcSubscription subscription in Started)
        {
            subscription.Close(SubscriptionCloseReason.ConnectionClosed);
        }
    }
}
