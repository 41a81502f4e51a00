using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Bittensor.Core.Primitives;

/// <summary>A 256-bit hash (block hash, state root, extrinsic hash), shown as 0x-prefixed lower-case hex.</summary>
public readonly struct H256 : IEquatable<H256>, IComparable<H256>, ISpanFormattable
{
    public const int Size = 32;

    private readonly Bytes32 _bytes;

    public H256(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length != Size)
        {
            throw new ArgumentException($"an H256 is {Size} bytes, got {bytes.Length}", nameof(bytes));
        }

        bytes.CopyTo(_bytes);
    }

    public static H256 Zero => default;

    public ReadOnlySpan<byte> AsSpan() => MemoryMarshal.CreateReadOnlySpan(ref Unsafe.AsRef(in _bytes[0]), Size);

    public byte[] ToArray() => AsSpan().ToArray();

    /// <summary>The BLAKE2b-256 of <paramref name="data"/>, Substrate's block and extrinsic hash.</summary>
    public static H256 Blake2b256(ReadOnlySpan<byte> data)
    {
        Span<byte> digest = stackalloc byte[Size];
        Hashing.Blake2b.Hash(data, digest);
        return new H256(digest);
    }

    public static H256 Parse(string hex)
    {
        byte[] raw = Hex.Decode(hex);
        return raw.Length == Size ? new H256(raw) : throw new FormatException($"an H256 is {Size} bytes, got {raw.Length}");
    }

    public bool Equals(H256 other) => AsSpan().SequenceEqual(other.AsSpan());

    public override bool Equals(object? obj) => obj is H256 other && Equals(other);

    public override int GetHashCode() => MemoryMarshal.Read<int>(AsSpan());

    public int CompareTo(H256 other) => AsSpan().SequenceCompareTo(other.AsSpan());

    public override string ToString() => Hex.Encode(AsSpan());

    public string ToString(string? format, IFormatProvider? formatProvider) => ToString();

    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        if (destination.Length < 66)
        {
            charsWritten = 0;
            return false;
        }

        "0x".CopyTo(destination);
        bool ok = Convert.TryToHexStringLower(AsSpan(), destination[2..], out int written);
        charsWritten = written + 2;
        return ok;
    }

    public static bool operator ==(H256 left, H256 right) => left.Equals(right);

    public static bool operator !=(H256 left, H256 right) => !left.Equals(right);

    public static bool operator <(H256 left, H256 right) => left.CompareTo(right) < 0;

    public static bool operator >(H256 left, H256 right) => left.CompareTo(right) > 0;

    public static bool operator <=(H256 left, H256 right) => left.CompareTo(right) <= 0;

    public static bool operator >=(H256 left, H256 right) => left.CompareTo(right) >= 0;
}
