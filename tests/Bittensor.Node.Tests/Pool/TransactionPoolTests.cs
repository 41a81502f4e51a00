using Bittensor.Core.Chain;
using Bittensor.Core.Primitives;
using Bittensor.Node.Chain;
using Bittensor.Node.Pool;
using Bittensor.Node.Tests.Chain;
using Bittensor.Runtime.Framework;

namespace Bittensor.Node.Tests.Pool;

public class TransactionPoolTests
{
    private const ulong Amount = 3_000_000_000;

    private static readonly Bittensor.Core.Crypto.KeyPair Alice = DevChain.Key("Alice");

    [Fact]
    public void Submit_SignedTransfer_LandsInTheNextBlockAndMovesBalances()
    {
        using var dev = new DevChain();
        AccountInfo bobBefore = dev.AccountOf(DevChain.Bob);
        byte[] transfer = DevChain.Transfer(Alice, DevChain.Bob, Amount, 0);

        PoolTransaction submitted = dev.Pool.Submit(transfer);
        Assert.True(submitted.IsReady);
        Assert.Equal(H256.Blake2b256(transfer), submitted.Hash);
        BlockEntry block = dev.Produce();

        Assert.Contains(block.Extrinsics, x => x.AsSpan().SequenceEqual(transfer));
        Assert.Equal(0, dev.Pool.Count);
        Assert.Equal(bobBefore.Data.Free.Rao + Amount, dev.AccountOf(DevChain.Bob).Data.Free.Rao);
        Assert.Equal(1u, dev.AccountOf(DevChain.Alice).Nonce);
    }

    [Fact]
    public void Submit_FutureNonce_WaitsUntilTheGapIsFilledThenBothLand()
    {
        using var dev = new DevChain();
        var watcher = new RecordingWatcher();
        byte[] second = DevChain.Transfer(Alice, DevChain.Bob, Amount, 1);

        PoolTransaction future = dev.Pool.Submit(second, watcher);
        Assert.False(future.IsReady);
        Assert.Single(dev.Produce().Extrinsics);
        Assert.Equal(1, dev.Pool.Count);

        dev.Pool.Submit(DevChain.Transfer(Alice, DevChain.Bob, Amount, 0));
        Assert.Equal(2, dev.Pool.ReadyCount);
        BlockEntry block = dev.Produce();

        Assert.Equal(3, block.Extrinsics.Count);
        Assert.Equal(2u, dev.AccountOf(DevChain.Alice).Nonce);
        Assert.Equal(
            [TransactionStatus.Future, TransactionStatus.Ready, TransactionStatus.InBlock(block.Hash), TransactionStatus.Finalized(block.Hash)],
            watcher.Statuses);
    }

    [Fact]
    public void Submit_NonceChainAcrossBlocks_ReadinessFollowsTheChain()
    {
        using var dev = new DevChain();
        dev.Pool.Submit(DevChain.Transfer(Alice, DevChain.Bob, Amount, 0));
        dev.Produce();
        dev.Pool.Submit(DevChain.Transfer(Alice, DevChain.Bob, Amount, 2));
        Assert.Equal(0, dev.Pool.ReadyCount);

        dev.Pool.Submit(DevChain.Transfer(Alice, DevChain.Bob, Amount, 1));
        dev.Produce();

        Assert.Equal(0, dev.Pool.Count);
        Assert.Equal(3u, dev.AccountOf(DevChain.Alice).Nonce);
    }

    [Fact]
    public void Submit_StaleNonce_RejectedAsOutdated()
    {
        using var dev = new DevChain();
        dev.Pool.Submit(DevChain.Transfer(Alice, DevChain.Bob, Amount, 0));
        dev.Produce();

        TransactionRejectedException ex = Assert.Throws<TransactionRejectedException>(() => dev.Pool.Submit(DevChain.Transfer(Alice, DevChain.Bob, Amount + 1, 0)));

        Assert.Equal(PoolErrorKind.InvalidTransaction, ex.Kind);
        Assert.Equal("Transaction is outdated", ex.Validity?.Message);
    }

    [Fact]
    public void Submit_BadSignature_Rejected()
    {
        using var dev = new DevChain();
        byte[] forged = DevChain.WithBadSignature(DevChain.Transfer(Alice, DevChain.Bob, Amount, 0), Alice);

        TransactionRejectedException ex = Assert.Throws<TransactionRejectedException>(() => dev.Pool.Submit(forged));

        Assert.Equal(PoolErrorKind.InvalidTransaction, ex.Kind);
        Assert.Equal("Transaction has a bad signature", ex.Validity?.Message);
        Assert.Equal(0, dev.Pool.Count);
    }

    [Fact]
    public void Submit_UnfundedSigner_RejectedForFees()
    {
        using var dev = new DevChain();
        var poor = Bittensor.Core.Crypto.KeyPair.FromUri("//NobodyHasFunds");

        TransactionRejectedException ex = Assert.Throws<TransactionRejectedException>(() => dev.Pool.Submit(DevChain.Transfer(poor, DevChain.Bob, Amount, 0)));

        Assert.Equal(InvalidTransaction.Payment, ex.Validity?.InvalidReason);
    }

    [Fact]
    public void Submit_Garbage_RejectedAsBadFormat()
    {
        using var dev = new DevChain();

        TransactionRejectedException ex = Assert.Throws<TransactionRejectedException>(() => dev.Pool.Submit([0x12, 0x34, 0x56]));

        Assert.Equal(PoolErrorKind.BadFormat, ex.Kind);
        Assert.False(string.IsNullOrEmpty(ex.Message));
    }

