namespace Bittensor.Core.Scale;

/// <summary>
/// The SCALE encoding of <typeparamref name="T"/>, as static members so that generic helpers
/// (<see cref="VecCodec{T, TCodec}"/>, <see cref="OptionCodec{T, TCodec}"/> …) call it without a virtual
/// dispatch. Implement it on the type itself (<c>Header : IScaleCodec&lt;Header&gt;</c>) or on a separate
/// codec struct for types we do not own (<see cref="U16Codec"/> for <see cref="ushort"/>). Codec structs
/// make the JIT specialise each generic instantiation, which is what keeps <c>Vec&lt;u16&gt;</c> a tight loop.
/// </summary>
public interface IScaleCodec<T>
{
    /// <summary>Appends the encoding of <paramref name="value"/>.</summary>
    static abstract void Encode(in T value, ref ScaleWriter writer);

    /// <summary>Reads one value; malformed or truncated input throws <see cref="FormatException"/>.</summary>
    static abstract T Decode(ref ScaleReader reader);

    /// <summary>
    /// A lower bound on the encoded size in bytes. Length prefixes are checked against
    /// <c>count * MinEncodedSize</c> before anything is allocated; 0 marks a zero-size type such as
    /// <c>()</c>, whose collections are capped at <see cref="ScaleReader.MaxZeroSizeElements"/> instead.
    /// </summary>
    static virtual int MinEncodedSize => 1;
}
