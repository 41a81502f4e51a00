namespace Bittensor.Node.Rpc.Subscriptions;

/// <summary>Where a connection's subscriptions send their notifications (the WebSocket's outgoing queue).</summary>
internal interface IRpcSubscriptionOutput
{
    /// <summary>Queues one complete JSON message; waits while the connection's outgoing queue is full.</summary>
    ValueTask SendAsync(byte[] message, CancellationToken cancellationToken);
}
