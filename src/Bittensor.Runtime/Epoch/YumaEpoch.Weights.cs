using Bittensor.Core.FixedPoint;

namespace Bittensor.Runtime.Epoch;

/// <summary>Stake normalisation and weight preprocessing.</summary>
public static partial class YumaEpoch
{
    /// <summary>
    /// Stake below <c>StakeThreshold</c> (floored, the owner exempt) becomes 0; the rest is normalised in I64F64
    /// and truncated to I32F32.
    /// </summary>
    /// <remarks>subtensor <c>epoch/run_epoch.rs::epoch_mechanism</c> "Stake" block: <c>fixed64_to_u64</c>,
    /// <c>inplace_normalize_64</c>, <c>vec_fixed64_to_fixed32</c>.</remarks>
    private static I32F32[] NormalizedStake(EpochInput input, EpochWorkspace ws)
    {
        int n = input.N;
        ulong minStake = input.Parameters.StakeThreshold;
        Span<I64F64> filtered = EpochWorkspace.Ensure(ref ws.Stake64, n).AsSpan(0, n);
        for (int i = 0; i < n; i++)
        {
            I64F64 s = input.Stake[i];
            bool isOwner = input.OwnerUid is ushort o && o == i;
            filtered[i] = !isOwner && EpochMath.Fixed64ToU64(s) < minStake ? I64F64.Zero : s;
        }

        EpochMath.InplaceNormalize64(filtered);
        I32F32[] stake = new I32F32[n];
        for (int i = 0; i < n; i++)
        {
            stake[i] = EpochMath.Fixed64ToFixed32(filtered[i]);
        }

        return stake;
    }

    /// <summary>
    /// Builds the normalised weight matrix: stored u16 weights as raw I32F32 integers, columns ≥ n dropped, rows of
    /// uids without a (previous) permit emptied, self-weights dropped except the owner's, weights set no later than
    /// the target's registration dropped, the commit-reveal mask applied, then each row divided by its sum.
    /// </summary>
    /// <remarks>subtensor <c>epoch/run_epoch.rs::get_weights_sparse</c>, then in <c>epoch_mechanism</c>:
    /// <c>mask_rows_sparse</c>, <c>mask_diag_sparse(_except_index)</c>, <c>vec_mask_sparse_matrix</c> (twice) and
    /// <c>inplace_row_normalize_sparse</c> from <c>epoch/math.rs</c>, fused into one pass per row.</remarks>
    private static SparseRows BuildWeights(EpochInput input, bool[] permit, int owner, EpochWorkspace ws)
    {
        int n = input.N;
        ulong[] registered = input.BlockAtRegistration;
        ulong[]? commitBlocks = input.Parameters.CommitReveal ? input.CommitBlocks : null;
        int capacity = 0;
        for (int i = 0; i < n; i++)
        {
            if (permit[i])
            {
                capacity += input.Weights[i].Length;
            }
        }

        SparseRows w = ws.Weights;
        w.Reset(n, capacity);
        for (int i = 0; i < n; i++)
        {
            int added = 0;
            if (permit[i])
            {
                SparseEntry[] row = input.Weights[i];
                w.EnsureRoom(row.Length);
                Span<ushort> cols = w.TailCols(row.Length);
                Span<I32F32> vals = w.TailValues(row.Length);
                ulong updated = input.LastUpdate[i];
                ulong commitBlock = commitBlocks is null ? ulong.MaxValue : commitBlocks[i];
                long rowSum = 0;
                foreach (SparseEntry entry in row)
                {
                    int j = entry.Uid;
                    if (j >= n || (j == i && i != owner) || updated <= registered[j] || commitBlock < registered[j])
                    {
                        continue;
                    }

                    // Stored u16 as a raw I32F32 integer; the row sum wraps like upstream's release-built iter().sum().
                    long bits = (long)entry.Value << 32;
                    cols[added] = entry.Uid;
                    vals[added] = I32F32.FromBits(bits);
                    rowSum = unchecked(rowSum + bits);
                    added++;
                }

                if (rowSum > 0)
                {
                    FixedDivisor divisor = new(I32F32.FromBits(rowSum));
                    Span<I32F32> normalized = vals[..added];
                    for (int e = 0; e < normalized.Length; e++)
                    {
                        normalized[e] = divisor.Divide(normalized[e]);
                    }
                }
            }

            w.EndRow(i, added);
        }

        return w;
    }
}
