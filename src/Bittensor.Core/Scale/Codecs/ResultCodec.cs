namespace Bittensor.Core.Scale;

/// <summary>SCALE codec for <c>Result&lt;T, E&gt;</c>: 0x00 ++ T Ok, 0x01 ++ E Err.</summary>
public readonly struct ResultCodec<T, TCodec, TError, TErrorCodec> : IScaleCodec<ScaleResult<T, TError>>
    where TCodec : IScaleCodec<T>
    where TErrorCodec : IScaleCodec<TError>
{
    public static int MinEncodedSize => 1 + Math.Min(TCodec.MinEncodedSize, TErrorCodec.MinEncodedSize);

    public static void Encode(in ScaleResult<T, TError> value, ref ScaleWriter writer) =>
        writer.WriteResult<T, TCodec, TError, TErrorCodec>(in value);

    public static ScaleResult<T, TError> Decode(ref ScaleReader reader) =>
        reader.ReadResult<T, TCodec, TError, TErrorCodec>();
}
