using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading.Channels;
using Bittensor.Node.Rpc.Json;

namespace Bittensor.Node.Rpc.Subscriptions;

/// <summary>
/// One client subscription: a bounded channel between the producer (<see cref="TryPublish"/>) and a pump task that
/// turns each item into <c>{"jsonrpc":"2.0","method":"&lt;notification&gt;","params":{"subscription":"&lt;id&gt;","result":…}}</c>
/// and queues it on the connection.
/// </summary>
#pragma warning disable CA1001 // _closed has no timer or linked tokens, so undisposed it holds nothing; disposing it would race the
// producers that still read Closed, and nobody owns the subscription's end of life to call Dispose.
internal sealed class RpcSubscription<T> : ISubscriptionSink<T>, IRpcSubscription
#pragma warning restore CA1001
{
    private readonly Channel<T> _channel;
    private readonly CancellationTokenSource _closed = new();
    private readonly JsonTypeInfo<T> _itemType;
    private readonly RpcSubscriptionRegistry _registry;
    private int _state; // 0 open, 1 closed
    private int _activated;
    private volatile bool _completed;

    public RpcSubscription(string id, RpcSubscriptionSpec spec, JsonTypeInfo<T> itemType, RpcSubscriptionRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(itemType);
        ArgumentNullException.ThrowIfNull(registry);
        Id = id;
        Spec = spec;
        _itemType = itemType;
        _registry = registry;
        _channel = Channel.CreateBounded<T>(new BoundedChannelOptions(registry.BufferCapacity)
        {
            SingleReader = true,
            SingleWriter = false,
            FullMode = BoundedChannelFullMode.Wait,
        });
    }

    public string Id { get; }

    public RpcSubscriptionSpec Spec { get; }

    public CancellationToken Closed => _closed.Token;

    /// <summary>Why the subscription ended; meaningful once <see cref="Closed"/> fired.</summary>
    public SubscriptionCloseReason CloseReason { get; private set; }

    /// <summary>Completes when the pump has stopped (or at once if never activated and closed).</summary>
    public Task Completion { get; private set; } = Task.CompletedTask;

    public bool TryPublish(T item)
    {
        if (Volatile.Read(ref _state) != 0)
        {
            return false;
        }

        if (_channel.Writer.TryWrite(item))
        {
            return true;
        }

        // TryWrite fails on a full buffer or after Complete; a full buffer means the client does not keep up.
        if (!_completed)
        {
            RpcLog.SlowConsumer(_registry.Logger, Spec.Notification, Id, _registry.BufferCapacity);
            Close(SubscriptionCloseReason.SlowConsumer);
        }

        return false;
    }

    public bool TryPublishLast(T item)
    {
        if (Volatile.Read(ref _state) != 0)
        {
            return false;
        }

        _completed = true;
        bool written = _channel.Writer.TryWrite(item);
        _channel.Writer.TryComplete();
        if (!written)
        {
            RpcLog.SlowConsumer(_registry.Logger, Spec.Notification, Id, _registry.BufferCapacity);
            Close(SubscriptionCloseReason.SlowConsumer);
        }

        return written;
    }

    public void Complete()
    {
        _completed = true;
        _channel.Writer.TryComplete();
    }

    public void Activate()
    {
        if (Interlocked.Exchange(ref _activated, 1) == 0)
        {
            Completion = Task.Run(PumpAsync);
        }
    }

    public void Close(SubscriptionCloseReason reason)
    {
        if (Interlocked.Exchange(ref _state, 1) != 0)
        {
            return;
        }

        CloseReason = reason;
        _channel.Writer.TryComplete();
        _registry.Remove(this);
        _closed.Cancel();
    }

    /// <summary>The notification message for one item.</summary>
    internal byte[] Serialize(T item)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer, RpcJson.WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteString("jsonrpc", "2.0");
            writer.WriteString("method", Spec.Notification);
            writer.WriteStartObject("params");
            writer.WriteString("subscription", Id);
            writer.WritePropertyName("result");
            JsonSerializer.Serialize(writer, item, _itemType);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    private async Task PumpAsync()
    {
        SubscriptionCloseReason reason = SubscriptionCloseReason.Completed;
        CancellationToken closed = _closed.Token;
        try
        {
            await foreach (T item in _channel.Reader.ReadAllAsync(closed).ConfigureAwait(false))
            {
                byte[] message;
                try
                {
                    message = Serialize(item);
                }
                catch (Exception ex) when (ex is JsonException or NotSupportedException or InvalidOperationException)
                {
                    RpcLog.NotificationFailed(_registry.Logger, Spec.Notification, Id, ex);
                    reason = SubscriptionCloseReason.Failed;
                    break;
                }

                if (_completed && _channel.Reader.Count == 0)
                {
                    // The producer's last item (e.g. a transaction's final status): leave the registry before the client can
                    // read it, so an unsubscribe sent in reply finds the subscription already gone, as in Substrate.
                    _registry.Remove(this);
                }

                await _registry.Output.SendAsync(message, closed).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (closed.IsCancellationRequested)
        {
            // Closed by unsubscribe, socket close or slow consumer: the reason is already recorded.
        }
        catch (ChannelClosedException)
        {
            // The connection's outgoing queue closed under us: the socket is going away.
            reason = SubscriptionCloseReason.ConnectionClosed;
        }
        finally
        {
            Close(reason);
        }
    }
}
