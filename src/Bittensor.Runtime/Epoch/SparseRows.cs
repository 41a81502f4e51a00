using Bittensor.Core.FixedPoint;

namespace Bittensor.Runtime.Epoch;

/// <summary>
/// A sparse matrix in compressed-row form (one contiguous entry array, row <c>i</c> spanning
/// <c>Start[i]..Start[i+1]</c>), the layout of upstream's <c>Vec&lt;Vec&lt;(u16, I32F32)&gt;&gt;</c> without one
/// allocation per row. Entry order inside a row is kept exactly as upstream produces it. Buffers only grow, so a
/// reused instance allocates nothing once warm.
/// </summary>
internal sealed class SparseRows
{
    private int[] _start = [0];
    private ushort[] _cols = [];
    private I32F32[] _vals = [];
    private int _rows;
    private int _count;

    public int Rows => _rows;

    public int Count => _count;

    /// <summary>Empties the matrix and prepares room for <paramref name="rows"/> rows and <paramref name="capacity"/> entries.</summary>
    public void Reset(int rows, int capacity)
    {
        if (_start.Length < rows + 1)
        {
            _start = new int[rows + 1];
        }

        if (_cols.Length < capacity)
        {
            _cols = new ushort[capacity];
            _vals = new I32F32[capacity];
        }

        _rows = rows;
        _count = 0;
        _start[0] = 0;
    }

    /// <summary>Appends an entry to the row being built.</summary>
    public void Add(ushort col, I32F32 value)
    {
        if (_count == _cols.Length)
        {
            Grow();
        }

        _cols[_count] = col;
        _vals[_count] = value;
        _count++;
    }

    /// <summary>Closes row <paramref name="row"/> (rows are built in order).</summary>
    public void EndRow(int row) => _start[row + 1] = _count;

    /// <summary>Makes room for <paramref name="needed"/> more entries of the row being built.</summary>
    public void EnsureRoom(int needed)
    {
        while (_cols.Length - _count < needed)
        {
            Grow();
        }
    }

    /// <summary>The columns of the next <paramref name="needed"/> entries (after <see cref="EnsureRoom"/>), written in place.</summary>
    public Span<ushort> TailCols(int needed) => _cols.AsSpan(_count, needed);

    /// <summary>The values of the next <paramref name="needed"/> entries (after <see cref="EnsureRoom"/>), written in place.</summary>
    public Span<I32F32> TailValues(int needed) => _vals.AsSpan(_count, needed);

    /// <summary>Closes row <paramref name="row"/> after <paramref name="added"/> entries were written into the tail spans.</summary>
    public void EndRow(int row, int added)
    {
        _count += added;
        _start[row + 1] = _count;
    }

    public int RowStart(int row) => _start[row];

    public int RowEnd(int row) => _start[row + 1];

    public int RowLength(int row) => _start[row + 1] - _start[row];

    public ReadOnlySpan<ushort> Cols(int row) => _cols.AsSpan(_start[row], _start[row + 1] - _start[row]);

    public Span<I32F32> Values(int row) => _vals.AsSpan(_start[row], _start[row + 1] - _start[row]);

    /// <summary>All entries' columns, row after row.</summary>
    public ReadOnlySpan<ushort> AllCols => _cols.AsSpan(0, _count);

    /// <summary>All entries' values, row after row.</summary>
    public Span<I32F32> AllValues => _vals.AsSpan(0, _count);

    private void Grow()
    {
        int size = Math.Max(16, _cols.Length * 2);
        Array.Resize(ref _cols, size);
        Array.Resize(ref _vals, size);
    }
}
