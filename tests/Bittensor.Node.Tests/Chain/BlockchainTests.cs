using Bittensor.Core.Chain;
using Bittensor.Core.Primitives;
using Bittensor.Core.Storage;
using Bittensor.Node.Chain;
using Bittensor.Node.Storage;
using Bittensor.Node.Tests.Storage;
using Bittensor.Runtime.Framework.Storage;
using Bittensor.Runtime.Pallets;

namespace Bittensor.Node.Tests.Chain;

public class BlockchainTests
{
    [Fact]
    public void Open_EmptyDatabase_StartsAtGenesis()
    {
        using var dev = new DevChain();
        Blockchain chain = dev.Chain;

        Assert.Equal(DevChain.Genesis.Hash, chain.GenesisHash);
        Assert.Equal(chain.GenesisHash, chain.Best.Hash);
        Assert.Equal(chain.GenesisHash, chain.Finalized.Hash);
        Assert.Equal(chain.GenesisHash, chain.GetHash(0));
        Assert.Null(chain.GetHash(1));
        BlockEntry genesis = Assert.IsType<BlockEntry>(chain.GetBlock(chain.GenesisHash));
        Assert.Empty(genesis.Extrinsics);
        Assert.Equal(DevChain.Genesis.Header, genesis.Header);
        Assert.NotNull(chain.GetState(chain.GenesisHash));
    }

    [Fact]
    public void Produce_SeveralBlocks_ChainsSealedBlocksWithIncreasingSlotsAndInstantFinality()
    {
        using var dev = new DevChain();
        var imported = new List<BlockImportedEventArgs>();
        dev.Chain.BlockImported += (_, e) => imported.Add(e);

        var blocks = Enumerable.Range(0, 4).Select(_ => dev.Produce()).ToList();

        H256 parent = dev.Chain.GenesisHash;
        ulong lastSlot = 0;
        for (int i = 0; i < blocks.Count; i++)
        {
            BlockEntry block = blocks[i];
            Assert.Equal((uint)(i + 1), block.Number);
            Assert.Equal(parent, block.Header.ParentHash);
            Assert.Equal(block.Hash, block.Header.Hash());
            Assert.Equal(DigestItemKind.Seal, block.Header.Digest.Logs[^1].Kind);
            Assert.True(AuraPallet.TryGetSlot(block.Header.Digest, out ulong slot));
            Assert.True(slot > lastSlot);
            lastSlot = slot;
            Assert.Single(block.Extrinsics); // the timestamp inherent
            Assert.Equal(block.Hash, dev.Chain.GetHash(block.Number));
            Assert.Equal(block.Hash, dev.Chain.GetBlock(block.Hash)!.Hash);
            Assert.True(imported[i].IsNewBest && imported[i].IsFinalized);
            Assert.NotEmpty(imported[i].StorageChanges);
            parent = block.Hash;
        }

        Assert.Equal(blocks[^1], dev.Chain.Best);
        Assert.Equal(blocks[^1].Hash, dev.Chain.Finalized.Hash);
    }

    [Fact]
    public void GetState_RecentBlocks_SeesEachBlocksOwnState()
    {
        using var dev = new DevChain(retainedStates: 3);
        var blocks = Enumerable.Range(0, 5).Select(_ => dev.Produce()).ToList();
        var system = DevChain.Runtime.Runtime.System;

        foreach (BlockEntry block in blocks.TakeLast(3))
        {
            IReadOnlyKeyValueStore state = Assert.IsAssignableFrom<IReadOnlyKeyValueStore>(dev.Chain.GetState(block.Hash));
            Assert.Equal(block.Number, system.Number.Get(new StorageOverlay(state)));
        }

        Assert.Null(dev.Chain.GetState(blocks[0].Hash));
        Assert.Null(dev.Chain.GetState(dev.Chain.GenesisHash));
        Assert.Null(dev.Chain.GetState(H256.Blake2b256([1, 2, 3])));
    }

    [Fact]
    public void Import_BlockFromAnotherNode_ReExecutesToTheSameState()
    {
        using var author = new DevChain();
        using var follower = new DevChain();
        Assert.Equal(DevChain.Genesis.Hash, follower.Chain.GenesisHash);
        author.Pool.Submit(DevChain.Transfer(DevChain.Key("Alice"), DevChain.Bob, 5_000_000_000, 0));
        BlockEntry block = author.Produce();
        Assert.Equal(2, block.Extrinsics.Count);

        BlockEntry imported = follower.Chain.Import(block.Header, block.Extrinsics);

        Assert.Equal(block.Hash, imported.Hash);
        Assert.Equal(block.Hash, follower.Chain.Best.Hash);
        Assert.Equal(author.AccountOf(DevChain.Bob), follower.AccountOf(DevChain.Bob));
    }

    [Fact]
    public void Import_BadSeal_RefusedAndNothingCommitted()
    {
        using var author = new DevChain();
        using var follower = new DevChain();
        BlockEntry block = author.Produce();
        DigestItem seal = block.Header.Digest.Logs[^1];
        byte[] forged = seal.Payload.ToArray();
        forged[3] ^= 1;
        Header tampered = block.Header with { Digest = new Digest([.. block.Header.Digest.Logs.SkipLast(1), DigestItem.Seal(seal.Engine, forged)]) };
        Header unsealed = block.Header with { Digest = new Digest(block.Header.Digest.Logs.SkipLast(1)) };

        BlockImportException bad = Assert.Throws<BlockImportException>(() => follower.Chain.Import(tampered, block.Extrinsics));
        BlockImportException none = Assert.Throws<BlockImportException>(() => follower.Chain.Import(unsealed, block.Extrinsics));

        Assert.Contains("Bad Aura seal", bad.Message, StringComparison.Ordinal);
        Assert.Contains("unsealed", none.Message, StringComparison.Ordinal);
        Assert.Equal(follower.Chain.GenesisHash, follower.Chain.Best.Hash);
        Assert.Null(follower.Chain.GetHash(1));
    }

