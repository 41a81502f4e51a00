using System.Text;
using Bittensor.Node.Rpc.Json;
using Bittensor.Node.Rpc.Subscriptions;
using Microsoft.Extensions.Logging.Abstractions;

namespace Bittensor.Node.Tests.Rpc;

/// <summary>
/// A subscription's last item (author_submitAndWatchExtrinsic's final status, via <see cref="RpcSubscription{T}.TryPublishLast"/>)
/// is sent while the subscription is still open, after every earlier item, and only once the subscription has left the
/// connection's registry — so an unsubscribe the client sends on reading it finds nothing, as in Substrate. The items are
/// all queued before the pump is activated, so what the output sees does not depend on thread timing.
/// </summary>
public sealed class RpcSubscriptionFinalItemTests
{
    private static readonly RpcSubscriptionSpec Spec = new("test_subscribe", "test_unsubscribe", "test_note");

    /// <summary>Records each message with the state of the subscription at the moment it is handed to the socket.</summary>
    private sealed class RecordingOutput : IRpcSubscriptionOutput
    {
        public List<(string Message, int Registered, bool Closed)> Sent { get; } = [];

        public RpcSubscriptionRegistry? Registry { get; set; }

        public RpcSubscription<int>? Subscription { get; set; }

        public ValueTask SendAsync(byte[] message, CancellationToken cancellationToken)
        {
            lock (Sent)
            {
                Sent.Add((Encoding.UTF8.GetString(message), Registry!.Count, Subscription!.Closed.IsCancellationRequested));
            }

            return ValueTask.CompletedTask;
        }
    }

    [Fact]
    public async Task TryPublishLast_AfterEarlierItems_SentLastWhileOpenAndAfterLeavingRegistry()
    {
        (RpcSubscription<int> subscription, RpcSubscriptionRegistry registry, RecordingOutput output) = Create();
        Assert.True(subscription.TryPublish(1));
        Assert.True(subscription.TryPublish(2));
        Assert.True(subscription.TryPublishLast(3));

        subscription.Activate();
        await subscription.Completion.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal([1, 2, 3], output.Sent.Select(s => Result(s.Message)));
        Assert.Equal([1, 1, 0], output.Sent.Select(s => s.Registered));
        Assert.All(output.Sent, s => Assert.False(s.Closed));
        Assert.Equal(SubscriptionCloseReason.Completed, subscription.CloseReason);
        Assert.False(registry.TryRemove(subscription.Id, Spec, out _));
    }

    [Fact]
    public async Task TryPublishLast_AloneBeforeActivation_StillDelivered()
    {
        // A transaction that is final at once (e.g. invalid on submission) has no earlier status.
        (RpcSubscription<int> subscription, RpcSubscriptionRegistry registry, RecordingOutput output) = Create();
        Assert.True(subscription.TryPublishLast(7));
        Assert.False(subscription.TryPublish(8));

        subscription.Activate();
        await subscription.Completion.WaitAsync(TimeSpan.FromSeconds(10));

        (string message, int registered, bool closed) = Assert.Single(output.Sent);
        Assert.Equal(7, Result(message));
        Assert.Equal(0, registered);
        Assert.False(closed);
        Assert.Equal(0, registry.Count);
    }

    private static (RpcSubscription<int>, RpcSubscriptionRegistry, RecordingOutput) Create()
    {
        RecordingOutput output = new();
        RpcSubscriptionRegistry registry = new(output, maxSubscriptions: 8, bufferCapacity: 8, NullLogger.Instance);
        RpcSubscription<int> subscription = new(registry.NewId(), Spec, RpcJsonContext.Default.Int32, registry);
        Assert.Null(registry.TryAdd(subscription));
        output.Registry = registry;
        output.Subscription = subscription;
        return (subscription, registry, output);
    }

    private static int Result(string message)
    {
        using System.Text.Json.JsonDocument document = System.Text.Json.JsonDocument.Parse(message);
        return document.RootElement.GetProperty("params").GetProperty("result").GetInt32();
    }
}
