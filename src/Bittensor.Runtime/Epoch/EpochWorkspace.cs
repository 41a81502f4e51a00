using Bittensor.Core.FixedPoint;

namespace Bittensor.Runtime.Epoch;

/// <summary>
/// Reusable scratch memory for <see cref="YumaEpoch.Run(EpochInput, EpochWorkspace?)"/>. Every intermediate
/// matrix and vector of the epoch lives here and only grows, so repeated epochs (the chain runs one per subnet
/// per tempo, the simulator one per step) allocate only their outputs. Not thread-safe: one per thread.
/// </summary>
public sealed class EpochWorkspace
{
    private int _stampCounter;

    internal SparseRows Weights { get; } = new();

    internal SparseRows Clipped { get; } = new();

    internal SparseRows Interpolated { get; } = new();

    internal SparseRows Bonds { get; } = new();

    internal SparseRows Delta { get; } = new();

    internal SparseRows Ema { get; } = new();

    internal DenseMatrix Dense { get; } = new();

    internal I32F32[] VecA = [];
    internal I32F32[] VecB = [];
    internal I32F32[] VecC = [];
    internal I32F32[] VecD = [];
    internal I32F32[] Dense1 = [];
    internal I32F32[] Dense2 = [];
    internal long[] Scores = [];
    internal I64F64[] Stake64 = [];
    internal int[] Stamp = [];
    internal int[] IntA = [];
    internal int[] IntB = [];
    internal int[] IntC = [];
    internal int[] ColCount = [];
    internal int[] CscRow = [];
    internal I32F32[] CscVal = [];
    internal ushort[] Union = [];
    internal FixedDivisor[] Divisors = [];
    internal int[] Union32 = [];
    internal long[] MedianScore = [];
    internal long[] MedianStake = [];
    internal ushort[] RowCols = [];
    internal long[] RowVals = [];
    internal ulong[] DenseBlock = [];

    /// <summary>Returns <paramref name="buffer"/> grown to at least <paramref name="length"/> elements (contents unspecified).</summary>
    internal static T[] Ensure<T>(ref T[] buffer, int length)
    {
        if (buffer.Length < length)
        {
            buffer = new T[Math.Max(length, buffer.Length * 2)];
        }

        return buffer;
    }

    /// <summary>Prepares the column stamp array for an epoch over <paramref name="n"/> uids.</summary>
    internal void ResetStamps(int n)
    {
        if (Stamp.Length < n)
        {
            Stamp = new int[n];
        }
        else
        {
            Array.Clear(Stamp, 0, n);
        }

        _stampCounter = 0;
    }

    /// <summary>A fresh stamp value: a column <c>j</c> is in the current set when <c>Stamp[j]</c> equals it.</summary>
    internal int NextStamp() => ++_stampCounter;
}
