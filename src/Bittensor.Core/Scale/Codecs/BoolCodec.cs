namespace Bittensor.Core.Scale;

/// <summary>SCALE codec for <c>bool</c>: 0x00 or 0x01, any other byte is rejected.</summary>
public readonly struct BoolCodec : IScaleCodec<bool>
{
    public static int MinEncodedSize => 1;

    public static void Encode(in bool value, ref ScaleWriter writer) => writer.WriteBool(value);

    public static bool Decode(ref ScaleReader reader) => reader.ReadBool();
}
