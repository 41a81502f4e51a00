using Bittensor.Core.Storage;

namespace Bittensor.Node.Tests.Storage;

/// <summary>
/// The behaviour every <see cref="IKeyValueStore"/> must have, run against each implementation (in-memory, a column of the
/// in-memory database, a RocksDB column family) so they cannot drift apart.
/// </summary>
public abstract class KeyValueStoreContractTests : IDisposable
{
    protected abstract IKeyValueStore Store { get; }

    public virtual void Dispose() => GC.SuppressFinalize(this);

    private static byte[] B(params byte[] bytes) => bytes;

    private static byte[][] Keys(IEnumerable<KeyValuePair<byte[], byte[]>> entries) => [.. entries.Select(e => e.Key)];

    [Fact]
    public void SetGetRemove_RoundTrip()
    {
        Store.Set(B(1, 2), B(9));
        Assert.Equal(B(9), Store.Get(B(1, 2)));
        Assert.True(Store.Contains(B(1, 2)));
        Store.Set(B(1, 2), B(8, 8));
        Assert.Equal(B(8, 8), Store.Get(B(1, 2)));
        Store.Remove(B(1, 2));
        Assert.Null(Store.Get(B(1, 2)));
        Assert.False(Store.Contains(B(1, 2)));
        Store.Remove(B(7));
        Assert.Empty(Store.Iterate([]));
    }

    [Fact]
    public void EmptyValue_IsStoredAndDistinctFromAbsent()
    {
        Store.Set(B(1), []);
        Assert.Equal(B(), Store.Get(B(1)));
        Assert.True(Store.Contains(B(1)));
        Assert.Null(Store.Get(B(2)));
    }

    [Fact]
    public void EmptyKey_IsAValidKey()
    {
        Store.Set([], B(5));
        Store.Set(B(0), B(6));
        Assert.Equal(B(5), Store.Get([]));
        Assert.Equal([B(), B(0)], Keys(Store.Iterate([])));
        Assert.Equal(B(0), Store.NextKey([]));
    }

    [Fact]
    public void NextKey_IsStrictlyGreaterInUnsignedByteOrder()
    {
        var batch = new WriteBatch();
        batch.Set(B(0x01), B(1));
        batch.Set(B(0x01, 0x00), B(2));
        batch.Set(B(0x80), B(3));
        batch.Set(B(0xff), B(4));
        Store.Write(batch);

        Assert.Equal(B(0x01), Store.NextKey([]));
        Assert.Equal(B(0x01, 0x00), Store.NextKey(B(0x01)));
        Assert.Equal(B(0x80), Store.NextKey(B(0x01, 0x00)));
        Assert.Equal(B(0x80), Store.NextKey(B(0x7f, 0xff, 0xff)));
        Assert.Equal(B(0xff), Store.NextKey(B(0x80)));
        Assert.Null(Store.NextKey(B(0xff)));
        Assert.Null(Store.NextKey(B(0xff, 0x00)));
    }

    [Fact]
    public void Iterate_PrefixAndStartAfter_InUnsignedOrder()
    {
        var batch = new WriteBatch();
        foreach (byte[] key in new[] { B(1, 0xff), B(1, 0x7f), B(2, 0), B(1), B(1, 0x80), B(0, 9), B(1, 0x80, 0) })
        {
            batch.Set(key, key);
        }

        Store.Write(batch);
        Assert.Equal([B(1), B(1, 0x7f), B(1, 0x80), B(1, 0x80, 0), B(1, 0xff)], Keys(Store.Iterate(B(1))));
        Assert.Equal([B(1, 0x80, 0), B(1, 0xff)], Keys(Store.Iterate(B(1), startAfter: B(1, 0x80))));
        Assert.Equal([B(1, 0x80), B(1, 0x80, 0), B(1, 0xff)], Keys(Store.Iterate(B(1), startAfter: B(1, 0x7f, 0xff))));
        Assert.Equal([B(1), B(1, 0x7f), B(1, 0x80), B(1, 0x80, 0), B(1, 0xff)], Keys(Store.Iterate(B(1), startAfter: B(0, 9))));
        Assert.Empty(Store.Iterate(B(1), startAfter: B(1, 0xff)));
        Assert.Empty(Store.Iterate(B(1), startAfter: B(2)));
        Assert.Empty(Store.Iterate(B(3)));
        Assert.Equal(7, Store.Iterate([]).Count());
        Assert.All(Store.Iterate(B(1)), e => Assert.Equal(e.Key, e.Value));
    }

