namespace Bittensor.Core.Scale;

/// <summary>SCALE codec for <c>String</c>: compact byte length + UTF-8.</summary>
public readonly struct StringCodec : IScaleCodec<string>
{
    public static int MinEncodedSize => 1;

    public static void Encode(in string value, ref ScaleWriter writer) => writer.WriteString(value);

    public static string Decode(ref ScaleReader reader) => reader.ReadString();
}
