using Bittensor.Core.Primitives;

namespace Bittensor.Core.Scale;

/// <summary>SCALE codec for <see cref="H256"/>: the 32 bytes, no prefix.</summary>
public readonly struct H256Codec : IScaleCodec<H256>
{
    public static int MinEncodedSize => H256.Size;

    public static void Encode(in H256 value, ref ScaleWriter writer) => writer.WriteBytes(value.AsSpan());

    public static H256 Decode(ref ScaleReader reader) => new(reader.ReadBytes(H256.Size, "H256"));
}
