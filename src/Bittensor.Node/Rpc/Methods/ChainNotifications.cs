using Bittensor.Core.Primitives;
using Bittensor.Core.Storage;
using Bittensor.Node.Chain;
using Bittensor.Node.Rpc.Subscriptions;

namespace Bittensor.Node.Rpc.Methods;

/// <summary>
/// Turns <see cref="IBlockchain.BlockImported"/> into the notifications of the chain and state subscriptions: new best
/// heads (<c>chain_newHead</c>), finalized heads, all imported heads, and the storage changes of each new best block for
/// the keys each <c>state_subscribeStorage</c> asked for (sc-client's storage notifications). Publishing never blocks the
/// import thread: each subscription has its own bounded buffer.
/// </summary>
internal sealed class ChainNotifications : IDisposable
{
    private readonly IBlockchain _chain;
    private readonly Lock _storageLock = new();
    private readonly List<StorageWatch> _storageWatches = [];
    private H256 _lastBest;

    public ChainNotifications(IBlockchain chain)
    {
        ArgumentNullException.ThrowIfNull(chain);
        _chain = chain;
        BlockEntry best = chain.Best;
        _lastBest = best.Hash;

        // Seed the hubs so the first subscriber gets the current head at once, as Substrate sends it.
        NewHeads.Publish(HeaderJson.From(best.Header));
        AllHeads.Publish(HeaderJson.From(best.Header));
        FinalizedHeads.Publish(HeaderJson.From(chain.Finalized.Header));
        chain.BlockImported += OnBlockImported;
        if (chain is Blockchain blockchain)
        {
            // A finality gadget that finalizes after import reports it separately.
            blockchain.BlockFinalized += OnBlockFinalized;
        }
    }

    public SubscriptionHub<HeaderJson> NewHeads { get; } = new();

    public SubscriptionHub<HeaderJson> FinalizedHeads { get; } = new();

    public SubscriptionHub<HeaderJson> AllHeads { get; } = new();

    /// <summary>Number of live storage subscriptions.</summary>
    public int StorageSubscriptionCount
    {
        get
        {
            lock (_storageLock)
            {
                return _storageWatches.Count;
            }
        }
    }

    /// <summary>
    /// Attaches a storage subscription: first the current values of <paramref name="keys"/> at the best block (skipped when
    /// there are no keys), then one change set per new best block that changed any of them. <paramref name="keys"/> null
    /// watches every key (Substrate allows that to local clients only; this node listens on loopback unless told not to).
    /// </summary>
    public void AttachStorage(ISubscriptionSink<StorageChangeSetJson> sink, byte[][]? keys)
    {
        ArgumentNullException.ThrowIfNull(sink);
        var watch = new StorageWatch(sink, keys is null ? null : new HashSet<byte[]>(keys, ByteArrayComparer.Instance));
        lock (_storageLock)
        {
            // Under the lock the import handler cannot run between the initial values and the attachment, so no change is
            // missed or sent twice; _lastBest is the block the handler has notified last.
            if (keys is { Length: > 0 } && _chain.GetState(_lastBest) is { } state)
            {
                var changes = new string?[keys.Length][];
                for (int i = 0; i < keys.Length; i++)
                {
                    byte[]? value = state.Get(keys[i]);
                    changes[i] = [Hex.Encode(keys[i]), value is null ? null : Hex.Encode(value)];
                }

                sink.TryPublish(new StorageChangeSetJson(_lastBest.ToString(), changes));
            }

            _storageWatches.Add(watch);
        }

        sink.Closed.Register(static state =>
        {
            var (self, closed) = ((ChainNotifications, StorageWatch))state!;
            lock (self._storageLock)
            {
                self._storageWatches.Remove(closed);
            }
        }, (this, watch));
    }

    public void Dispose()
    {
        _chain.BlockImported -= OnBlockImported;
        if (_chain is Blockchain blockchain)
        {
            blockchain.BlockFinalized -= OnBlockFinalized;
        }

        NewHeads.CompleteAll();
        FinalizedHeads.CompleteAll();
        AllHeads.CompleteAll();
    }

    private void OnBlockImported(object? sender, BlockImportedEventArgs e)
    {
        HeaderJson header = HeaderJson.From(e.Block.Header);
        AllHeads.Publish(header);
        if (e.IsNewBest)
        {
            NewHeads.Publish(header);
            PublishStorage(e);
        }

        if (e.IsFinalized)
        {
            FinalizedHeads.Publish(header);
        }
    }

    private void OnBlockFinalized(object? sender, BlockFinalizedEventArgs e) => FinalizedHeads.Publish(HeaderJson.From(e.Block.Header));

    private void PublishStorage(BlockImportedEventArgs e)
    {
        lock (_storageLock)
        {
            _lastBest = e.Block.Hash;
            if (_storageWatches.Count == 0)
            {
                return;
            }

            string block = e.Block.Hash.ToString();
            foreach (StorageWatch watch in _storageWatches)
            {
                List<string?[]>? changes = null;
                foreach (KeyValuePair<byte[], byte[]?> change in e.StorageChanges)
                {
                    if (watch.Keys is null || watch.Keys.Contains(change.Key))
                    {
                        (changes ??= []).Add([Hex.Encode(change.Key), change.Value is null ? null : Hex.Encode(change.Value)]);
                    }
                }

                if (changes is not null)
                {
                    watch.Sink.TryPublish(new StorageChangeSetJson(block, changes));
                }
            }
        }
    }

    private sealed record StorageWatch(ISubscriptionSink<StorageChangeSetJson> Sink, HashSet<byte[]>? Keys);
}
