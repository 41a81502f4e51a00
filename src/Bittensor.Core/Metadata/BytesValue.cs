using Bittensor.Core.Primitives;

namespace Bittensor.Core.Metadata;

/// <summary>A byte string: a <c>Vec&lt;u8&gt;</c> (length-prefixed on the wire) or a <c>[u8; N]</c> such as an AccountId32 or H256.</summary>
public sealed record BytesValue : ScaleValue
{
    private readonly byte[] _bytes;

    public BytesValue(ReadOnlySpan<byte> bytes) => _bytes = bytes.ToArray();

    public override ScaleValueKind Kind => ScaleValueKind.Bytes;

    public ReadOnlyMemory<byte> Data => _bytes;

    public int Length => _bytes.Length;

    public override ScaleValue this[int index] => U8(_bytes[index]);

    public override byte[] ToBytes() => (byte[])_bytes.Clone();

    /// <summary>Lower-case hex with <c>0x</c>.</summary>
    public string ToHex() => Hex.Encode(_bytes);

    public bool Equals(BytesValue? other) => other is not null && _bytes.AsSpan().SequenceEqual(other._bytes);

    public override int GetHashCode()
    {
        var hash = default(HashCode);
        hash.AddBytes(_bytes);
        return hash.ToHashCode();
    }
}
