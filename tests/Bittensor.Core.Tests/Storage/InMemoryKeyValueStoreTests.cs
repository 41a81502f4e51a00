using Bittensor.Core.Storage;

namespace Bittensor.Core.Tests.Storage;

public class InMemoryKeyValueStoreTests
{
    private static byte[] B(params byte[] bytes) => bytes;

    [Fact]
    public void SetGetRemove_RoundTrip()
    {
        var store = new InMemoryKeyValueStore();
        store.Set(B(1, 2), B(9));
        Assert.Equal(B(9), store.Get(B(1, 2)));
        Assert.True(((IReadOnlyKeyValueStore)store).Contains(B(1, 2)));
        store.Set(B(1, 2), B(8, 8));
        Assert.Equal(B(8, 8), store.Get(B(1, 2)));
        store.Remove(B(1, 2));
        Assert.Null(store.Get(B(1, 2)));
        store.Remove(B(7));
        Assert.Equal(0, store.Count);
    }

    [Fact]
    public void EmptyValue_IsStoredAndDistinctFromAbsent()
    {
        var store = new InMemoryKeyValueStore();
        store.Set(B(1), []);
        Assert.Equal(B(), store.Get(B(1))!);
        Assert.Null(store.Get(B(2)));
    }

    [Fact]
    public void NextKey_IsStrictlyGreaterInUnsignedByteOrder()
    {
        var store = new InMemoryKeyValueStore();
        var batch = new WriteBatch();
        batch.Set(B(0x01), B(1));
        batch.Set(B(0x01, 0x00), B(2));
        batch.Set(B(0x80), B(3));
        batch.Set(B(0xff), B(4));
        store.Write(batch);

        Assert.Equal(B(0x01), store.NextKey([]));
        Assert.Equal(B(0x01, 0x00), store.NextKey(B(0x01)));
        Assert.Equal(B(0x80), store.NextKey(B(0x01, 0x00)));
        Assert.Equal(B(0x80), store.NextKey(B(0x7f, 0xff, 0xff)));
        Assert.Equal(B(0xff), store.NextKey(B(0x80)));
        Assert.Null(store.NextKey(B(0xff)));
    }

    [Fact]
    public void Iterate_PrefixAndStartAfter_InOrder()
    {
        var store = new InMemoryKeyValueStore();
        var batch = new WriteBatch();
        foreach (byte[] key in new[] { B(1, 3), B(1, 1), B(2, 0), B(1), B(1, 2), B(0, 9) })
        {
            batch.Set(key, key);
        }

        store.Write(batch);
        Assert.Equal([B(1), B(1, 1), B(1, 2), B(1, 3)], store.Iterate(B(1)).Select(e => e.Key).ToArray());
        Assert.Equal([B(1, 2), B(1, 3)], store.Iterate(B(1), startAfter: B(1, 1)).Select(e => e.Key).ToArray());
        Assert.Equal([B(1), B(1, 1), B(1, 2), B(1, 3)], store.Iterate(B(1), startAfter: B(0, 9)).Select(e => e.Key).ToArray());
        Assert.Empty(store.Iterate(B(1), startAfter: B(1, 3)));
        Assert.Equal(6, store.Iterate([]).Count());
    }

    [Fact]
    public void Write_LastOperationPerKeyWins_AndIsAtomicForSnapshots()
    {
        var store = new InMemoryKeyValueStore();
        store.Set(B(5), B(5));
        using IKeyValueSnapshot before = store.GetSnapshot();

        var batch = new WriteBatch();
        batch.Set(B(1), B(1));
        batch.Remove(B(1));
        batch.Set(B(2), B(2));
        batch.Remove(B(5));
        batch.Set(B(3), B(3));
        store.Write(batch);

        Assert.Null(store.Get(B(1)));
        Assert.Equal(B(2), store.Get(B(2)));
        Assert.Null(store.Get(B(5)));
        Assert.Equal(B(5), before.Get(B(5)));
        Assert.Null(before.Get(B(2)));
        Assert.Single(before.Iterate([]));
    }

    [Fact]
    public void WriteBatch_CopiesCallerBuffers()
    {
        var store = new InMemoryKeyValueStore();
        byte[] key = B(1);
        byte[] value = B(7);
        var batch = new WriteBatch();
        batch.Add(key, value);
        key[0] = 9;
        value[0] = 9;
        store.Write(batch);
        Assert.Equal(B(7), store.Get(B(1)));
    }

    [Fact]
    public async Task Snapshots_ConcurrentWithWriters_SeeConsistentStates()
    {
        var store = new InMemoryKeyValueStore();
        const int Rounds = 200;
        var writer = Task.Run(() =>
        {
            for (int i = 1; i <= Rounds; i++)
            {
                // Both keys always hold the same counter: a torn snapshot would show different values.
                var batch = new WriteBatch();
                batch.Set(B(1), BitConverter.GetBytes(i));
                batch.Set(B(2), BitConverter.GetBytes(i));
                store.Write(batch);
            }
        });

        while (!writer.IsCompleted)
        {
            using IKeyValueSnapshot snapshot = store.GetSnapshot();
            byte[]? a = snapshot.Get(B(1));
            byte[]? b = snapshot.Get(B(2));
            Assert.Equal(a, b);
        }

        await writer;
        Assert.Equal(BitConverter.GetBytes(Rounds), store.Get(B(2)));
    }
}
