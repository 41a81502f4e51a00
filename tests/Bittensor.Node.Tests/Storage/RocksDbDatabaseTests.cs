using Bittensor.Core.Storage;
using Bittensor.Node.Storage;

namespace Bittensor.Node.Tests.Storage;

[Trait("Category", "Integration")]
public sealed class RocksDbDatabaseTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void Reopen_KeepsDataInEveryColumn()
    {
        using (RocksDbDatabase database = RocksDbDatabase.Open(_directory.Path))
        {
            var batch = new ColumnWriteBatch();
            foreach (KeyValueColumn column in KeyValueColumns.All)
            {
                batch.Set(column, [1, 2], [(byte)column]);
            }

            database.Write(batch);
            database.GetColumn(KeyValueColumn.Meta).Set("best"u8, [9, 9]);
        }

        using (RocksDbDatabase reopened = RocksDbDatabase.Open(_directory.Path))
        {
            foreach (KeyValueColumn column in KeyValueColumns.All)
            {
                Assert.Equal(new byte[] { (byte)column }, reopened.GetColumn(column).Get([1, 2]));
            }

            Assert.Equal(new byte[] { 9, 9 }, reopened.GetColumn(KeyValueColumn.Meta).Get("best"u8));
        }

        Assert.True(File.Exists(Path.Combine(_directory.Path, "CURRENT")));
    }

    [Fact]
    public void Open_WhileAnotherInstanceHoldsIt_FailsWithIOException()
    {
        using RocksDbDatabase first = RocksDbDatabase.Open(_directory.Path);
        IOException error = Assert.Throws<IOException>(() => RocksDbDatabase.Open(_directory.Path));
        Assert.Contains(_directory.Path, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Dispose_ReleasesOpenSnapshots_ThenReopenWorks()
    {
        RocksDbDatabase database = RocksDbDatabase.Open(_directory.Path);
        database.GetColumn(KeyValueColumn.State).Set([1], [1]);
        IKeyValueSnapshot columnSnapshot = database.GetColumn(KeyValueColumn.State).GetSnapshot();
        IKeyValueDatabaseSnapshot databaseSnapshot = database.GetSnapshot();
        database.Dispose();
        database.Dispose();

        Assert.Throws<ObjectDisposedException>(() => columnSnapshot.Get([1]));
        Assert.Throws<ObjectDisposedException>(() => databaseSnapshot.GetColumn(KeyValueColumn.State).Get([1]));
        Assert.Throws<ObjectDisposedException>(() => database.GetColumn(KeyValueColumn.State).Get([1]));
        columnSnapshot.Dispose();
        databaseSnapshot.Dispose();

        using RocksDbDatabase reopened = RocksDbDatabase.Open(_directory.Path);
        Assert.Equal(new byte[] { 1 }, reopened.GetColumn(KeyValueColumn.State).Get([1]));
    }

    [Fact]
    public void Open_DatabaseWithAnUnknownColumnFamily_OpensAndKeepsIt()
    {
        var options = new RocksDbSharp.DbOptions().SetCreateIfMissing(true).SetCreateMissingColumnFamilies(true);
        var families = new RocksDbSharp.ColumnFamilies { { "future", new RocksDbSharp.ColumnFamilyOptions() } };
        using (RocksDbSharp.RocksDb raw = RocksDbSharp.RocksDb.Open(options, _directory.Path, families))
        {
            raw.Put([1], [2], raw.GetColumnFamily("future"));
        }

        using (RocksDbDatabase database = RocksDbDatabase.Open(_directory.Path))
        {
            database.GetColumn(KeyValueColumn.State).Set([3], [4]);
        }

        Assert.Contains("future", RocksDbSharp.RocksDb.ListColumnFamilies(options, _directory.Path));
        Assert.Contains("state", RocksDbSharp.RocksDb.ListColumnFamilies(options, _directory.Path));
    }

    [Fact]
    public void ColumnSnapshot_SurvivesLaterWritesAndDisposesOnce()
    {
        using RocksDbDatabase database = RocksDbDatabase.Open(_directory.Path);
        IKeyValueStore state = database.GetColumn(KeyValueColumn.State);
        state.Set([1], [1]);
        IKeyValueSnapshot snapshot = state.GetSnapshot();
        state.Set([1], [2]);
        Assert.Equal(new byte[] { 1 }, snapshot.Get([1]));
        snapshot.Dispose();
        snapshot.Dispose();
        Assert.Throws<ObjectDisposedException>(() => snapshot.Get([1]));
        Assert.Equal(new byte[] { 2 }, state.Get([1]));
    }
}