    [Fact]
    public void Write_LastOperationPerKeyWins_AndIsAtomicForSnapshots()
    {
        Store.Set(B(5), B(5));
        using IKeyValueSnapshot before = Store.GetSnapshot();

        var batch = new WriteBatch();
        batch.Set(B(1), B(1));
        batch.Remove(B(1));
        batch.Set(B(2), B(2));
        batch.Set(B(2), B(3));
        batch.Remove(B(5));
        Store.Write(batch);

        Assert.Null(Store.Get(B(1)));
        Assert.Equal(B(3), Store.Get(B(2)));
        Assert.Null(Store.Get(B(5)));
        Assert.Equal(B(5), before.Get(B(5)));
        Assert.Null(before.Get(B(2)));
        Assert.Equal([B(5)], Keys(before.Iterate([])));
    }

    [Fact]
    public void Write_EmptyBatch_ChangesNothing()
    {
        Store.Set(B(1), B(1));
        Store.Write(new WriteBatch());
        Assert.Equal([B(1)], Keys(Store.Iterate([])));
    }

    [Fact]
    public void Snapshot_IsIsolatedFromLaterWrites()
    {
        Store.Set(B(1), B(10));
        Store.Set(B(3), B(30));
        using IKeyValueSnapshot snapshot = Store.GetSnapshot();
        Store.Set(B(1), B(11));
        Store.Set(B(2), B(20));
        Store.Remove(B(3));

        Assert.Equal(B(10), snapshot.Get(B(1)));
        Assert.Null(snapshot.Get(B(2)));
        Assert.Equal(B(30), snapshot.Get(B(3)));
        Assert.Equal(B(3), snapshot.NextKey(B(1)));
        Assert.Equal([B(1), B(3)], Keys(snapshot.Iterate([])));
        Assert.Equal([B(1), B(2)], Keys(Store.Iterate([])));
    }

    [Fact]
    public void Iterate_WritesDuringEnumeration_AreNotSeen()
    {
        for (byte i = 0; i < 10; i++)
        {
            Store.Set(B(i), B(i));
        }

        var seen = new List<byte[]>();
        foreach (KeyValuePair<byte[], byte[]> entry in Store.Iterate([]))
        {
            seen.Add(entry.Key);
            if (entry.Key[0] == 2)
            {
                Store.Remove(B(5));
                Store.Set(B(4, 1), B(0));
            }
        }

        Assert.Equal(10, seen.Count);
        Assert.Null(Store.Get(B(5)));
        Assert.Equal(B(0), Store.Get(B(4, 1)));
    }

    [Fact]
    public void LargeValue_RoundTrips()
    {
        byte[] value = new byte[1 << 20];
        new Random(7).NextBytes(value);
        Store.Set(B(1), value);
        Assert.Equal(value, Store.Get(B(1)));
    }

    [Fact]
    public void RandomOperations_MatchASortedReferenceModel()
    {
        var random = new Random(20240601);
        var model = new SortedDictionary<byte[], byte[]>(ByteArrayComparer.Instance);
        for (int round = 0; round < 30; round++)
        {
            var batch = new WriteBatch();
            var pending = new Dictionary<byte[], byte[]?>(ByteArrayComparer.Instance);
            for (int op = 0; op < 20; op++)
            {
                byte[] key = new byte[random.Next(0, 4)];
                random.NextBytes(key);
                if (random.Next(4) == 0)
                {
                    batch.Remove(key);
                    pending[key] = null;
                }
                else
                {
                    byte[] value = new byte[random.Next(0, 5)];
                    random.NextBytes(value);
                    batch.Set(key, value);
                    pending[key] = value;
                }
            }

            Store.Write(batch);
            foreach (KeyValuePair<byte[], byte[]?> change in pending)
            {
                if (change.Value is null)
                {
                    model.Remove(change.Key);
                }
                else
                {
                    model[change.Key] = change.Value;
                }
            }

            List<KeyValuePair<byte[], byte[]>> all = [.. Store.Iterate([])];
            Assert.Equal(model.Keys, all.Select(e => e.Key));
            Assert.Equal(model.Values, all.Select(e => e.Value));
            byte[] prefix = [(byte)random.Next(256)];
            Assert.Equal(model.Keys.Where(k => k.AsSpan().StartsWith(prefix)), Keys(Store.Iterate(prefix)));
            byte[] probe = new byte[random.Next(0, 3)];
            random.NextBytes(probe);
            Assert.Equal(model.Keys.FirstOrDefault(k => ByteArrayComparer.Instance.Compare(k, probe) > 0), Store.NextKey(probe));
        }
    }
}
