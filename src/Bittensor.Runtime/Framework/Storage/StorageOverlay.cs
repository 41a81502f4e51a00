using Bittensor.Core.Primitives;
using Bittensor.Core.Storage;
using Bittensor.Core.Storage.Trie;

namespace Bittensor.Runtime.Framework.Storage;

/// <summary>
/// Pending state changes over a read snapshot, with nested transactional layers (sp_state_machine's OverlayedChanges with
/// <c>start/commit/rollback_transaction</c>, which FRAME's <c>with_storage_layer</c> drives). Layer 0 holds the block's
/// changes; every <see cref="BeginTransaction"/> pushes a layer that <see cref="CommitTransaction"/> merges down and
/// <see cref="RollbackTransaction"/> discards. A null value in a layer marks a deletion.
/// </summary>
public sealed class StorageOverlay : IStorage
{
    /// <summary>sp_state_machine's limit on nested transactional layers (frame_support TRANSACTIONAL_LIMIT).</summary>
    public const int MaxTransactionDepth = 255;

    private readonly IReadOnlyKeyValueStore _backing;
    /// <summary>Cleared layers above this size are dropped instead of reused, so one huge transaction does not pin memory.</summary>
    private const int MaxReusedLayer = 1024;

    private readonly List<Dictionary<byte[], byte[]?>> _layers = [new(ByteArrayComparer.Instance)];

    // Closed layers, cleared, for the next BeginTransaction: every extrinsic opens one or two.
    private readonly Stack<Dictionary<byte[], byte[]?>> _freeLayers = new();

    public StorageOverlay(IReadOnlyKeyValueStore backing) => _backing = backing ?? throw new ArgumentNullException(nameof(backing));

    /// <summary>Open transactional layers above the block layer.</summary>
    public int TransactionDepth => _layers.Count - 1;

    public byte[]? Get(ReadOnlySpan<byte> key)
    {
        if (TryGetPending(key, out byte[]? pending))
        {
            return pending;
        }

        return _backing.Get(key);
    }

