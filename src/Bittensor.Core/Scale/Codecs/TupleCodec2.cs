namespace Bittensor.Core.Scale;

/// <summary>SCALE codec for a pair <c>(A, B)</c>: the fields concatenated.</summary>
public readonly struct TupleCodec<T1, TCodec1, T2, TCodec2> : IScaleCodec<(T1, T2)>
    where TCodec1 : IScaleCodec<T1>
    where TCodec2 : IScaleCodec<T2>
{
    public static int MinEncodedSize => TCodec1.MinEncodedSize + TCodec2.MinEncodedSize;

    public static void Encode(in (T1, T2) value, ref ScaleWriter writer)
    {
        TCodec1.Encode(in value.Item1, ref writer);
        TCodec2.Encode(in value.Item2, ref writer);
    }

    public static (T1, T2) Decode(ref ScaleReader reader)
    {
        T1 first = TCodec1.Decode(ref reader);
        T2 second = TCodec2.Decode(ref reader);
        return (first, second);
    }
}
