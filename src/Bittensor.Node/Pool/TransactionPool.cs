using Bittensor.Core.Primitives;
using Bittensor.Core.Storage;
using Bittensor.Node.Chain;
using Bittensor.Runtime.Executive;
using Bittensor.Runtime.Framework;

namespace Bittensor.Node.Pool;

/// <summary>
/// The transaction pool (sc-transaction-pool's graph pool, simplified to one linear chain). Every submission is validated by
/// the runtime's <c>validate_transaction</c> against the best block's state (signature, nonce, mortality, genesis, spec and
/// transaction version, fee balance). A valid transaction is <em>ready</em> when each tag it requires is provided by a ready
/// transaction (a nonce chain <c>(who, n-1)</c> → <c>(who, n)</c>), otherwise <em>future</em>; a stale nonce is refused.
/// One transaction per provided tag: a higher priority replaces (usurps) the holder, a lower or equal one is refused.
/// Bounded in count and bytes: the worst transaction (future before ready, then lowest priority, then newest) is dropped.
/// After each imported block the included transactions leave (inBlock / finalized), their tags count as on chain, and the
/// rest is re-validated against the new best state (up to <see cref="RevalidationBatch"/> per block, oldest first):
/// invalid ones are removed and banned for <see cref="BanTime"/>.
/// </summary>
internal sealed class TransactionPool : IDisposable
{
    public const int DefaultMaxCount = 8192;

    /// <summary>20 MiB, Substrate's default ready-queue size limit.</summary>
    public const long DefaultMaxBytes = 20L * 1024 * 1024;

    /// <summary>Transactions re-validated after each block (the rest keep their last validity until their turn).</summary>
    public const int RevalidationBatch = 1024;

    /// <summary>Substrate's default ban time for transactions found invalid.</summary>
    public static readonly TimeSpan BanTime = TimeSpan.FromMinutes(30);

    private const int MaxBanned = 65_536;

    private readonly Blockchain _chain;
    private readonly TimeProvider _time;
    private readonly Lock _lock = new();
    private readonly Dictionary<H256, PoolTransaction> _transactions = [];
    private readonly Dictionary<string, PoolTransaction> _providers = [];
    private readonly Dictionary<H256, DateTimeOffset> _banned = [];
    private readonly Dictionary<H256, List<(H256 Transaction, ITransactionWatcher Watcher)>> _awaitingFinality = [];
    private long _nextInsertionId;
    private long _bytes;
    private long _revalidationCursor;

