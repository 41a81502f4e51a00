using Bittensor.Core.Storage;
using Bittensor.Core.Storage.Trie;
using Bittensor.Runtime.Framework.Storage;

namespace Bittensor.Runtime.Tests.Framework;

public class StorageOverlayTests
{
    private static byte[] B(params byte[] bytes) => bytes;

    private static InMemoryKeyValueStore Backing(params (byte[] Key, byte[] Value)[] entries)
    {
        var store = new InMemoryKeyValueStore();
        var batch = new WriteBatch();
        foreach ((byte[] key, byte[] value) in entries)
        {
            batch.Set(key, value);
        }

        store.Write(batch);
        return store;
    }

    [Fact]
    public void Reads_FallThroughToBacking_AndWritesShadowIt()
    {
        var overlay = new StorageOverlay(Backing((B(1), B(10)), (B(2), B(20))));
        Assert.Equal(B(10), overlay.Get(B(1)));
        overlay.Set(B(1), B(11));
        overlay.Remove(B(2));
        Assert.Equal(B(11), overlay.Get(B(1)));
        Assert.Null(overlay.Get(B(2)));
        Assert.Null(overlay.Get(B(3)));
    }

    [Fact]
    public void NestedRollback_DiscardsOnlyInnerLayer()
    {
        var overlay = new StorageOverlay(Backing((B(1), B(10))));
        overlay.Set(B(2), B(20));
        overlay.BeginTransaction();
        overlay.Set(B(3), B(30));
        overlay.BeginTransaction();
        overlay.Set(B(1), B(99));
        overlay.Remove(B(2));
        Assert.Equal(2, overlay.TransactionDepth);
        overlay.RollbackTransaction();
        Assert.Equal(B(10), overlay.Get(B(1)));
        Assert.Equal(B(20), overlay.Get(B(2)));
        Assert.Equal(B(30), overlay.Get(B(3)));
        overlay.CommitTransaction();
        Assert.Equal(0, overlay.TransactionDepth);
        Assert.Equal([B(2), B(3)], overlay.GetChanges().Select(c => c.Key).ToArray());
    }

    [Fact]
    public void ReopenedLayers_StartEmpty_AfterCommitAndRollback()
    {
        // Closed layers are reused: a new transaction must not see what an earlier, closed one wrote.
        var overlay = new StorageOverlay(Backing((B(1), B(10))));
        overlay.BeginTransaction();
        overlay.Set(B(1), B(11));
        overlay.Set(B(2), B(20));
        overlay.RollbackTransaction();
        overlay.BeginTransaction();
        Assert.Equal(B(10), overlay.Get(B(1)));
        Assert.Null(overlay.Get(B(2)));
        overlay.Set(B(3), B(30));
        overlay.CommitTransaction();
        overlay.BeginTransaction();
        overlay.Remove(B(1));
        overlay.RollbackTransaction();
        Assert.Equal(B(10), overlay.Get(B(1)));
        Assert.Equal([B(3)], overlay.GetChanges().Select(c => c.Key).ToArray());
        Assert.Equal([B(1), B(3)], overlay.Iterate([]).Select(e => e.Key).ToArray());
    }

    [Fact]
    public void CommitInner_ThenRollbackOuter_DiscardsBoth()
    {
        var overlay = new StorageOverlay(Backing());
        overlay.BeginTransaction();
        overlay.BeginTransaction();
        overlay.Set(B(7), B(7));
        overlay.CommitTransaction();
        Assert.Equal(B(7), overlay.Get(B(7)));
        overlay.RollbackTransaction();
        Assert.Null(overlay.Get(B(7)));
        Assert.Empty(overlay.GetChanges());
    }

    [Fact]
    public void CommitOrRollback_WithoutLayer_Throws()
    {
        var overlay = new StorageOverlay(Backing());
        Assert.Throws<InvalidOperationException>(overlay.CommitTransaction);
        Assert.Throws<InvalidOperationException>(overlay.RollbackTransaction);
        overlay.BeginTransaction();
        Assert.Throws<InvalidOperationException>(() => overlay.GetChanges());
    }

    [Fact]
    public void TransactionDepth_IsLimited()
    {
        var overlay = new StorageOverlay(Backing());
        for (int i = 0; i < StorageOverlay.MaxTransactionDepth; i++)
        {
            overlay.BeginTransaction();
        }

        Assert.Throws<InvalidOperationException>(overlay.BeginTransaction);
    }

    [Fact]
    public void Iterate_MergesOverlayAndBacking_InOrder_SkippingDeletes()
    {
        var overlay = new StorageOverlay(Backing((B(1, 1), B(1)), (B(1, 3), B(3)), (B(1, 5), B(5)), (B(2), B(9))));
        overlay.Set(B(1, 2), B(2));
        overlay.Remove(B(1, 3));
        overlay.BeginTransaction();
        overlay.Set(B(1, 5), B(55));
        overlay.Set(B(1, 6), B(6));

        var all = overlay.Iterate(B(1));
        Assert.Equal([B(1, 1), B(1, 2), B(1, 5), B(1, 6)], all.Select(e => e.Key).ToArray());
        Assert.Equal(B(55), all[2].Value);
        Assert.Equal([B(1, 5), B(1, 6)], overlay.Iterate(B(1), startAfter: B(1, 2)).Select(e => e.Key).ToArray());
        Assert.Equal(5, overlay.Iterate([]).Count);
    }

    [Fact]
    public void NextKey_SkipsDeletedBackingKeys_AndSeesNewOnes()
    {
        var overlay = new StorageOverlay(Backing((B(1), B(1)), (B(3), B(3)), (B(5), B(5))));
        overlay.Remove(B(3));
        overlay.Set(B(4), B(4));
        Assert.Equal(B(4), overlay.NextKey(B(1)));
        Assert.Equal(B(5), overlay.NextKey(B(4)));
        overlay.Remove(B(5));
        Assert.Null(overlay.NextKey(B(4)));
        overlay.Set(B(0), B(0));
        Assert.Equal(B(0), overlay.NextKey([]));
    }

    [Fact]
    public void ClearPrefix_RemovesBackingAndPendingKeys()
    {
        var overlay = new StorageOverlay(Backing((B(1, 1), B(1)), (B(2), B(2))));
        overlay.Set(B(1, 2), B(2));
        IStorage storage = overlay;
        Assert.Equal(2, storage.ClearPrefix(B(1)));
        Assert.Empty(overlay.Iterate(B(1)));
        Assert.Equal(B(2), overlay.Get(B(2)));
    }

    [Fact]
    public void ToWriteBatch_AppliedToBacking_GivesTheSameStateAndRoot()
    {
        InMemoryKeyValueStore backing = Backing((B(1), B(1)), (B(2), B(2)));
        var overlay = new StorageOverlay(backing.GetSnapshot());
        overlay.Set(B(3), new byte[40]);
        overlay.Remove(B(1));
        var root = overlay.StateRoot(StateVersion.V1);
        backing.Write(overlay.ToWriteBatch());
        Assert.Equal(root, TrieRoot.ComputeSorted(backing.Iterate([]).ToList(), StateVersion.V1));
        Assert.Null(backing.Get(B(1)));
    }
}
