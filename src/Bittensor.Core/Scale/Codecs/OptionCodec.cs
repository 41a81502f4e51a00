namespace Bittensor.Core.Scale;

/// <summary>SCALE codec for <c>Option&lt;T&gt;</c> of a value type, as <see cref="Nullable{T}"/>: 0x00 None, 0x01 ++ T Some.</summary>
public readonly struct OptionCodec<T, TCodec> : IScaleCodec<T?>
    where T : struct
    where TCodec : IScaleCodec<T>
{
    public static void Encode(in T? value, ref ScaleWriter writer) => writer.WriteOption<T, TCodec>(in value);

    public static T? Decode(ref ScaleReader reader) => reader.ReadOption<T, TCodec>();
}