    public TransactionPool(Blockchain chain, int maxCount = DefaultMaxCount, long maxBytes = DefaultMaxBytes, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(chain);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxCount, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxBytes, 1);
        _chain = chain;
        MaxCount = maxCount;
        MaxBytes = maxBytes;
        _time = time ?? TimeProvider.System;
        _chain.BlockImported += OnBlockImported;
        _chain.BlockFinalized += OnBlockFinalized;
    }

    public int MaxCount { get; }

    public long MaxBytes { get; }

    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _transactions.Count;
            }
        }
    }

    public int ReadyCount
    {
        get
        {
            lock (_lock)
            {
                return _transactions.Values.Count(t => t.IsReady);
            }
        }
    }

    public long Bytes => Interlocked.Read(ref _bytes);

    /// <summary>The pool's transaction hash: blake2_256 of the full encoding (with its length prefix).</summary>
    public static H256 HashOf(ReadOnlySpan<byte> extrinsic) => H256.Blake2b256(extrinsic);

    /// <summary>frame_system CheckNonce's tag: <c>(who, nonce).encode()</c>.</summary>
    public static byte[] NonceTag(in AccountId32 who, uint nonce) => [.. who.AsSpan(), .. BitConverter.GetBytes(nonce)];

    /// <summary>
    /// Validates and adds a transaction; <paramref name="watcher"/> (if any) hears <c>ready</c> or <c>future</c> at once and
    /// later updates.
    /// </summary>
    /// <exception cref="TransactionRejectedException">Refused, with the reason.</exception>
    public PoolTransaction Submit(byte[] extrinsic, ITransactionWatcher? watcher = null)
    {
        ArgumentNullException.ThrowIfNull(extrinsic);
        H256 hash = HashOf(extrinsic);
        lock (_lock)
        {
            CheckNew(hash);
        }

        BlockEntry best = _chain.Best;
        IReadOnlyKeyValueStore state = _chain.GetState(best.Hash) ?? _chain.BestState;
        TransactionValidity validity = _chain.Runtime.Runtime.ValidateTransaction(state, extrinsic, best.Hash);
        if (validity.DecodeError is { } decodeError)
        {
            throw new TransactionRejectedException(PoolErrorKind.BadFormat, decodeError);
        }

        if (validity.Valid is not { } valid)
        {
            TransactionValidityError error = validity.Error!.Value;
            throw new TransactionRejectedException(error.IsUnknown ? PoolErrorKind.UnknownValidity : PoolErrorKind.InvalidTransaction, error.ToString(), error);
        }

        lock (_lock)
        {
            CheckNew(hash);
            var replaced = new List<PoolTransaction>();
            foreach (byte[] tag in valid.Provides)
            {
                if (_providers.TryGetValue(Key(tag), out PoolTransaction? holder) && !replaced.Contains(holder))
                {
                    if (valid.Priority <= holder.Priority)
                    {
                        throw new TransactionRejectedException(
                            PoolErrorKind.TooLowPriority,
                            $"transaction {holder.Hash} with priority {holder.Priority} already provides tag 0x{Key(tag)}; {valid.Priority} does not replace it",
                            oldPriority: holder.Priority,
                            newPriority: valid.Priority);
                    }

                    replaced.Add(holder);
                }
            }

            var transaction = new PoolTransaction(hash, extrinsic, valid, _nextInsertionId++, watcher);
            foreach (PoolTransaction old in replaced)
            {
                RemoveLocked(old);
                old.Watcher?.OnStatus(TransactionStatus.Usurped(hash));
            }

            AddLocked(transaction);
            var wasReady = _transactions.Values.Where(t => t.IsReady).ToHashSet();
            UpdateReadinessLocked();
            while (_transactions.Count > MaxCount || _bytes > MaxBytes)
            {
                PoolTransaction worst = _transactions.Values.OrderBy(t => t.IsReady).ThenBy(t => t.Priority).ThenByDescending(t => t.InsertionId).First();
                RemoveLocked(worst);
                if (worst == transaction)
                {
                    UpdateReadinessLocked();
                    throw new TransactionRejectedException(PoolErrorKind.ImmediatelyDropped, "The transaction couldn't enter the pool because of the limit");
                }

                worst.Watcher?.OnStatus(TransactionStatus.Dropped);
                UpdateReadinessLocked();
            }

            watcher?.OnStatus(transaction.IsReady ? TransactionStatus.Ready : TransactionStatus.Future);
            NotifyPromotedLocked(wasReady, transaction);
            return transaction;
        }
    }

    /// <summary>Every transaction in the pool (ready and future), oldest first: <c>author_pendingExtrinsics</c>.</summary>
    public IReadOnlyList<PoolTransaction> Pending()
    {
        lock (_lock)
        {
            return [.. _transactions.Values.OrderBy(t => t.InsertionId)];
        }
    }

    /// <summary>The ready transactions in the order a block should take them.</summary>
    public BestTransactions Best()
    {
        lock (_lock)
        {
            var ready = _transactions.Values.Where(t => t.IsReady).ToList();
            var provided = new HashSet<string>(ready.SelectMany(t => t.Validity.Provides).Select(Key));
            return new BestTransactions(ready, provided);
        }
    }

    public bool Contains(in H256 hash)
    {
        lock (_lock)
        {
            return _transactions.ContainsKey(hash);
        }
    }

    /// <summary>
    /// Removes a transaction found invalid (by block building or <c>author_removeExtrinsic</c>), bans it and tells its watcher
    /// <c>invalid</c>. Returns false when it is not in the pool.
    /// </summary>
    public bool RemoveInvalid(in H256 hash)
    {
        lock (_lock)
        {
            if (!_transactions.TryGetValue(hash, out PoolTransaction? transaction))
            {
                return false;
            }

            RemoveLocked(transaction);
            BanLocked(hash);
            transaction.Watcher?.OnStatus(TransactionStatus.Invalid);
            UpdateReadinessLocked();
            return true;
        }
    }

    /// <summary>
    /// <c>system_accountNextIndex</c>: the state nonce, advanced past every consecutive nonce of <paramref name="who"/> the pool
    /// already provides (sc-rpc system <c>adjust_nonce</c>).
    /// </summary>
    public uint NextNonce(in AccountId32 who, uint stateNonce)
    {
        lock (_lock)
        {
            uint nonce = stateNonce;
            while (nonce < uint.MaxValue && _providers.ContainsKey(Key(NonceTag(who, nonce))))
            {
                nonce++;
            }

            return nonce;
        }
    }

    public void Dispose()
    {
        _chain.BlockImported -= OnBlockImported;
        _chain.BlockFinalized -= OnBlockFinalized;
    }

    private static string Key(byte[] tag) => Convert.ToHexString(tag);

    private void CheckNew(in H256 hash)
    {
        if (_transactions.ContainsKey(hash))
        {
            throw new TransactionRejectedException(PoolErrorKind.AlreadyImported, hash.ToString());
        }

        if (_banned.TryGetValue(hash, out DateTimeOffset until))
        {
            if (until > _time.GetUtcNow())
            {
                throw new TransactionRejectedException(PoolErrorKind.TemporarilyBanned, $"transaction {hash} was found invalid and is banned until {until:O}");
            }

            _banned.Remove(hash);
        }
    }

    private void AddLocked(PoolTransaction transaction)
    {
        _transactions[transaction.Hash] = transaction;
        foreach (byte[] tag in transaction.Validity.Provides)
        {
            _providers[Key(tag)] = transaction;
        }

        _bytes += transaction.Bytes.Length;
    }

    private void RemoveLocked(PoolTransaction transaction)
    {
        if (!_transactions.Remove(transaction.Hash))
        {
            return;
        }

        foreach (byte[] tag in transaction.Validity.Provides)
        {
            string key = Key(tag);
            if (_providers.TryGetValue(key, out PoolTransaction? holder) && holder == transaction)
            {
                _providers.Remove(key);
            }
        }

        _bytes -= transaction.Bytes.Length;
    }

    private void BanLocked(in H256 hash)
    {
        if (_banned.Count >= MaxBanned)
        {
            DateTimeOffset now = _time.GetUtcNow();
            foreach (H256 expired in _banned.Where(b => b.Value <= now).Select(b => b.Key).ToList())
            {
                _banned.Remove(expired);
            }

            if (_banned.Count >= MaxBanned)
            {
                _banned.Remove(_banned.MinBy(b => b.Value).Key);
            }
        }

        _banned[hash] = _time.GetUtcNow() + BanTime;
    }

    /// <summary>Ready = every required tag is provided by a ready transaction: a walk from the transactions that require nothing.</summary>
    private void UpdateReadinessLocked()
    {
        var missing = new Dictionary<PoolTransaction, int>();
        var dependents = new Dictionary<string, List<PoolTransaction>>();
        var queue = new Queue<PoolTransaction>();
        foreach (PoolTransaction transaction in _transactions.Values)
        {
            transaction.IsReady = false;
            missing[transaction] = transaction.Validity.Requires.Count;
            foreach (byte[] tag in transaction.Validity.Requires)
            {
                string key = Key(tag);
                if (!dependents.TryGetValue(key, out List<PoolTransaction>? list))
                {
                    dependents[key] = list = [];
                }

                list.Add(transaction);
            }

            if (transaction.Validity.Requires.Count == 0)
            {
                queue.Enqueue(transaction);
            }
        }

        while (queue.TryDequeue(out PoolTransaction? transaction))
        {
            transaction.IsReady = true;
            foreach (byte[] tag in transaction.Validity.Provides)
            {
                if (!dependents.Remove(Key(tag), out List<PoolTransaction>? waiting))
                {
                    continue;
                }

                foreach (PoolTransaction dependent in waiting)
                {
                    if (--missing[dependent] == 0)
                    {
                        queue.Enqueue(dependent);
                    }
                }
            }
        }
    }

    private void NotifyPromotedLocked(HashSet<PoolTransaction> wasReady, PoolTransaction? except)
    {
        foreach (PoolTransaction transaction in _transactions.Values)
        {
            if (transaction.IsReady && transaction != except && !wasReady.Contains(transaction))
            {
                transaction.Watcher?.OnStatus(TransactionStatus.Ready);
            }
        }
    }

    private void OnBlockImported(object? sender, BlockImportedEventArgs e)
    {
        BlockEntry block = e.Block;
        List<PoolTransaction> toRevalidate;
        lock (_lock)
        {
            var chainTags = new HashSet<string>();
            foreach (byte[] extrinsic in block.Extrinsics)
            {
                if (!_transactions.TryGetValue(HashOf(extrinsic), out PoolTransaction? included))
                {
                    continue;
                }

                RemoveLocked(included);
                chainTags.UnionWith(included.Validity.Provides.Select(Key));
                if (included.Watcher is { } watcher)
                {
                    watcher.OnStatus(TransactionStatus.InBlock(block.Hash));
                    if (e.IsFinalized)
                    {
                        watcher.OnStatus(TransactionStatus.Finalized(block.Hash));
                    }
                    else
                    {
                        if (!_awaitingFinality.TryGetValue(block.Hash, out List<(H256, ITransactionWatcher)>? list))
                        {
                            _awaitingFinality[block.Hash] = list = [];
                        }

                        list.Add((included.Hash, watcher));
                    }
                }
            }

            // What the block provided is on chain now: requirements on it are met.
            if (chainTags.Count > 0)
            {
                foreach (PoolTransaction transaction in _transactions.Values)
                {
                    if (transaction.Validity.Requires.Any(t => chainTags.Contains(Key(t))))
                    {
                        transaction.Validity = transaction.Validity with { Requires = [.. transaction.Validity.Requires.Where(t => !chainTags.Contains(Key(t)))] };
                    }
                }
            }

            toRevalidate = [.. _transactions.Values.OrderBy(t => t.InsertionId).Where(t => t.InsertionId >= _revalidationCursor).Take(RevalidationBatch)];
            if (toRevalidate.Count < RevalidationBatch)
            {
                toRevalidate.AddRange(_transactions.Values.OrderBy(t => t.InsertionId).Where(t => t.InsertionId < _revalidationCursor).Take(RevalidationBatch - toRevalidate.Count));
            }

            _revalidationCursor = toRevalidate.Count == 0 ? 0 : toRevalidate[^1].InsertionId + 1;
        }

        IReadOnlyKeyValueStore? state = _chain.GetState(block.Hash);
        var results = new List<(PoolTransaction Transaction, TransactionValidity Validity)>(toRevalidate.Count);
        if (state is not null)
        {
            foreach (PoolTransaction transaction in toRevalidate)
            {
                results.Add((transaction, _chain.Runtime.Runtime.ValidateTransaction(state, transaction.Bytes, block.Hash)));
            }
        }

        lock (_lock)
        {
            var wasReady = _transactions.Values.Where(t => t.IsReady).ToHashSet();
            foreach ((PoolTransaction transaction, TransactionValidity validity) in results)
            {
                if (!_transactions.ContainsKey(transaction.Hash))
                {
                    continue;
                }

                if (validity.Valid is { } valid)
                {
                    transaction.Validity = valid;
                }
                else
                {
                    RemoveLocked(transaction);
                    BanLocked(transaction.Hash);
                    transaction.Watcher?.OnStatus(TransactionStatus.Invalid);
                }
            }

            UpdateReadinessLocked();
            NotifyPromotedLocked(wasReady, except: null);
        }
    }

    private void OnBlockFinalized(object? sender, BlockFinalizedEventArgs e)
    {
        lock (_lock)
        {
            foreach (H256 blockHash in _awaitingFinality.Keys.ToList())
            {
                BlockEntry? block = _chain.GetBlock(blockHash);
                if (block is null || block.Number > e.Block.Number)
                {
                    continue;
                }

                foreach ((_, ITransactionWatcher watcher) in _awaitingFinality[blockHash])
                {
                    watcher.OnStatus(TransactionStatus.Finalized(blockHash));
                }

                _awaitingFinality.Remove(blockHash);
            }
        }
    }
}
