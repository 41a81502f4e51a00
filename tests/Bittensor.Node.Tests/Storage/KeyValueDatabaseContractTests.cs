using Bittensor.Core.Storage;
using Bittensor.Node.Storage;

namespace Bittensor.Node.Tests.Storage;

/// <summary>Cross-column behaviour of every <see cref="IKeyValueDatabase"/>.</summary>
public abstract class KeyValueDatabaseContractTests : IDisposable
{
    private protected abstract IKeyValueDatabase Database { get; }

    public virtual void Dispose() => GC.SuppressFinalize(this);

    private static byte[] B(params byte[] bytes) => bytes;

    [Fact]
    public void Columns_AreIndependentKeySpaces()
    {
        Database.GetColumn(KeyValueColumn.State).Set(B(1), B(0xa));
        Database.GetColumn(KeyValueColumn.Meta).Set(B(1), B(0xb));
        Database.GetColumn(KeyValueColumn.Meta).Set(B(2), B(0xc));

        Assert.Equal(B(0xa), Database.GetColumn(KeyValueColumn.State).Get(B(1)));
        Assert.Equal(B(0xb), Database.GetColumn(KeyValueColumn.Meta).Get(B(1)));
        Assert.Null(Database.GetColumn(KeyValueColumn.Headers).Get(B(1)));
        Assert.Single(Database.GetColumn(KeyValueColumn.State).Iterate([]));
        Assert.Null(Database.GetColumn(KeyValueColumn.State).NextKey(B(1)));
        Assert.Empty(Database.GetColumn(KeyValueColumn.Blocks).Iterate([]));
    }

    [Fact]
    public void Write_AcrossColumns_IsAtomicAndVisibleAtOnce()
    {
        Database.GetColumn(KeyValueColumn.Meta).Set(B(0), B(1));
        using IKeyValueDatabaseSnapshot before = Database.GetSnapshot();

        var batch = new ColumnWriteBatch();
        batch.Set(KeyValueColumn.State, B(1), B(1));
        batch.Set(KeyValueColumn.Headers, B(2), B(2));
        batch.Set(KeyValueColumn.Blocks, B(3), B(3));
        batch.Set(KeyValueColumn.Meta, B(0), B(2));
        batch.Remove(KeyValueColumn.State, B(9));
        Assert.Equal(5, batch.Count);
        Database.Write(batch);

        using IKeyValueDatabaseSnapshot after = Database.GetSnapshot();
        Assert.Equal(B(1), after.GetColumn(KeyValueColumn.State).Get(B(1)));
        Assert.Equal(B(2), after.GetColumn(KeyValueColumn.Headers).Get(B(2)));
        Assert.Equal(B(3), after.GetColumn(KeyValueColumn.Blocks).Get(B(3)));
        Assert.Equal(B(2), after.GetColumn(KeyValueColumn.Meta).Get(B(0)));

        Assert.Null(before.GetColumn(KeyValueColumn.State).Get(B(1)));
        Assert.Null(before.GetColumn(KeyValueColumn.Headers).Get(B(2)));
        Assert.Empty(before.GetColumn(KeyValueColumn.Blocks).Iterate([]));
        Assert.Equal(B(1), before.GetColumn(KeyValueColumn.Meta).Get(B(0)));
    }

    [Fact]
    public void Write_EmptyColumnBatch_ChangesNothing()
    {
        Database.Write(new ColumnWriteBatch());
        Assert.All(KeyValueColumns.All, c => Assert.Empty(Database.GetColumn(c).Iterate([])));
    }

    [Fact]
    public async Task Snapshots_NeverSeeAPartialBatch_UnderConcurrentWrites()
    {
        // Each batch writes the same counter into every column; a reader must always see four equal values.
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        int checks = 0;
        Task reader = Task.Run(
            () =>
            {
                while (!stop.IsCancellationRequested)
                {
                    using IKeyValueDatabaseSnapshot snapshot = Database.GetSnapshot();
                    byte[]?[] values = [.. KeyValueColumns.All.Select(c => snapshot.GetColumn(c).Get(B(7)))];
                    Assert.All(values, v => Assert.Equal(values[0], v));
                    Interlocked.Increment(ref checks);
                }
            },
            stop.Token);

        // Keep writing until the reader has checked many snapshots taken while writes were going on.
        int writes = 0;
        for (int i = 0; Volatile.Read(ref checks) < 200 && i < 1_000_000 && !stop.IsCancellationRequested; i++, writes++)
        {
            var batch = new ColumnWriteBatch();
            byte[] value = BitConverter.GetBytes(i);
            foreach (KeyValueColumn column in KeyValueColumns.All)
            {
                batch.Set(column, B(7), value);
            }

            Database.Write(batch);
        }

        await stop.CancelAsync();
        Assert.True(Volatile.Read(ref checks) >= 200, $"the reader ran {checks} checks during {writes} writes");
        await reader.ContinueWith(static _ => { }, TaskScheduler.Default);
        Assert.False(reader.IsFaulted, reader.Exception?.ToString());
    }

    [Fact]
    public void ColumnStoreWrite_IsScopedToItsColumn()
    {
        var batch = new WriteBatch();
        batch.Set(B(1), B(1));
        Database.GetColumn(KeyValueColumn.Headers).Write(batch);
        Assert.Equal(B(1), Database.GetColumn(KeyValueColumn.Headers).Get(B(1)));
        Assert.Null(Database.GetColumn(KeyValueColumn.Blocks).Get(B(1)));
    }
}
