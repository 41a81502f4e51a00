using System.Buffers.Binary;
using System.Globalization;
using System.Text;
using Bittensor.Core.Hashing;
using Bittensor.Core.Primitives;

namespace Bittensor.Core.Crypto;

/// <summary>
/// One HDKD step (sp_core::crypto::DeriveJunction): hard or soft, with a 32-byte chain code. A path segment becomes
/// a chain code by SCALE-encoding it — an all-digit segment that fits a u64 as 8 bytes little-endian, anything else
/// as a string (compact length ‖ UTF-8) — then blake2_256 if that exceeds 32 bytes, else zero-padding to 32.
/// </summary>
public readonly record struct DeriveJunction
{
    public const int ChainCodeSize = 32;

    private readonly Bytes32 _chainCode;

    private DeriveJunction(bool isHard, ReadOnlySpan<byte> chainCode)
    {
        IsHard = isHard;
        chainCode.CopyTo(_chainCode);
    }

    /// <summary>True for a hard (<c>//</c>) junction.</summary>
    public bool IsHard { get; }

    /// <summary>True for a soft (<c>/</c>) junction.</summary>
    public bool IsSoft => !IsHard;

    /// <summary>A copy of the 32-byte chain code.</summary>
    public byte[] ChainCode => ((ReadOnlySpan<byte>)_chainCode).ToArray();

    /// <summary>A hard junction with an explicit chain code.</summary>
    public static DeriveJunction Hard(ReadOnlySpan<byte> chainCode) => new(true, CheckChainCode(chainCode));

    /// <summary>A soft junction with an explicit chain code.</summary>
    public static DeriveJunction Soft(ReadOnlySpan<byte> chainCode) => new(false, CheckChainCode(chainCode));

    /// <summary><c>DeriveJunction::hard(index)</c> for a u64 index (8 bytes little-endian).</summary>
    public static DeriveJunction Hard(ulong index) => FromIndex(true, index);

    /// <summary><c>DeriveJunction::soft(index)</c> for a u64 index.</summary>
    public static DeriveJunction Soft(ulong index) => FromIndex(false, index);

    /// <summary>A hard junction from a path segment (numeric segments become u64 indices, as in a SURI).</summary>
    public static DeriveJunction Hard(string segment) => FromSegment(true, segment);

    /// <summary>A soft junction from a path segment.</summary>
    public static DeriveJunction Soft(string segment) => FromSegment(false, segment);

    /// <summary>
    /// <c>DeriveJunction::from(&amp;str)</c>: a leading <c>/</c> makes it hard, the rest is the segment
    /// (so <c>"/Alice"</c> is <c>//Alice</c> and <c>"Alice"</c> is <c>/Alice</c>).
    /// </summary>
    public static DeriveJunction Parse(string junction)
    {
        ArgumentNullException.ThrowIfNull(junction);
        return junction.StartsWith('/') ? Hard(junction[1..]) : Soft(junction);
    }

    /// <summary>Writes the chain code into <paramref name="destination"/> (32 bytes).</summary>
    public void CopyChainCodeTo(Span<byte> destination) => ((ReadOnlySpan<byte>)_chainCode).CopyTo(destination);

    /// <summary>Same kind and same chain code (inline arrays have no built-in equality, so it is spelled out).</summary>
    public bool Equals(DeriveJunction other) =>
        IsHard == other.IsHard && ((ReadOnlySpan<byte>)_chainCode).SequenceEqual(other._chainCode);

    public override int GetHashCode()
    {
        HashCode hash = default;
        hash.Add(IsHard);
        hash.AddBytes(_chainCode);
        return hash.ToHashCode();
    }

    public override string ToString() => (IsHard ? "//0x" : "/0x") + Convert.ToHexStringLower(_chainCode);

    private static DeriveJunction FromIndex(bool hard, ulong index)
    {
        Span<byte> code = stackalloc byte[ChainCodeSize];
        code.Clear();
        BinaryPrimitives.WriteUInt64LittleEndian(code, index);
        return new DeriveJunction(hard, code);
    }

    private static DeriveJunction FromSegment(bool hard, string segment)
    {
        ArgumentNullException.ThrowIfNull(segment);
        if (TryParseRustU64(segment, out ulong index))
        {
            return FromIndex(hard, index);
        }

        // SCALE String: compact(len) ‖ UTF-8 bytes.
        int byteCount = Encoding.UTF8.GetByteCount(segment);
        byte[] encoded = new byte[CompactLength(byteCount) + byteCount];
        int offset = WriteCompact(encoded, byteCount);
        Encoding.UTF8.GetBytes(segment, encoded.AsSpan(offset));

        Span<byte> code = stackalloc byte[ChainCodeSize];
        code.Clear();
        if (encoded.Length > ChainCodeSize)
        {
            Blake2b.Hash(encoded, code);
        }
        else
        {
            encoded.CopyTo(code);
        }

        return new DeriveJunction(hard, code);
    }

    /// <summary>Rust's <c>str::parse::&lt;u64&gt;</c>: an optional '+' then one or more ASCII digits, no overflow.</summary>
    private static bool TryParseRustU64(string text, out ulong value)
    {
        ReadOnlySpan<char> digits = text.StartsWith('+') ? text.AsSpan(1) : text.AsSpan();
        value = 0;
        return !digits.IsEmpty
            && !digits.ContainsAnyExceptInRange('0', '9')
            && ulong.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }

    private static int CompactLength(int value) => value switch
    {
        < 1 << 6 => 1,
        < 1 << 14 => 2,
        < 1 << 30 => 4,
        _ => 5,
    };

    private static int WriteCompact(Span<byte> destination, int value)
    {
        switch (value)
        {
            case < 1 << 6:
                destination[0] = (byte)(value << 2);
                return 1;
            case < 1 << 14:
                BinaryPrimitives.WriteUInt16LittleEndian(destination, (ushort)((value << 2) | 0b01));
                return 2;
            case < 1 << 30:
                BinaryPrimitives.WriteUInt32LittleEndian(destination, ((uint)value << 2) | 0b10);
                return 4;
            default:
                // Big-integer mode: (bytes − 4) << 2 | 0b11, then the value's 4 little-endian bytes.
                destination[0] = 0b11;
                BinaryPrimitives.WriteUInt32LittleEndian(destination[1..], (uint)value);
                return 5;
        }
    }

    private static ReadOnlySpan<byte> CheckChainCode(ReadOnlySpan<byte> chainCode) =>
        chainCode.Length == ChainCodeSize
            ? chainCode
            : throw new ArgumentException($"a chain code is {ChainCodeSize} bytes, got {chainCode.Length}", nameof(chainCode));
}
