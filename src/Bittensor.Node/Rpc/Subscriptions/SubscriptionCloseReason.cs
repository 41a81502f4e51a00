namespace Bittensor.Node.Rpc.Subscriptions;

/// <summary>Why a subscription ended.</summary>
internal enum SubscriptionCloseReason
{
    /// <summary>The client called the unsubscribe method.</summary>
    Unsubscribed,

    /// <summary>The WebSocket closed or the node is stopping.</summary>
    ConnectionClosed,

    /// <summary>The producer published faster than the client read and the buffer filled.</summary>
    SlowConsumer,

    /// <summary>The producer called <see cref="ISubscriptionSink{T}.Complete"/> and every queued item was sent.</summary>
    Completed,

    /// <summary>The subscribe handler failed, or an item could not be serialized.</summary>
    Failed,
}
