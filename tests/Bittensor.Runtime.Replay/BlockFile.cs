using System.Buffers;
using Bittensor.Core.Scale;

namespace Bittensor.Runtime.Replay;

/// <summary>
/// The file the replay reads: SCALE <c>Vec&lt;(u64 slot, Vec&lt;Vec&lt;u8&gt;&gt; extrinsics)&gt;</c>. Headers are not stored; the
/// replay rebuilds each from its parent's hash, so nothing computed by the writer reaches the reader.
/// </summary>
internal static class BlockFile
{
    public static byte[] Encode(IReadOnlyList<ReplayBlock> blocks)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        var buffer = new ArrayBufferWriter<byte>(4096);
        var writer = new ScaleWriter(buffer);
        writer.WriteCompact((ulong)blocks.Count);
        foreach (ReplayBlock block in blocks)
        {
            writer.WriteU64(block.Slot);
            writer.WriteCompact((ulong)block.Extrinsics.Count);
            foreach (byte[] extrinsic in block.Extrinsics)
            {
                writer.WriteCompact((ulong)extrinsic.Length);
                writer.WriteBytes(extrinsic);
            }
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <exception cref="FormatException">The file is truncated or has trailing bytes (names the offset).</exception>
    public static IReadOnlyList<ReplayBlock> Decode(ReadOnlySpan<byte> encoded)
    {
        var reader = new ScaleReader(encoded);
        uint count = reader.ReadCompactU32();
        var blocks = new List<ReplayBlock>((int)Math.Min(count, 1024));
        for (uint b = 0; b < count; b++)
        {
            ulong slot = reader.ReadU64();
            uint extrinsicCount = reader.ReadCompactU32();
            var extrinsics = new List<byte[]>((int)Math.Min(extrinsicCount, 1024));
            for (uint i = 0; i < extrinsicCount; i++)
            {
                int offset = reader.Position;
                uint length = reader.ReadCompactU32();
                if (length > reader.Remaining)
                {
                    throw ScaleReader.Error($"an extrinsic of {length} bytes is longer than the {reader.Remaining} left", offset);
                }

                extrinsics.Add(reader.ReadBytes((int)length, "an extrinsic").ToArray());
            }

            blocks.Add(new ReplayBlock(slot, extrinsics));
        }

        reader.EnsureConsumed();
        return blocks;
    }
}
