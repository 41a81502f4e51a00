namespace Bittensor.Core.Scale;

/// <summary>SCALE codec for <c>Vec&lt;T&gt;</c> as an array: compact count + items encoded by <typeparamref name="TCodec"/>.</summary>
public readonly struct VecCodec<T, TCodec> : IScaleCodec<T[]>
    where TCodec : IScaleCodec<T>
{
    public static void Encode(in T[] value, ref ScaleWriter writer)
    {
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteVec<T, TCodec>(value);
    }

    public static T[] Decode(ref ScaleReader reader) => reader.ReadVec<T, TCodec>();
}