    public void Set(byte[] key, byte[] value)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(value);
        _layers[^1][key] = value;
    }

    public void Remove(byte[] key)
    {
        ArgumentNullException.ThrowIfNull(key);
        _layers[^1][key] = null;
    }

    /// <summary>Opens a layer; throws once <see cref="MaxTransactionDepth"/> layers are open.</summary>
    public void BeginTransaction()
    {
        if (TransactionDepth >= MaxTransactionDepth)
        {
            throw new InvalidOperationException($"more than {MaxTransactionDepth} nested storage transactions");
        }

        _layers.Add(_freeLayers.TryPop(out Dictionary<byte[], byte[]?>? reused) ? reused : new Dictionary<byte[], byte[]?>(ByteArrayComparer.Instance));
    }

    /// <summary>Keeps the innermost layer's changes by merging them into the layer below.</summary>
    public void CommitTransaction()
    {
        EnsureOpen();
        Dictionary<byte[], byte[]?> top = _layers[^1];
        _layers.RemoveAt(_layers.Count - 1);
        Dictionary<byte[], byte[]?> below = _layers[^1];
        foreach (KeyValuePair<byte[], byte[]?> change in top)
        {
            below[change.Key] = change.Value;
        }

        Release(top);
    }

    /// <summary>Discards the innermost layer's changes.</summary>
    public void RollbackTransaction()
    {
        EnsureOpen();
        Dictionary<byte[], byte[]?> top = _layers[^1];
        _layers.RemoveAt(_layers.Count - 1);
        Release(top);
    }

    private void Release(Dictionary<byte[], byte[]?> layer)
    {
        if (layer.Count <= MaxReusedLayer)
        {
            layer.Clear();
            _freeLayers.Push(layer);
        }
    }

    public byte[]? NextKey(byte[] key)
    {
        ArgumentNullException.ThrowIfNull(key);
        byte[]? fromBacking = _backing.NextKey(key);
        while (fromBacking is not null && TryGetPending(fromBacking, out byte[]? pending) && pending is null)
        {
            fromBacking = _backing.NextKey(fromBacking);
        }

        byte[]? fromOverlay = null;
        foreach (byte[] candidate in PendingKeysAfter(key))
        {
            if (Get(candidate) is not null)
            {
                fromOverlay = candidate;
                break;
            }
        }

        if (fromBacking is null)
        {
            return fromOverlay;
        }

        return fromOverlay is null || ByteArrayComparer.Instance.Compare(fromBacking, fromOverlay) <= 0 ? fromBacking : fromOverlay;
    }

    public IReadOnlyList<KeyValuePair<byte[], byte[]>> Iterate(byte[] prefix, byte[]? startAfter = null)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        List<KeyValuePair<byte[], byte[]?>> pending = EffectivePending(prefix, startAfter);
        var result = new List<KeyValuePair<byte[], byte[]>>();
        using IEnumerator<KeyValuePair<byte[], byte[]>> backing = _backing.Iterate(prefix, startAfter).GetEnumerator();
        using List<KeyValuePair<byte[], byte[]?>>.Enumerator overlay = pending.GetEnumerator();
        bool hasBacking = backing.MoveNext();
        bool hasOverlay = overlay.MoveNext();
        while (hasBacking || hasOverlay)
        {
            int order = !hasBacking ? 1 : !hasOverlay ? -1 : ByteArrayComparer.Instance.Compare(backing.Current.Key, overlay.Current.Key);
            if (order < 0)
            {
                result.Add(backing.Current);
                hasBacking = backing.MoveNext();
                continue;
            }

            if (overlay.Current.Value is { } value)
            {
                result.Add(new KeyValuePair<byte[], byte[]>(overlay.Current.Key, value));
            }

            if (order == 0)
            {
                hasBacking = backing.MoveNext();
            }

            hasOverlay = overlay.MoveNext();
        }

        return result;
    }

    /// <summary>The block's changes sorted by key (null = delete). Only meaningful with no transaction open.</summary>
    public IReadOnlyList<KeyValuePair<byte[], byte[]?>> GetChanges()
    {
        if (TransactionDepth != 0)
        {
            throw new InvalidOperationException("storage transactions are still open");
        }

        var changes = new List<KeyValuePair<byte[], byte[]?>>(_layers[0]);
        changes.Sort(static (a, b) => ByteArrayComparer.Instance.Compare(a.Key, b.Key));
        return changes;
    }

    /// <summary>The block's changes as one batch for <see cref="IKeyValueStore.Write"/>.</summary>
    public WriteBatch ToWriteBatch()
    {
        var batch = new WriteBatch();
        foreach (KeyValuePair<byte[], byte[]?> change in GetChanges())
        {
            batch.Add(change.Key, change.Value);
        }

        return batch;
    }

    /// <summary>The root of the whole current state (backing plus pending changes) as sp_io::storage::root computes it.</summary>
    public H256 StateRoot(StateVersion version) => TrieRoot.ComputeSorted(Iterate([]), version);

    private bool TryGetPending(ReadOnlySpan<byte> key, out byte[]? value)
    {
        // Searched by span (ByteArrayComparer is an alternate comparer): a read copies no key.
        for (int i = _layers.Count - 1; i >= 0; i--)
        {
            Dictionary<byte[], byte[]?> layer = _layers[i];
            if (layer.Count != 0 && layer.GetAlternateLookup<ReadOnlySpan<byte>>().TryGetValue(key, out value))
            {
                return true;
            }
        }

        value = null;
        return false;
    }

    /// <summary>The pending changes under <paramref name="prefix"/> (after <paramref name="startAfter"/>), innermost layer winning, sorted by key.</summary>
    private List<KeyValuePair<byte[], byte[]?>> EffectivePending(byte[] prefix, byte[]? startAfter)
    {
        // One sort of a list instead of a sorted tree: the state root iterates all of a block's (thousands of) changes.
        Dictionary<byte[], byte[]?> merged = _layers[0];
        if (_layers.Count > 1)
        {
            merged = new Dictionary<byte[], byte[]?>(_layers[0], ByteArrayComparer.Instance);
            for (int i = 1; i < _layers.Count; i++)
            {
                foreach (KeyValuePair<byte[], byte[]?> change in _layers[i])
                {
                    merged[change.Key] = change.Value;
                }
            }
        }

        var pending = new List<KeyValuePair<byte[], byte[]?>>();
        foreach (KeyValuePair<byte[], byte[]?> change in merged)
        {
            if (change.Key.AsSpan().StartsWith(prefix) && (startAfter is null || ByteArrayComparer.Instance.Compare(change.Key, startAfter) > 0))
            {
                pending.Add(change);
            }
        }

        pending.Sort(static (a, b) => ByteArrayComparer.Instance.Compare(a.Key, b.Key));
        return pending;
    }

    private List<byte[]> PendingKeysAfter(byte[] key)
    {
        var keys = new SortedSet<byte[]>(ByteArrayComparer.Instance);
        foreach (Dictionary<byte[], byte[]?> layer in _layers)
        {
            foreach (byte[] candidate in layer.Keys)
            {
                if (ByteArrayComparer.Instance.Compare(candidate, key) > 0)
                {
                    keys.Add(candidate);
                }
            }
        }

        return [.. keys];
    }

    private void EnsureOpen()
    {
        if (TransactionDepth == 0)
        {
            throw new InvalidOperationException("no storage transaction is open");
        }
    }
}
