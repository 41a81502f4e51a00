using System.Buffers;
using Bittensor.Core.Scale;

namespace Bittensor.Node.Chain;

/// <summary>
/// A stored block body: <c>Vec&lt;Vec&lt;u8&gt;&gt;</c> of the extrinsics' full encodings. Each extrinsic already carries its own
/// length prefix; wrapping it once more lets the body decode without understanding extrinsics.
/// </summary>
internal static class BlockBodyCodec
{
    public static byte[] Encode(IReadOnlyList<byte[]> extrinsics)
    {
        ArgumentNullException.ThrowIfNull(extrinsics);
        var buffer = new ArrayBufferWriter<byte>(64);
        var writer = new ScaleWriter(buffer);
        writer.WriteCompact((ulong)extrinsics.Count);
        foreach (byte[] extrinsic in extrinsics)
        {
            writer.WriteCompact((ulong)extrinsic.Length);
            writer.WriteBytes(extrinsic);
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <exception cref="FormatException">The stored body is corrupt (names the offset).</exception>
    public static IReadOnlyList<byte[]> Decode(ReadOnlySpan<byte> encoded)
    {
        var reader = new ScaleReader(encoded);
        uint count = reader.ReadCompactU32();
        var extrinsics = new List<byte[]>((int)Math.Min(count, 4096));
        for (uint i = 0; i < count; i++)
        {
            int length = (int)reader.ReadCompactU32();
            extrinsics.Add(reader.ReadBytes(length, "an extrinsic").ToArray());
        }

        reader.EnsureConsumed();
        return extrinsics;
    }
}
