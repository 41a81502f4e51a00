namespace Bittensor.Node.Rpc.Subscriptions;

/// <summary>
/// The producer's end of one client subscription. <see cref="TryPublish"/> never blocks: items queue in a bounded
/// buffer (<c>Rpc:SubscriptionBufferCapacity</c>) that the connection drains; a subscriber whose buffer is full is a slow
/// consumer and its subscription is closed, the connection and its other subscriptions carry on (Substrate drops the
/// subscription the same way).
/// </summary>
internal interface ISubscriptionSink<in T>
{
    /// <summary>The id the client got from the subscribe call.</summary>
    string Id { get; }

    /// <summary>Cancelled when the subscription ends for any reason: unsubscribe, socket closed, slow consumer, completion.</summary>
    CancellationToken Closed { get; }

    /// <summary>Queues one notification; false when the subscription is closed or was just closed as a slow consumer.</summary>
    bool TryPublish(T item);

    /// <summary>Ends the subscription from the server side once queued items are sent (e.g. a watched extrinsic finalized).</summary>
    void Complete();

    /// <summary>
    /// Queues the last notification and completes: the subscription leaves the connection's registry before that notification
    /// goes out, so an unsubscribe the client sends on reading it already finds it gone.
    /// </summary>
    bool TryPublishLast(T item);
}
