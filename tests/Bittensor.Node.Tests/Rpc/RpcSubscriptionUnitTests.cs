using Bittensor.Node.Rpc.Json;
using Bittensor.Node.Rpc.Subscriptions;
using Microsoft.Extensions.Logging.Abstractions;

namespace Bittensor.Node.Tests.Rpc;

public sealed class RpcSubscriptionUnitTests
{
    private static readonly RpcSubscriptionSpec Spec = new("test_subscribe", "test_unsubscribe", "test_note");

    /// <summary>An output that accepts nothing until released: a client that stopped reading.</summary>
    private sealed class StalledOutput : IRpcSubscriptionOutput
    {
        private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public List<byte[]> Sent { get; } = [];

        public void Release() => _release.TrySetResult();

        public async ValueTask SendAsync(byte[] message, CancellationToken cancellationToken)
        {
            await _release.Task.WaitAsync(cancellationToken);
            lock (Sent)
            {
                Sent.Add(message);
            }
        }
    }

    private static (RpcSubscription<int> Subscription, RpcSubscriptionRegistry Registry) Create(IRpcSubscriptionOutput output, int capacity = 4)
    {
        var registry = new RpcSubscriptionRegistry(output, maxSubscriptions: 8, bufferCapacity: capacity, NullLogger.Instance);
        var subscription = new RpcSubscription<int>(registry.NewId(), Spec, RpcJsonContext.Default.Int32, registry);
        Assert.Null(registry.TryAdd(subscription));
        return (subscription, registry);
    }

    [Fact]
    public void TryPublish_BeyondBufferCapacity_ClosesAsSlowConsumer()
    {
        var output = new StalledOutput();
        (RpcSubscription<int> subscription, RpcSubscriptionRegistry registry) = Create(output, capacity: 4);
        for (int i = 0; i < 4; i++)
        {
            Assert.True(subscription.TryPublish(i));
        }

        Assert.False(subscription.TryPublish(4));
        Assert.True(subscription.Closed.IsCancellationRequested);
        Assert.Equal(SubscriptionCloseReason.SlowConsumer, subscription.CloseReason);
        Assert.Equal(0, registry.Count);
        Assert.False(subscription.TryPublish(5));
    }

    [Fact]
    public async Task SlowConsumer_IsDetachedFromHub_OthersKeepReceiving()
    {
        var stalled = new StalledOutput();
        var flowing = new StalledOutput();
        flowing.Release();
        (RpcSubscription<int> slow, _) = Create(stalled, capacity: 2);
        // Room for every item: the fast consumer must never overflow however late the scheduler runs its sender,
        // so only the stalled one can be detached (a capacity of 2 made this depend on timing under load).
        (RpcSubscription<int> fast, _) = Create(flowing, capacity: 16);
        slow.Activate();
        fast.Activate();
        var hub = new SubscriptionHub<int>();
        hub.Attach(slow);
        hub.Attach(fast);

        for (int i = 0; i < 10; i++)
        {
            hub.Publish(i);
        }

        Assert.Equal(SubscriptionCloseReason.SlowConsumer, slow.CloseReason);
        Assert.Equal(1, hub.Count);
        Assert.False(fast.Closed.IsCancellationRequested);
        Assert.True(await Infrastructure.Eventually.TrueAsync(() =>
        {
            lock (flowing.Sent)
            {
                return flowing.Sent.Count == 10;
            }
        }));
    }

    [Fact]
    public async Task Notifications_AreHeldUntilActivated()
    {
        var output = new StalledOutput();
        output.Release();
        (RpcSubscription<int> subscription, _) = Create(output);
        subscription.TryPublish(1);
        await Task.Delay(50);
        Assert.Empty(output.Sent);
        subscription.Activate();
        Assert.True(await Infrastructure.Eventually.TrueAsync(() =>
        {
            lock (output.Sent)
            {
                return output.Sent.Count == 1;
            }
        }));
        Assert.Equal(
            $$$"""{"jsonrpc":"2.0","method":"test_note","params":{"subscription":"{{{subscription.Id}}}","result":1}}""",
            System.Text.Encoding.UTF8.GetString(output.Sent[0]));
    }

    [Fact]
    public void Close_IsIdempotent_AndKeepsFirstReason()
    {
        (RpcSubscription<int> subscription, RpcSubscriptionRegistry registry) = Create(new StalledOutput());
        subscription.Close(SubscriptionCloseReason.Unsubscribed);
        subscription.Close(SubscriptionCloseReason.ConnectionClosed);
        Assert.Equal(SubscriptionCloseReason.Unsubscribed, subscription.CloseReason);
        Assert.Equal(0, registry.Count);
    }

    [Fact]
    public void Registry_CloseAll_ClosesEverySubscriptionAndRefusesNewOnes()
    {
        var output = new StalledOutput();
        (RpcSubscription<int> first, RpcSubscriptionRegistry registry) = Create(output);
        var second = new RpcSubscription<int>(registry.NewId(), Spec, RpcJsonContext.Default.Int32, registry);
        Assert.Null(registry.TryAdd(second));
        registry.CloseAll();
        Assert.Equal(SubscriptionCloseReason.ConnectionClosed, first.CloseReason);
        Assert.True(second.Closed.IsCancellationRequested);
        var third = new RpcSubscription<int>(registry.NewId(), Spec, RpcJsonContext.Default.Int32, registry);
        Assert.NotNull(registry.TryAdd(third));
    }

    [Fact]
    public void Hub_AttachWithLatest_SendsLastPublishedValueFirst()
    {
        var hub = new SubscriptionHub<int>();
        (RpcSubscription<int> early, _) = Create(new StalledOutput());
        hub.Attach(early, sendLatest: true);
        hub.Publish(1);
        hub.Publish(2);
        (RpcSubscription<int> late, _) = Create(new StalledOutput());
        hub.Attach(late, sendLatest: true);
        hub.Publish(3);
        Assert.Equal([1, 2, 3], Drain(early));
        Assert.Equal([2, 3], Drain(late));
    }

    [Fact]
    public void Hub_AttachClosedSink_DetachesImmediately()
    {
        var hub = new SubscriptionHub<int>();
        (RpcSubscription<int> subscription, _) = Create(new StalledOutput());
        subscription.Close(SubscriptionCloseReason.Unsubscribed);
        hub.Attach(subscription);
        Assert.Equal(0, hub.Count);
    }

    private static List<int> Drain(RpcSubscription<int> subscription)
    {
        var items = new List<int>();
        var field = typeof(RpcSubscription<int>).GetField("_channel", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!;
        var channel = (System.Threading.Channels.Channel<int>)field.GetValue(subscription)!;
        while (channel.Reader.TryRead(out int item))
        {
            items.Add(item);
        }

        return items;
    }
}
