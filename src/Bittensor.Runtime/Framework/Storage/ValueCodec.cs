using Bittensor.Core.Scale;
using Bittensor.Runtime.Framework.Types;

namespace Bittensor.Runtime.Framework.Storage;

/// <summary>A typed SCALE codec paired with the <see cref="TypeRef"/> metadata describes it by (storage keys and values).</summary>
public sealed class ValueCodec<T>
{
    public delegate void EncodeFunction(in T value, ref ScaleWriter writer);

    public delegate T DecodeFunction(ref ScaleReader reader);

    private readonly EncodeFunction _encode;
    private readonly DecodeFunction _decode;

    public ValueCodec(TypeRef type, EncodeFunction encode, DecodeFunction decode)
    {
        Type = type ?? throw new ArgumentNullException(nameof(type));
        _encode = encode ?? throw new ArgumentNullException(nameof(encode));
        _decode = decode ?? throw new ArgumentNullException(nameof(decode));
    }

    public TypeRef Type { get; }

    /// <summary>A codec from a static <see cref="IScaleCodec{T}"/>.</summary>
    public static ValueCodec<T> Of<TCodec>(TypeRef type)
        where TCodec : IScaleCodec<T> =>
        new(type, static (in T v, ref ScaleWriter w) => TCodec.Encode(in v, ref w), static (ref ScaleReader r) => TCodec.Decode(ref r));

    /// <summary>A codec through <see cref="ScaleValue"/> (T must be the CLR type it maps <paramref name="type"/> to).</summary>
    public static ValueCodec<T> Dynamic(TypeRef type) =>
        new(type, (in T v, ref ScaleWriter w) => ScaleValue.Encode(type, v, ref w), (ref ScaleReader r) => (T)ScaleValue.Decode(type, ref r)!);

    public void Encode(in T value, ref ScaleWriter writer) => _encode(in value, ref writer);

    public T Decode(ref ScaleReader reader) => _decode(ref reader);

    public byte[] Encode(in T value)
    {
        System.Buffers.ArrayBufferWriter<byte> buffer = ScaleCodec.RentScratch();
        try
        {
            var writer = new ScaleWriter(buffer);
            _encode(in value, ref writer);
            return buffer.WrittenSpan.ToArray();
        }
        finally
        {
            ScaleCodec.ReturnScratch(buffer);
        }
    }

    /// <summary>Decodes a whole value; false when the bytes are malformed or not fully consumed.</summary>
    public bool TryDecode(ReadOnlySpan<byte> data, out T value)
    {
        try
        {
            var reader = new ScaleReader(data);
            value = _decode(ref reader);
            if (reader.Remaining == 0)
            {
                return true;
            }
        }
        catch (FormatException)
        {
            // Undecodable storage reads as absent, as FRAME's storage getters do.
        }

        value = default!;
        return false;
    }
}
