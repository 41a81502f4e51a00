using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using Microsoft.Extensions.Logging;

namespace Bittensor.Node.Rpc.Subscriptions;

/// <summary>
/// The subscriptions of one WebSocket connection: enforces <c>Rpc:MaxSubscriptionsPerConnection</c>, finds a
/// subscription for its unsubscribe method, and closes them all when the socket goes.
/// </summary>
internal sealed class RpcSubscriptionRegistry
{
    /// <summary>Substrate's id alphabet and length (jsonrpsee <c>RandomStringIdProvider</c> with 16 characters).</summary>
    private const string IdAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private const int IdLength = 16;

    private readonly Lock _lock = new();
    private readonly Dictionary<string, IRpcSubscription> _subscriptions = new(StringComparer.Ordinal);
    private bool _closed;

    public RpcSubscriptionRegistry(IRpcSubscriptionOutput output, int maxSubscriptions, int bufferCapacity, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(logger);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxSubscriptions, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(bufferCapacity, 1);
        Output = output;
        MaxSubscriptions = maxSubscriptions;
        BufferCapacity = bufferCapacity;
        Logger = logger;
    }

    public IRpcSubscriptionOutput Output { get; }

    public int MaxSubscriptions { get; }

    /// <summary>Items each subscription may queue before it counts as a slow consumer.</summary>
    public int BufferCapacity { get; }

    public ILogger Logger { get; }

    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _subscriptions.Count;
            }
        }
    }

    /// <summary>A fresh id, unique on this connection.</summary>
    public string NewId()
    {
        while (true)
        {
            string id = RandomNumberGenerator.GetString(IdAlphabet, IdLength);
            lock (_lock)
            {
                if (!_subscriptions.ContainsKey(id))
                {
                    return id;
                }
            }
        }
    }

    /// <summary>Adds <paramref name="subscription"/>; the error to answer with when the limit is reached or the connection is closing.</summary>
    public RpcError? TryAdd(IRpcSubscription subscription)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        lock (_lock)
        {
            if (_closed)
            {
                return RpcErrors.Internal("the connection is closing");
            }

            if (_subscriptions.Count >= MaxSubscriptions)
            {
                return RpcErrors.TooManySubscriptions(MaxSubscriptions);
            }

            _subscriptions.Add(subscription.Id, subscription);
            return null;
        }
    }

    /// <summary>Takes out the subscription <paramref name="id"/> if it is of kind <paramref name="spec"/>.</summary>
    public bool TryRemove(string id, RpcSubscriptionSpec spec, [NotNullWhen(true)] out IRpcSubscription? subscription)
    {
        lock (_lock)
        {
            if (_subscriptions.TryGetValue(id, out subscription) && ReferenceEquals(subscription.Spec, spec))
            {
                _subscriptions.Remove(id);
                return true;
            }
        }

        subscription = null;
        return false;
    }

    /// <summary>Forgets a subscription that ended by itself.</summary>
    public void Remove(IRpcSubscription subscription)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        lock (_lock)
        {
            if (_subscriptions.TryGetValue(subscription.Id, out IRpcSubscription? current) && ReferenceEquals(current, subscription))
            {
                _subscriptions.Remove(subscription.Id);
            }
        }
    }

    /// <summary>Closes every subscription and refuses new ones; called when the socket closes.</summary>
    public void CloseAll()
    {
        IRpcSubscription[] all;
        lock (_lock)
        {
            _closed = true;
            all = [.. _subscriptions.Values];
            _subscriptions.Clear();
        }

        foreach (IRpcSubscription subscription in all)
        {
            subscription.Close(SubscriptionCloseReason.ConnectionClosed);
        }
    }
}
