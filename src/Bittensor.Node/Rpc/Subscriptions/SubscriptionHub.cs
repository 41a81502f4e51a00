using System.Collections.Immutable;

namespace Bittensor.Node.Rpc.Subscriptions;

/// <summary>
/// A broadcast source for one kind of notification (new heads, finalized heads, runtime version): producers call
/// <see cref="Publish"/>, subscribe handlers call <see cref="Attach"/>. Sinks leave by themselves when their
/// subscription closes. Publishing never blocks: each sink has its own bounded buffer (see <see cref="ISubscriptionSink{T}"/>).
/// </summary>
/// <remarks>
/// The hub remembers the last published item, and <see cref="Attach"/> can send it first under the same lock as
/// <see cref="Publish"/>, so a new subscriber gets the current value and then every later one, with none missed or
/// repeated (Substrate sends the current head / runtime version right after subscribing).
/// </remarks>
internal sealed class SubscriptionHub<T>
{
    private readonly Lock _lock = new();
    private ImmutableArray<ISubscriptionSink<T>> _sinks = [];
    private bool _hasLatest;
    private T? _latest;

    /// <summary>Number of attached sinks.</summary>
    public int Count => _sinks.Length;

    /// <summary>The last published item, if any.</summary>
    public bool TryGetLatest(out T? latest)
    {
        lock (_lock)
        {
            latest = _latest;
            return _hasLatest;
        }
    }

    /// <summary>Adds <paramref name="sink"/>; with <paramref name="sendLatest"/>, first queues the last published item.</summary>
    public void Attach(ISubscriptionSink<T> sink, bool sendLatest = false)
    {
        ArgumentNullException.ThrowIfNull(sink);
        lock (_lock)
        {
            if (sendLatest && _hasLatest)
            {
                sink.TryPublish(_latest!);
            }

            _sinks = _sinks.Add(sink);
        }

        // Runs at once if the sink is already closed.
        sink.Closed.Register(static state =>
        {
            var (hub, closedSink) = ((SubscriptionHub<T>, ISubscriptionSink<T>))state!;
            hub.Detach(closedSink);
        }, (this, sink));
    }

    /// <summary>Removes <paramref name="sink"/> (no-op when absent).</summary>
    public void Detach(ISubscriptionSink<T> sink)
    {
        lock (_lock)
        {
            _sinks = _sinks.Remove(sink);
        }
    }

    /// <summary>Queues <paramref name="item"/> on every sink and remembers it as the latest; returns how many took it.</summary>
    public int Publish(T item)
    {
        lock (_lock)
        {
            _latest = item;
            _hasLatest = true;
            int delivered = 0;
            foreach (ISubscriptionSink<T> sink in _sinks)
            {
                if (sink.TryPublish(item))
                {
                    delivered++;
                }
            }

            return delivered;
        }
    }

    /// <summary>Completes every attached sink (e.g. at shutdown) and empties the hub.</summary>
    public void CompleteAll()
    {
        ImmutableArray<ISubscriptionSink<T>> sinks;
        lock (_lock)
        {
            sinks = _sinks;
            _sinks = [];
        }

        foreach (ISubscriptionSink<T> sink in sinks)
        {
            sink.Complete();
        }
    }
}
