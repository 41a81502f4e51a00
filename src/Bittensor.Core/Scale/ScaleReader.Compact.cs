using System.Buffers.Binary;

namespace Bittensor.Core.Scale;

/// <summary>Compact integers, decoded with parity-scale-codec's canonical-form rules (compact.rs).</summary>
public ref partial struct ScaleReader
{
    public byte ReadCompactU8() => (byte)ReadCompact(1, byte.MaxValue, "Compact<u8>");

    public ushort ReadCompactU16() => (ushort)ReadCompact(2, ushort.MaxValue, "Compact<u16>");

    public uint ReadCompactU32() => (uint)ReadCompact(4, uint.MaxValue, "Compact<u32>");

    public ulong ReadCompactU64() => ReadCompact(8, ulong.MaxValue, "Compact<u64>");

    public UInt128 ReadCompactU128()
    {
        int start = _position;
        if (start >= _data.Length)
        {
            ThrowNeed(1, "Compact<u128>");
        }

        byte prefix = _data[start];
        int byteCount = (prefix >> 2) + 4;
        if ((prefix & 3) != 3 || byteCount <= 8)
        {
            return ReadCompact(8, ulong.MaxValue, "Compact<u128>");
        }

        if (byteCount > 16)
        {
            throw Error($"Compact<u128> prefix 0x{prefix:x2} announces {byteCount} bytes, more than 16", start);
        }

        _position = start + 1;
        ReadOnlySpan<byte> raw = Take(byteCount, "Compact<u128>");
        Span<byte> padded = stackalloc byte[16];
        padded.Clear();
        raw.CopyTo(padded);

        // Canonical iff no shorter mode fits: the most significant announced byte is non-zero.
        if (raw[^1] == 0)
        {
            throw NonCanonical("Compact<u128>", start, $"{byteCount}-byte big-integer mode with a zero top byte");
        }

        return BinaryPrimitives.ReadUInt128LittleEndian(padded);
    }

    /// <summary>
    /// Decodes a compact integer of at most <paramref name="maxBytes"/> bytes (≤ 8). Mirrors
    /// parity-scale-codec <c>impl Decode for Compact&lt;uN&gt;</c>: each mode must hold a value too large for
    /// the previous mode (canonical form), and a value above the target type is out of range.
    /// </summary>
    private ulong ReadCompact(int maxBytes, ulong maxValue, string type)
    {
        int start = _position;
        if (start >= _data.Length)
        {
            ThrowNeed(1, type);
        }

        byte prefix = _data[start];
        ulong value;
        switch (prefix & 3)
        {
            case 0:
                _position = start + 1;
                return (ulong)(prefix >> 2);

            case 1:
                value = (ulong)(BinaryPrimitives.ReadUInt16LittleEndian(Take(2, type)) >> 2);
                if (value <= 0x3F)
                {
                    throw NonCanonical(type, start, $"value {value} in 2-byte mode (fits 1 byte)");
                }

                break;

            case 2:
                value = BinaryPrimitives.ReadUInt32LittleEndian(Take(4, type)) >> 2;
                if (value <= 0x3FFF)
                {
                    throw NonCanonical(type, start, $"value {value} in 4-byte mode (fits 2 bytes)");
                }

                break;

            default:
                int byteCount = (prefix >> 2) + 4;
                if (byteCount > maxBytes)
                {
                    throw Error($"{type} prefix 0x{prefix:x2} announces {byteCount} bytes, more than {maxBytes}", start);
                }

                _position = start + 1;
                ReadOnlySpan<byte> raw = Take(byteCount, type);
                Span<byte> padded = stackalloc byte[8];
                padded.Clear();
                raw.CopyTo(padded);
                value = BinaryPrimitives.ReadUInt64LittleEndian(padded);
                if (byteCount == 4 ? value <= 0x3FFF_FFFF : raw[^1] == 0)
                {
                    throw NonCanonical(type, start, $"value {value} in {byteCount}-byte big-integer mode");
                }

                break;
        }

        if (value > maxValue)
        {
            throw Error($"{type} value {value} out of range", start);
        }

        return value;
    }

    private static FormatException NonCanonical(string type, int offset, string detail) =>
        Error($"non-canonical {type}: {detail}", offset);
}
