using Bittensor.Core.Scale;

namespace Bittensor.Runtime.Framework;

/// <summary>
/// <c>sp_runtime::transaction_validity::ValidTransaction</c>: priority, the tags it requires and provides (for nonce ordering in
/// the pool), longevity in blocks and whether to propagate.
/// </summary>
public sealed record ValidTransaction(ulong Priority, IReadOnlyList<byte[]> Requires, IReadOnlyList<byte[]> Provides, ulong Longevity, bool Propagate)
{
    public byte[] Encode()
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(128);
        var writer = new ScaleWriter(buffer);
        writer.WriteU64(Priority);
        writer.WriteLength(Requires.Count);
        foreach (byte[] tag in Requires)
        {
            writer.WriteByteVec(tag);
        }

        writer.WriteLength(Provides.Count);
        foreach (byte[] tag in Provides)
        {
            writer.WriteByteVec(tag);
        }

        writer.WriteU64(Longevity);
        writer.WriteBool(Propagate);
        return buffer.WrittenSpan.ToArray();
    }
}
