namespace Bittensor.Runtime.Epoch;

/// <summary>
/// The weight and bond rows of the uids that have either, as dense row-major u16 matrices (a cell absent from a stored
/// row is 0), with their per-row and per-column vectors, for the dense Yuma 3 path of <see cref="YumaEpoch"/>. Rows
/// are padded to a multiple of <see cref="DenseLanes.Lanes"/> columns with zero cells, so the kernels have no tails.
/// Buffers only grow, so a reused instance allocates nothing once warm.
/// </summary>
internal sealed class DenseMatrix
{
    /// <summary>The cells a dense epoch may hold (rows × padded columns): 4 Mi cells, 48 MiB of buffers.</summary>
    public const int MaxCells = 1 << 22;

    public int N { get; private set; }

    /// <summary>Padded row length: N rounded up to a multiple of <see cref="DenseLanes.Lanes"/>.</summary>
    public int Stride { get; private set; }

    /// <summary>Dense rows: uids with a permitted weight row or a bond row.</summary>
    public int Rows { get; private set; }

    /// <summary>Dense row → uid.</summary>
    public int[] RowUid = [];

    /// <summary>Uid → dense row, −1 for a uid with neither.</summary>
    public int[] RowOfUid = [];

    /// <summary>Rows × Stride: the permitted weight rows' u16 values after masking (self-weight, registration, commit-reveal).</summary>
    public ushort[] Weights = [];

    /// <summary>Rows × Stride: the stored bond rows' u16 values.</summary>
    public ushort[] Bonds = [];

    /// <summary>Per dense row: the sum of its masked weights (0 for a row without weights).</summary>
    public ulong[] RowSum = [];

    /// <summary>Per dense row: (R, d) of <see cref="DenseLanes.Reciprocal(ulong)"/> for its row sum.</summary>
    public ulong[] RowReciprocal = [];

    /// <summary>Per dense row: the divisor paired with <see cref="RowReciprocal"/>.</summary>
    public ulong[] RowDivisor = [];

    /// <summary>Rows × Stride: the bond EMA (I32F32 bits, each a proportion); for Yuma 1 first ΔB.</summary>
    public ulong[] Ema = [];

    /// <summary>Per dense row: the EMA's non-zero cells.</summary>
    public int[] EmaCount = [];

    /// <summary>Per padded column: BlockAtRegistration (padding: ulong.MaxValue).</summary>
    public ulong[] Registered = [];

    /// <summary>Per padded column: consensus bits.</summary>
    public ulong[] Consensus = [];

    /// <summary>Per padded column: all ones where last_tempo &gt; registration (the bond survives), else 0.</summary>
    public ulong[] BondMask = [];

    /// <summary>Per padded column: the stake-weighted rank, then the incentive.</summary>
    public ulong[] Rank = [];

    /// <summary>Per padded column: the sum of the EMA column.</summary>
    public ulong[] ColumnSum = [];

    /// <summary>Per padded column: (R, d) of <see cref="DenseLanes.Reciprocal(ulong)"/> for the column sum.</summary>
    public ulong[] ColumnReciprocal = [];

    /// <summary>Per padded column: the divisor paired with <see cref="ColumnReciprocal"/>.</summary>
    public ulong[] ColumnDivisor = [];

    /// <summary>Per padded column: a second column sum (Yuma 1: the bonds', then the EMA column maxima).</summary>
    public ulong[] ColumnSum2 = [];

    /// <summary>Per padded column: (R, d) for <see cref="ColumnSum2"/>.</summary>
    public ulong[] ColumnReciprocal2 = [];

    /// <summary>Per padded column: the divisor paired with <see cref="ColumnReciprocal2"/>.</summary>
    public ulong[] ColumnDivisor2 = [];

    /// <summary>Lays out <paramref name="rows"/> dense rows over <paramref name="n"/> uids (contents unspecified).</summary>
    public void Reset(int n, int rows)
    {
        N = n;
        Stride = DenseLanes.Padded(n);
        Rows = rows;
        int cells = rows * Stride;
        EpochWorkspace.Ensure(ref RowUid, rows);
        EpochWorkspace.Ensure(ref RowOfUid, n);
        EpochWorkspace.Ensure(ref Weights, cells);
        EpochWorkspace.Ensure(ref Bonds, cells);
        EpochWorkspace.Ensure(ref Ema, cells);
        EpochWorkspace.Ensure(ref RowSum, rows);
        EpochWorkspace.Ensure(ref RowReciprocal, rows);
        EpochWorkspace.Ensure(ref RowDivisor, rows);
        EpochWorkspace.Ensure(ref EmaCount, rows);
        EpochWorkspace.Ensure(ref Registered, Stride);
        EpochWorkspace.Ensure(ref Consensus, Stride);
        EpochWorkspace.Ensure(ref BondMask, Stride);
        EpochWorkspace.Ensure(ref Rank, Stride);
        EpochWorkspace.Ensure(ref ColumnSum, Stride);
        EpochWorkspace.Ensure(ref ColumnReciprocal, Stride);
        EpochWorkspace.Ensure(ref ColumnDivisor, Stride);
        EpochWorkspace.Ensure(ref ColumnSum2, Stride);
        EpochWorkspace.Ensure(ref ColumnReciprocal2, Stride);
        EpochWorkspace.Ensure(ref ColumnDivisor2, Stride);
    }

    public Span<ushort> WeightRow(int row) => Weights.AsSpan(row * Stride, Stride);

    public Span<ushort> BondRow(int row) => Bonds.AsSpan(row * Stride, Stride);

    public Span<ulong> EmaRow(int row) => Ema.AsSpan(row * Stride, Stride);
}