    [Fact]
    public void Submit_SameExtrinsicTwice_AlreadyImported()
    {
        using var dev = new DevChain();
        byte[] transfer = DevChain.Transfer(Alice, DevChain.Bob, Amount, 0);
        dev.Pool.Submit(transfer);

        TransactionRejectedException ex = Assert.Throws<TransactionRejectedException>(() => dev.Pool.Submit(transfer));

        Assert.Equal(PoolErrorKind.AlreadyImported, ex.Kind);
        Assert.Equal(H256.Blake2b256(transfer).ToString(), ex.Message);
    }

    [Fact]
    public void Submit_SameNonceSamePriority_RefusedAsPriorityTooLow()
    {
        // The runtime gives every normal-class transaction priority 1 (the tip does not raise it), so a second transaction
        // for the same nonce cannot replace the first.
        using var dev = new DevChain();
        PoolTransaction first = dev.Pool.Submit(DevChain.Transfer(Alice, DevChain.Bob, Amount, 0));

        TransactionRejectedException ex = Assert.Throws<TransactionRejectedException>(() => dev.Pool.Submit(DevChain.Transfer(Alice, DevChain.Bob, Amount, 0, tip: 1_000_000_000)));

        Assert.Equal(PoolErrorKind.TooLowPriority, ex.Kind);
        Assert.Equal(first.Priority, ex.OldPriority);
        Assert.Equal(first.Priority, ex.NewPriority);
        Assert.Equal(1, dev.Pool.Count);
    }

    [Fact]
    public void Submit_PoolFull_LowestRankedIsDroppedOrTheNewcomerRefused()
    {
        using var dev = new DevChain(maxPoolCount: 2);
        var dropped = new RecordingWatcher();
        dev.Pool.Submit(DevChain.Transfer(DevChain.Key("Bob"), DevChain.Alice, Amount, 0));
        dev.Pool.Submit(DevChain.Transfer(DevChain.Key("Charlie"), DevChain.Alice, Amount, 5), dropped);

        // A ready transaction outranks the future one, which is dropped.
        dev.Pool.Submit(DevChain.Transfer(DevChain.Key("Dave"), DevChain.Alice, Amount, 0));
        // Another future transaction ranks last and cannot enter.
        TransactionRejectedException ex = Assert.Throws<TransactionRejectedException>(() => dev.Pool.Submit(DevChain.Transfer(DevChain.Key("Eve"), DevChain.Alice, Amount, 3)));

        Assert.Equal([TransactionStatus.Future, TransactionStatus.Dropped], dropped.Statuses);
        Assert.Equal(PoolErrorKind.ImmediatelyDropped, ex.Kind);
        Assert.Equal(2, dev.Pool.Count);
    }

    [Fact]
    public void Block_TransactionInvalidatedByTheChain_RemovedBannedAndReportedInvalid()
    {
        using var dev = new DevChain();
        var watcher = new RecordingWatcher();
        byte[] direct = DevChain.Transfer(Alice, DevChain.Bob, Amount, 0, tip: 5);
        byte[] rival = DevChain.Transfer(Alice, DevChain.Bob, Amount, 0, tip: 1);
        dev.Pool.Submit(rival, watcher);

        // Another node's block spends nonce 0 with a different transaction.
        using var other = new DevChain();
        other.Pool.Submit(direct);
        BlockEntry block = other.Produce();
        dev.Chain.Import(block.Header, block.Extrinsics);

        Assert.Equal(0, dev.Pool.Count);
        Assert.Equal([TransactionStatus.Ready, TransactionStatus.Invalid], watcher.Statuses);
        Assert.Equal(PoolErrorKind.TemporarilyBanned, Assert.Throws<TransactionRejectedException>(() => dev.Pool.Submit(rival)).Kind);
    }

    [Fact]
    public void NextNonce_CountsConsecutivePoolTransactions()
    {
        using var dev = new DevChain();
        dev.Pool.Submit(DevChain.Transfer(Alice, DevChain.Bob, Amount, 0));
        dev.Pool.Submit(DevChain.Transfer(Alice, DevChain.Bob, Amount, 1));
        dev.Pool.Submit(DevChain.Transfer(Alice, DevChain.Bob, Amount, 3));

        Assert.Equal(2u, dev.Pool.NextNonce(DevChain.Alice, 0));
        Assert.Equal(0u, dev.Pool.NextNonce(DevChain.Bob, 0));
    }

    [Fact]
    public void RemoveInvalid_PendingTransaction_LeavesThePool()
    {
        using var dev = new DevChain();
        var watcher = new RecordingWatcher();
        PoolTransaction tx = dev.Pool.Submit(DevChain.Transfer(Alice, DevChain.Bob, Amount, 0), watcher);

        Assert.True(dev.Pool.RemoveInvalid(tx.Hash));
        Assert.False(dev.Pool.RemoveInvalid(tx.Hash));

        Assert.Empty(dev.Pool.Pending());
        Assert.Equal(TransactionStatus.Invalid, watcher.Statuses[^1]);
    }

    private sealed class RecordingWatcher : ITransactionWatcher
    {
        public List<TransactionStatus> Statuses { get; } = [];

        public void OnStatus(TransactionStatus status) => Statuses.Add(status);
    }
}
