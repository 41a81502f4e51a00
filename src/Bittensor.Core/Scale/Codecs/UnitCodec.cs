namespace Bittensor.Core.Scale;

/// <summary>SCALE codec for <c>()</c>, <c>Compact&lt;()&gt;</c> and <c>PhantomData</c>: zero bytes.</summary>
public readonly struct UnitCodec : IScaleCodec<ValueTuple>
{
    public static int MinEncodedSize => 0;

    public static void Encode(in ValueTuple value, ref ScaleWriter writer)
    {
    }

    public static ValueTuple Decode(ref ScaleReader reader) => default;
}
