namespace Bittensor.Core.Scale;

/// <summary>SCALE codec for a triple <c>(A, B, C)</c>: the fields concatenated.</summary>
public readonly struct TupleCodec<T1, TCodec1, T2, TCodec2, T3, TCodec3> : IScaleCodec<(T1, T2, T3)>
    where TCodec1 : IScaleCodec<T1>
    where TCodec2 : IScaleCodec<T2>
    where TCodec3 : IScaleCodec<T3>
{
    public static int MinEncodedSize => TCodec1.MinEncodedSize + TCodec2.MinEncodedSize + TCodec3.MinEncodedSize;

    public static void Encode(in (T1, T2, T3) value, ref ScaleWriter writer)
    {
        TCodec1.Encode(in value.Item1, ref writer);
        TCodec2.Encode(in value.Item2, ref writer);
        TCodec3.Encode(in value.Item3, ref writer);
    }

    public static (T1, T2, T3) Decode(ref ScaleReader reader)
    {
        T1 first = TCodec1.Decode(ref reader);
        T2 second = TCodec2.Decode(ref reader);
        T3 third = TCodec3.Decode(ref reader);
        return (first, second, third);
    }
}
