using Bittensor.Core.Scale;
using Bittensor.Runtime.Framework;

namespace Bittensor.Runtime.Executive;

/// <summary><c>TransactionPaymentApi_query_info</c>'s answer: total weight, class and the fee without tip (u64 on subtensor).</summary>
public readonly record struct RuntimeDispatchInfo(Weight Weight, DispatchClass Class, ulong PartialFee)
{
    public byte[] Encode()
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(24);
        var writer = new ScaleWriter(buffer);
        Weight weight = Weight;
        writer.Write(in weight);
        writer.WriteU8((byte)Class);
        writer.WriteU64(PartialFee);
        return buffer.WrittenSpan.ToArray();
    }
}
