namespace Bittensor.Node.Storage;

/// <summary>
/// The column families of the node's database. Each is an independent ordered key space; one
/// <see cref="ColumnWriteBatch"/> can change several of them atomically.
/// </summary>
/// <remarks>The numeric values are persisted by <see cref="InMemoryKeyValueDatabase"/> as key prefixes: never renumber.</remarks>
internal enum KeyValueColumn : byte
{
    /// <summary>Trie nodes / state entries of every kept block.</summary>
    State = 0,

    /// <summary>Block headers by hash (and whatever index the block store keeps beside them).</summary>
    Headers = 1,

    /// <summary>Block bodies (extrinsics) and justifications by hash.</summary>
    Blocks = 2,

    /// <summary>Small singletons: best/finalized head pointers, number → hash index, schema version.</summary>
    Meta = 3,
}
