namespace Bittensor.Sdk.Metagraphs;

/// <summary>
/// An immutable dense row-major float32 matrix: the metagraph's <c>W</c> (row i = the weights uid i set, normalised
/// to sum 1) and <c>B</c> (row i = the bonds uid i holds, raw u16 values as float, as upstream).
/// </summary>
public sealed class MetagraphMatrix : IEquatable<MetagraphMatrix>
{
    private readonly float[] _values;

    /// <summary>Wraps <paramref name="values"/> (taken over, not copied) as a <paramref name="rows"/> × <paramref name="columns"/> matrix.</summary>
    public MetagraphMatrix(int rows, int columns, float[] values)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(rows);
        ArgumentOutOfRangeException.ThrowIfNegative(columns);
        ArgumentNullException.ThrowIfNull(values);
        if ((long)rows * columns != values.Length)
        {
            throw new ArgumentException($"a {rows}×{columns} matrix needs {(long)rows * columns} values, got {values.Length}", nameof(values));
        }

        Rows = rows;
        Columns = columns;
        _values = values;
    }

    public int Rows { get; }

    public int Columns { get; }

    public float this[int row, int column]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)row, (uint)Rows, nameof(row));
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)column, (uint)Columns, nameof(column));
            return _values[(row * Columns) + column];
        }
    }

    /// <summary>Row <paramref name="row"/> as a read-only span.</summary>
    public ReadOnlySpan<float> Row(int row)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)row, (uint)Rows, nameof(row));
        return _values.AsSpan(row * Columns, Columns);
    }

    /// <summary>All values, row-major.</summary>
    public ReadOnlySpan<float> Values => _values;

    public bool Equals(MetagraphMatrix? other) =>
        other is not null && Rows == other.Rows && Columns == other.Columns && _values.AsSpan().SequenceEqual(other._values);

    public override bool Equals(object? obj) => Equals(obj as MetagraphMatrix);

    public override int GetHashCode() => HashCode.Combine(Rows, Columns, _values.Length == 0 ? 0 : _values[0]);

    public override string ToString() => $"{Rows}×{Columns} matrix";
}
