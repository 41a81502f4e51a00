namespace Bittensor.Core.Scale;

/// <summary>SCALE codec for <c>Vec&lt;u8&gt;</c>: compact length + bytes.</summary>
public readonly struct BytesCodec : IScaleCodec<byte[]>
{
    public static int MinEncodedSize => 1;

    public static void Encode(in byte[] value, ref ScaleWriter writer) => writer.WriteByteVec(value);

    public static byte[] Decode(ref ScaleReader reader) => reader.ReadByteVec();
}
