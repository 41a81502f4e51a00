using Bittensor.Core.Storage;

namespace Bittensor.Node.Storage;

/// <summary>
/// Puts and deletes over several columns, applied at once by <see cref="IKeyValueDatabase.Write"/>. Within a column the
/// last operation on a key wins (the rule of <see cref="WriteBatch"/>).
/// </summary>
internal sealed class ColumnWriteBatch
{
    private readonly WriteBatch?[] _columns = new WriteBatch?[KeyValueColumns.All.Count];

    /// <summary>Number of distinct (column, key) pairs touched.</summary>
    public int Count
    {
        get
        {
            int count = 0;
            foreach (WriteBatch? batch in _columns)
            {
                count += batch?.Count ?? 0;
            }

            return count;
        }
    }

    /// <summary>The batch of <paramref name="column"/>, created on first use; add operations to it directly.</summary>
    public WriteBatch For(KeyValueColumn column) => _columns[Index(column)] ??= new WriteBatch();

    public void Set(KeyValueColumn column, ReadOnlySpan<byte> key, ReadOnlySpan<byte> value) => For(column).Set(key, value);

    public void Remove(KeyValueColumn column, ReadOnlySpan<byte> key) => For(column).Remove(key);

    /// <summary>The non-empty column batches in column order.</summary>
    public IEnumerable<KeyValuePair<KeyValueColumn, WriteBatch>> Columns()
    {
        for (int i = 0; i < _columns.Length; i++)
        {
            if (_columns[i] is { Count: > 0 } batch)
            {
                yield return new KeyValuePair<KeyValueColumn, WriteBatch>((KeyValueColumn)i, batch);
            }
        }
    }

    private static int Index(KeyValueColumn column)
    {
        int index = (int)column;
        if ((uint)index >= (uint)KeyValueColumns.All.Count)
        {
            throw new ArgumentOutOfRangeException(nameof(column), column, "unknown column");
        }

        return index;
    }
}
