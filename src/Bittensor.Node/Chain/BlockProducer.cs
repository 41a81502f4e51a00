using System.Diagnostics;
using Bittensor.Core.Chain;
using Bittensor.Core.Chain.Extrinsics;
using Bittensor.Core.Crypto;
using Bittensor.Core.Primitives;
using Bittensor.Core.Storage;
using Bittensor.Node.Pool;
using Bittensor.Runtime.Executive;
using Bittensor.Runtime.Framework;
using Bittensor.Runtime.Framework.Storage;
using Bittensor.Runtime.Pallets;
using Microsoft.Extensions.Logging;

namespace Bittensor.Node.Chain;

/// <summary>
/// Builds, seals and imports one block on the best block (sc-basic-authorship's proposer + sc-consensus-aura's slot worker):
/// the Aura <c>PreRuntime</c> slot digest, the <c>Timestamp.set</c> inherent, ready pool transactions by priority until the
/// block is full or the proposal deadline passes, <c>finalize_block</c>, an sr25519 Aura seal by the authority key over the
/// pre-seal hash, then <see cref="Blockchain.ImportAuthored"/> (the import path every block takes).
/// </summary>
/// <remarks>
/// Slots and time: the runtime fixes SlotDuration at 12 000 ms and requires <c>timestamp / SlotDuration == slot</c> with the
/// slot strictly increasing. The block's slot is <c>max(parent slot + 1, wall clock / SlotDuration)</c> and its timestamp
/// <c>slot × SlotDuration</c>. With 12 s blocks this is the wall clock (rounded down to the slot start); with faster
/// blocks (<c>--dev</c>: 250 ms) chain time runs ahead of the wall clock by 12 s per block, as subtensor's
/// <c>fast-runtime</c> localnet does not need to (it shortens the slot instead). After a restart the slot continues from
/// the stored chain, so timestamps never go back.
/// </remarks>
internal sealed partial class BlockProducer
{
    /// <summary>sc-basic-authorship's MAX_SKIPPED_TRANSACTIONS: stop after this many transactions that no longer fit.</summary>
    public const int MaxSkippedTransactions = 8;

    private readonly Blockchain _chain;
    private readonly TransactionPool _pool;
    private readonly KeyPair _authority;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    public BlockProducer(Blockchain chain, TransactionPool pool, KeyPair authority, TimeProvider time, ILogger logger)
    {
        _chain = chain ?? throw new ArgumentNullException(nameof(chain));
        _pool = pool ?? throw new ArgumentNullException(nameof(pool));
        _authority = authority ?? throw new ArgumentNullException(nameof(authority));
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
    }

    /// <summary>Produces and imports the next block; pool transactions are taken until <paramref name="deadline"/> has elapsed.</summary>
    /// <exception cref="BlockImportException">The block was refused by import (a bug: logged by the caller).</exception>
    public BlockEntry Produce(TimeSpan deadline)
    {
        long started = Stopwatch.GetTimestamp();
        SubtensorRuntime runtime = _chain.Runtime.Runtime;
        BlockEntry parent = _chain.Best;
        IReadOnlyKeyValueStore parentState = _chain.GetState(parent.Hash) ?? _chain.BestState;
        var parentStorage = new StorageOverlay(parentState);
        ulong parentSlot = runtime.Aura.CurrentSlot.Get(parentStorage);
        ulong wallSlot = (ulong)_time.GetUtcNow().ToUnixTimeMilliseconds() / AuraPallet.SlotDuration;
        ulong slot = Math.Max(parentSlot + 1, wallSlot);
        var header = new Header(parent.Hash, parent.Number + 1, H256.Zero, H256.Zero, new Digest([AuraPallet.SlotDigest(slot)]));
        BlockExecutor executor = runtime.BeginBlock(parentState, header);
        byte[] timestamp = UncheckedExtrinsic.Bare(runtime.Timestamp.Set.Create(slot * AuraPallet.SlotDuration).Encode()).Encode(runtime.Extensions);
        ApplyExtrinsicResult inherent = executor.ApplyExtrinsic(timestamp);
        if (!inherent.IsIncluded)
        {
            throw new BlockImportException($"the timestamp inherent of block #{header.Number} was refused: {inherent}");
        }

        int skipped = 0;
        BestTransactions best = _pool.Best();
        while (best.TryNext(out PoolTransaction transaction))
        {
            if (Stopwatch.GetElapsedTime(started) > deadline)
            {
                Log.DeadlineReached(_logger, header.Number);
                break;
            }

            ApplyExtrinsicResult result = executor.ApplyExtrinsic(transaction.Bytes);
            if (result.IsIncluded)
            {
                best.MarkIncluded(transaction);
                continue;
            }

            if (result.ValidityError is { InvalidReason: InvalidTransaction.ExhaustsResources })
            {
                Log.TransactionSkipped(_logger, transaction.Hash, header.Number, result);
                if (++skipped > MaxSkippedTransactions)
                {
                    break;
                }
            }
            else if (result.ValidityError is { InvalidReason: InvalidTransaction.Future })
            {
                Log.TransactionSkipped(_logger, transaction.Hash, header.Number, result);
            }
            else
            {
                Log.TransactionDropped(_logger, transaction.Hash, header.Number, result);
                _pool.RemoveInvalid(transaction.Hash);
            }
        }

        Header preSeal = executor.FinalizeBlock();
        int epochs = CountEpochs(parentStorage, executor.Context.Storage);
        Header sealedHeader = AuraSeal.Seal(preSeal, _authority);
        BlockEntry block = _chain.ImportAuthored(sealedHeader, executor);
        double milliseconds = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        Log.BlockAuthored(_logger, block.Number, block.Hash, block.Extrinsics.Count, epochs, slot, milliseconds);
        return block;
    }

    /// <summary>Subnets whose epoch ran in this block (SubtensorModule bumps SubnetEpochIndex when it runs one).</summary>
    private int CountEpochs(IStorage parent, IStorage block)
    {
        var module = _chain.Runtime.Subtensor;
        int count = 0;
        foreach (KeyValuePair<ushort, ulong> entry in module.SubnetEpochIndex.Iterate(block))
        {
            if (entry.Value != module.SubnetEpochIndex.Get(parent, entry.Key))
            {
                count++;
            }
        }

        return count;
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 200, Level = LogLevel.Information, Message = "Imported #{Number} ({Hash}), {Extrinsics} extrinsics, {Epochs} epochs, slot {Slot}, {Milliseconds:F1} ms")]
        public static partial void BlockAuthored(ILogger logger, uint number, H256 hash, int extrinsics, int epochs, ulong slot, double milliseconds);

        [LoggerMessage(EventId = 201, Level = LogLevel.Debug, Message = "Transaction {Hash} skipped in block #{Number}: {Reason}")]
        public static partial void TransactionSkipped(ILogger logger, H256 hash, uint number, ApplyExtrinsicResult reason);

        [LoggerMessage(EventId = 202, Level = LogLevel.Information, Message = "Transaction {Hash} dropped from the pool while building block #{Number}: {Reason}")]
        public static partial void TransactionDropped(ILogger logger, H256 hash, uint number, ApplyExtrinsicResult reason);

        [LoggerMessage(EventId = 203, Level = LogLevel.Debug, Message = "Proposal deadline reached for block #{Number}; the remaining transactions wait")]
        public static partial void DeadlineReached(ILogger logger, uint number);
    }
}
