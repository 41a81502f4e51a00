namespace Bittensor.Node.Storage;

/// <summary>Names and enumeration of <see cref="KeyValueColumn"/>.</summary>
internal static class KeyValueColumns
{
    /// <summary>Every column, in numeric order.</summary>
    public static IReadOnlyList<KeyValueColumn> All { get; } =
        [KeyValueColumn.State, KeyValueColumn.Headers, KeyValueColumn.Blocks, KeyValueColumn.Meta];

    /// <summary>The RocksDB column family name of <paramref name="column"/> (lower case, stable on disk).</summary>
    public static string Name(KeyValueColumn column) => column switch
    {
        KeyValueColumn.State => "state",
        KeyValueColumn.Headers => "headers",
        KeyValueColumn.Blocks => "blocks",
        KeyValueColumn.Meta => "meta",
        _ => throw new ArgumentOutOfRangeException(nameof(column), column, "unknown column"),
    };
}
