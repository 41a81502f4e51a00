using Bittensor.Core.Storage;
using Bittensor.Node.Storage;

namespace Bittensor.Node.Tests.Storage;

public sealed class InMemoryKeyValueStoreContractTests : KeyValueStoreContractTests
{
    protected override IKeyValueStore Store { get; } = new InMemoryKeyValueStore();
}

public sealed class InMemoryDatabaseColumnContractTests : KeyValueStoreContractTests
{
    private readonly InMemoryKeyValueDatabase _database = new();

    public InMemoryDatabaseColumnContractTests()
    {
        // Neighbouring columns hold keys too, so a column that leaked into another would show it.
        _database.GetColumn(KeyValueColumn.State).Set([0xff], [1]);
        _database.GetColumn(KeyValueColumn.Blocks).Set([], [1]);
        _database.GetColumn(KeyValueColumn.Blocks).Set([0x00], [1]);
    }

    protected override IKeyValueStore Store => _database.GetColumn(KeyValueColumn.Headers);
}

[Trait("Category", "Integration")]
public sealed class RocksDbColumnContractTests : KeyValueStoreContractTests
{
    private readonly TemporaryDirectory _directory = new();
    private readonly RocksDbDatabase _database;

    public RocksDbColumnContractTests()
    {
        _database = RocksDbDatabase.Open(_directory.Path);
        _database.GetColumn(KeyValueColumn.State).Set([0xff], [1]);
        _database.GetColumn(KeyValueColumn.Blocks).Set([], [1]);
    }

    protected override IKeyValueStore Store => _database.GetColumn(KeyValueColumn.Headers);

    public override void Dispose()
    {
        _database.Dispose();
        _directory.Dispose();
        base.Dispose();
    }
}

public sealed class InMemoryDatabaseContractTests : KeyValueDatabaseContractTests
{
    private protected override IKeyValueDatabase Database { get; } = new InMemoryKeyValueDatabase();
}

[Trait("Category", "Integration")]
public sealed class RocksDbDatabaseContractTests : KeyValueDatabaseContractTests
{
    private readonly TemporaryDirectory _directory = new();
    private readonly RocksDbDatabase _database;

    public RocksDbDatabaseContractTests() => _database = RocksDbDatabase.Open(_directory.Path);

    private protected override IKeyValueDatabase Database => _database;

    public override void Dispose()
    {
        _database.Dispose();
        _directory.Dispose();
        base.Dispose();
    }
}
