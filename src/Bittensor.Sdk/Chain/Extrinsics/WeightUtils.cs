using System.Buffers;
using Bittensor.Core.Hashing;
using Bittensor.Core.Scale;

namespace Bittensor.Sdk.Chain.Extrinsics;

/// <summary>Weight conversions of bittensor utils/weight_utils.py.</summary>
public static class WeightUtils
{
    public const ushort U16Max = ushort.MaxValue;

    /// <summary>
    /// <c>convert_weights_and_uids_for_emit</c>: max-upscales float weights so the largest becomes 65535
    /// (<c>round(w / max · 65535)</c>, Python's round-half-to-even) and drops zeros. All-zero weights give empty lists.
    /// </summary>
    public static (ushort[] Uids, ushort[] Weights) ConvertWeightsAndUids(IReadOnlyList<ushort> uids, IReadOnlyList<float> weights)
    {
        ArgumentNullException.ThrowIfNull(uids);
        ArgumentNullException.ThrowIfNull(weights);
        if (uids.Count != weights.Count)
        {
            throw new ArgumentException($"passed weights and uids must have the same length, got {uids.Count} and {weights.Count}");
        }

        if (weights.Any(w => w < 0 || float.IsNaN(w)))
        {
            throw new ArgumentException("passed weights are negative or NaN");
        }

        double sum = weights.Sum(w => (double)w);
        if (weights.Count == 0 || sum == 0)
        {
            return ([], []);
        }

        double max = weights.Max(w => (double)w);
        List<ushort> outUids = [];
        List<ushort> outWeights = [];
        for (int i = 0; i < weights.Count; i++)
        {
            double scaled = Math.Round(weights[i] / max * U16Max, MidpointRounding.ToEven);
            if (scaled != 0)
            {
                outUids.Add(uids[i]);
                outWeights.Add((ushort)scaled);
            }
        }

        return ([.. outUids], [.. outWeights]);
    }

    /// <summary>
    /// <c>generate_weight_hash</c> for commit-reveal: blake2b-256(hotkey ‖ netuid u16 ‖ Vec&lt;u16&gt; uids ‖
    /// Vec&lt;u16&gt; values ‖ Vec&lt;u16&gt; salt ‖ version_key u64), SCALE-encoded.
    /// </summary>
    public static byte[] CommitHash(ReadOnlySpan<byte> hotkey, ushort netuid, IReadOnlyList<ushort> uids, IReadOnlyList<ushort> values, IReadOnlyList<ushort> salt, ulong versionKey)
    {
        ArgumentNullException.ThrowIfNull(uids);
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(salt);
        if (hotkey.Length != 32)
        {
            throw new ArgumentException("a hotkey is 32 bytes", nameof(hotkey));
        }

        ArrayBufferWriter<byte> buffer = new(128);
        ScaleWriter writer = new(buffer);
        writer.WriteBytes(hotkey);
        writer.WriteU16(netuid);
        WriteVec(ref writer, uids);
        WriteVec(ref writer, values);
        WriteVec(ref writer, salt);
        writer.WriteU64(versionKey);
        return Blake2b.Hash(buffer.WrittenSpan, 32);
    }

    private static void WriteVec(ref ScaleWriter writer, IReadOnlyList<ushort> items)
    {
        writer.WriteCompact((ulong)items.Count);
        foreach (ushort item in items)
        {
            writer.WriteU16(item);
        }
    }
}
