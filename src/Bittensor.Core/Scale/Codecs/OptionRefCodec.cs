namespace Bittensor.Core.Scale;

/// <summary>SCALE codec for <c>Option&lt;T&gt;</c> of a reference type (string, byte[], arrays, classes): null is None.</summary>
public readonly struct OptionRefCodec<T, TCodec> : IScaleCodec<T?>
    where T : class
    where TCodec : IScaleCodec<T>
{
    public static void Encode(in T? value, ref ScaleWriter writer) => writer.WriteOptionRef<T, TCodec>(value);

    public static T? Decode(ref ScaleReader reader) => reader.ReadOptionRef<T, TCodec>();
}
