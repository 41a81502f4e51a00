using System.Buffers;
using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization.Metadata;
using Bittensor.Node.Rpc.Json;
using Bittensor.Node.Rpc.Subscriptions;

namespace Bittensor.Node.Rpc;

/// <summary>
/// The explicit method table, keyed by Substrate wire name; aliases point at the same entry and <c>rpc_methods</c> lists
/// every name and alias (polkadot.js deletes from <c>api.rpc</c> whatever is not listed). HTTP and WebSocket share it.
/// </summary>
/// <example>
/// <code>
/// methods.Add("system_chain", _ => "Bittensor", RpcJsonContext.Default.String);
/// methods.Add("chain_getBlockHash", async (p, ctx) => await GetHashAsync(p, ctx), RpcJsonContext.Default.String, "chain_getHead");
/// methods.AddSubscription(
///     new RpcSubscriptionSpec("chain_subscribeNewHeads", "chain_unsubscribeNewHeads", "chain_newHead")
///     { SubscribeAliases = ["chain_subscribeNewHead", "subscribe_newHead"], UnsubscribeAliases = ["chain_unsubscribeNewHead", "unsubscribe_newHead"] },
///     ChainJsonContext.Default.HeaderJson,
///     (p, sink) => newHeads.Attach(sink, sendLatest: true));
/// </code>
/// </example>
internal sealed class RpcMethodTable
{
    private static readonly SearchValues<char> NameCharacters =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_");

    private readonly Dictionary<string, RpcMethodEntry> _entries = new(StringComparer.Ordinal);
    private FrozenDictionary<string, RpcMethodEntry>? _frozen;
    private string[]? _names;

    /// <summary>True once the server has started; no method can be added after that.</summary>
    public bool IsFrozen => _frozen is not null;

    /// <summary>Every registered name and alias, sorted ordinally (the order Substrate's <c>rpc_methods</c> gives).</summary>
    public IReadOnlyList<string> Names => _names ??= [.. _entries.Keys.Order(StringComparer.Ordinal)];

    /// <summary>Registers an asynchronous method.</summary>
    /// <param name="name">The canonical wire name, e.g. <c>chain_getBlockHash</c>.</param>
    /// <param name="handler">Returns the result, or throws <see cref="RpcException"/> for an error response.</param>
    /// <param name="resultType">Source-generated JSON metadata of the result.</param>
    /// <param name="aliases">Other names for the same method, e.g. <c>chain_getHead</c>.</param>
    public void Add<TResult>(string name, Func<RpcParams, RpcCallContext, ValueTask<TResult>> handler, JsonTypeInfo<TResult> resultType, params string[] aliases)
    {
        ArgumentNullException.ThrowIfNull(handler);
        ArgumentNullException.ThrowIfNull(resultType);
        AddEntry(RpcMethodEntry.ForCall(name, async (p, ctx) => RpcJson.Serialize(await handler(p, ctx).ConfigureAwait(false), resultType)), aliases);
    }

    /// <summary>Registers a synchronous method (most of Substrate's: lookups in memory or in the database).</summary>
    public void Add<TResult>(string name, Func<RpcParams, TResult> handler, JsonTypeInfo<TResult> resultType, params string[] aliases)
    {
        ArgumentNullException.ThrowIfNull(handler);
        ArgumentNullException.ThrowIfNull(resultType);
        AddEntry(RpcMethodEntry.ForCall(name, (p, _) => ValueTask.FromResult(RpcJson.Serialize(handler(p), resultType))), aliases);
    }

    /// <summary>
    /// Registers a subscription: its subscribe method (answering with the new id), its unsubscribe method (answering
    /// true, or false for an unknown id) and their aliases. <paramref name="onSubscribe"/> validates the parameters
    /// (throw <see cref="RpcException"/> to refuse: no subscription is created) and connects the sink to a producer,
    /// usually <see cref="SubscriptionHub{T}.Attach"/>. Items published before the client has the id are held back
    /// until the subscribe response is sent. Subscriptions exist only on WebSocket connections.
    /// </summary>
    public void AddSubscription<TItem>(RpcSubscriptionSpec spec, JsonTypeInfo<TItem> itemType, Func<RpcParams, ISubscriptionSink<TItem>, RpcCallContext, ValueTask> onSubscribe)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(itemType);
        ArgumentNullException.ThrowIfNull(onSubscribe);
        ValidateName(spec.Notification);

        async ValueTask<IRpcSubscription> StartAsync(RpcParams p, RpcCallContext ctx, RpcSubscriptionRegistry registry)
        {
            var subscription = new RpcSubscription<TItem>(registry.NewId(), spec, itemType, registry);
            if (registry.TryAdd(subscription) is { } refused)
            {
                throw refused.ToException();
            }

            try
            {
                await onSubscribe(p, subscription, ctx).ConfigureAwait(false);
            }
            catch
            {
                subscription.Close(SubscriptionCloseReason.Failed);
                throw;
            }

            return subscription;
        }

        AddEntry(RpcMethodEntry.ForSubscribe(spec, StartAsync), [.. spec.SubscribeAliases]);
        AddEntry(RpcMethodEntry.ForUnsubscribe(spec), [.. spec.UnsubscribeAliases]);
    }

    /// <summary>Registers a subscription whose set-up is synchronous.</summary>
    public void AddSubscription<TItem>(RpcSubscriptionSpec spec, JsonTypeInfo<TItem> itemType, Action<RpcParams, ISubscriptionSink<TItem>> onSubscribe)
    {
        ArgumentNullException.ThrowIfNull(onSubscribe);
        AddSubscription(spec, itemType, (p, sink, _) =>
        {
            onSubscribe(p, sink);
            return ValueTask.CompletedTask;
        });
    }

    public bool Contains(string name) => _entries.ContainsKey(name);

    public bool TryGet(string name, [NotNullWhen(true)] out RpcMethodEntry? entry) =>
        _frozen is { } frozen ? frozen.TryGetValue(name, out entry) : _entries.TryGetValue(name, out entry);

    /// <summary>Ends registration; lookups then use a frozen dictionary.</summary>
    public void Freeze()
    {
        _frozen ??= _entries.ToFrozenDictionary(StringComparer.Ordinal);
        _names = [.. _entries.Keys.Order(StringComparer.Ordinal)];
    }

    private void AddEntry(RpcMethodEntry entry, string[] aliases)
    {
        ArgumentNullException.ThrowIfNull(aliases);
        if (IsFrozen)
        {
            throw new InvalidOperationException($"RPC method '{entry.Name}' registered after the server started.");
        }

        string[] names = [entry.Name, .. aliases];
        foreach (string name in names)
        {
            ValidateName(name);
            if (_entries.ContainsKey(name) || Array.IndexOf(names, name) != Array.LastIndexOf(names, name))
            {
                throw new InvalidOperationException($"RPC method '{name}' is registered twice.");
            }
        }

        foreach (string name in names)
        {
            _entries.Add(name, entry);
        }

        _names = null;
    }

    private static void ValidateName(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (name.AsSpan().ContainsAnyExcept(NameCharacters))
        {
            throw new ArgumentException($"RPC name '{name}' may only contain letters, digits and '_'.", nameof(name));
        }
    }
}