    [Fact]
    public void Import_WrongStateRootSealedByTheAuthority_RefusedByExecution()
    {
        using var author = new DevChain();
        using var follower = new DevChain();
        BlockEntry block = author.Produce();
        Header preSeal = block.Header with { Digest = new Digest(block.Header.Digest.Logs.SkipLast(1)), StateRoot = H256.Blake2b256([9]) };
        Header resealed = AuraSeal.Seal(preSeal, DevChain.Key("Alice"));
        Header byBob = AuraSeal.Seal(preSeal with { StateRoot = block.Header.StateRoot }, DevChain.Key("Bob"));

        BlockImportException root = Assert.Throws<BlockImportException>(() => follower.Chain.Import(resealed, block.Extrinsics));
        BlockImportException author2 = Assert.Throws<BlockImportException>(() => follower.Chain.Import(byBob, block.Extrinsics));

        Assert.Contains("state root", root.Message, StringComparison.Ordinal);
        Assert.Contains("Bad Aura seal", author2.Message, StringComparison.Ordinal);
        Assert.Equal(0u, follower.Chain.Best.Number);
    }

    [Fact]
    public void Import_NotExtendingBest_Refused()
    {
        using var author = new DevChain();
        using var follower = new DevChain();
        author.Produce();
        BlockEntry second = author.Produce();

        BlockImportException ex = Assert.Throws<BlockImportException>(() => follower.Chain.Import(second.Header, second.Extrinsics));

        Assert.Contains("does not extend the best block", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_InMemoryDatabaseAgain_ResumesAtTheBestBlock()
    {
        var database = new InMemoryKeyValueDatabase();
        BlockEntry last;
        using (var first = new DevChain(database))
        {
            first.Produce();
            last = first.Produce();
        }

        using var second = new DevChain(database);

        Assert.Equal(last.Hash, second.Chain.Best.Hash);
        Assert.Equal(last.Hash, second.Chain.Finalized.Hash);
        Assert.Equal(3u, second.Produce().Number);
    }

    [Fact]
    public void Open_RocksDbAgain_ResumesWithBlocksAndState()
    {
        using var directory = new TemporaryDirectory();
        BlockEntry last;
        AccountInfo bob;
        using (RocksDbDatabase database = RocksDbDatabase.Open(directory.Path))
        using (var first = new DevChain(database))
        {
            first.Pool.Submit(DevChain.Transfer(DevChain.Key("Alice"), DevChain.Bob, 7_000_000_000, 0));
            first.Produce();
            last = first.Produce();
            bob = first.AccountOf(DevChain.Bob);
        }

        using (RocksDbDatabase database = RocksDbDatabase.Open(directory.Path))
        using (var second = new DevChain(database))
        {
            Assert.Equal(last.Hash, second.Chain.Best.Hash);
            Assert.Equal(bob, second.AccountOf(DevChain.Bob));
            Assert.Equal(2, second.Chain.GetBlock(second.Chain.GetHash(1)!.Value)!.Extrinsics.Count);
            Assert.Equal(last.Number + 1, second.Produce().Number);
        }
    }

    [Fact]
    public void Open_DatabaseOfAnotherChain_Throws()
    {
        var database = new InMemoryKeyValueDatabase();
        var batch = new ColumnWriteBatch();
        batch.Set(KeyValueColumn.Meta, ChainKeys.GenesisHash, H256.Blake2b256([7]).AsSpan());
        database.Write(batch);

        IOException ex = Assert.Throws<IOException>(() => new DevChain(database));

        Assert.Contains("another chain", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_StateNotMatchingTheBestHeader_ReportsCorruption()
    {
        var database = new InMemoryKeyValueDatabase();
        using (var dev = new DevChain(database))
        {
            dev.Produce();
        }

        database.GetColumn(KeyValueColumn.State).Set([1, 2, 3], [4]);

        IOException ex = Assert.Throws<IOException>(() => new DevChain(database));

        Assert.Contains("corrupt", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Finalize_WithADeferredGadget_MovesTheFinalizedPointer()
    {
        var database = new InMemoryKeyValueDatabase();
        using Blockchain chain = Blockchain.Open(database, DevChain.Runtime, DevChain.Genesis, new NeverOnImport());
        using var pool = new Bittensor.Node.Pool.TransactionPool(chain);
        var producer = new BlockProducer(chain, pool, DevChain.Key("Alice"), TimeProvider.System, Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance);
        BlockEntry first = producer.Produce(TimeSpan.FromSeconds(30));
        producer.Produce(TimeSpan.FromSeconds(30));
        Assert.Equal(chain.GenesisHash, chain.Finalized.Hash);
        BlockEntry? finalized = null;
        chain.BlockFinalized += (_, e) => finalized = e.Block;

        Assert.True(chain.Finalize(first.Hash));
        Assert.False(chain.Finalize(first.Hash));

        Assert.Equal(first.Hash, chain.Finalized.Hash);
        Assert.Equal(first.Hash, finalized?.Hash);
    }

    private sealed class NeverOnImport : IFinalityGadget
    {
        public bool IsFinalOnImport(BlockEntry block) => false;
    }
}
