namespace Bittensor.Core.Scale;

/// <summary>SCALE codec for parity-scale-codec's <c>OptionBool</c>: one byte, 0 None, 1 Some(true), 2 Some(false) (metadata <c>Option&lt;bool&gt;</c> is <c>OptionCodec&lt;bool, BoolCodec&gt;</c> instead).</summary>
public readonly struct OptionBoolCodec : IScaleCodec<bool?>
{
    public static int MinEncodedSize => 1;

    public static void Encode(in bool? value, ref ScaleWriter writer) => writer.WriteOptionBool(value);

    public static bool? Decode(ref ScaleReader reader) => reader.ReadOptionBool();
}
