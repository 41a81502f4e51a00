using System.Buffers.Binary;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace Bittensor.Core.Scale;

/// <summary>
/// Reads SCALE (parity-scale-codec) values from a span. Every read checks the remaining length first and
/// throws <see cref="FormatException"/> naming the byte offset and what was expected; nothing is ever read
/// out of range and no allocation is sized from a length prefix that the remaining bytes cannot back.
/// </summary>
public ref partial struct ScaleReader
{
    /// <summary>Default nesting limit, Substrate's <c>MAX_EXTRINSIC_DEPTH</c>.</summary>
    public const int DefaultMaxDepth = 256;

    private readonly ReadOnlySpan<byte> _data;
    private readonly int _maxDepth;
    private int _position;
    private int _depth;

    public ScaleReader(ReadOnlySpan<byte> data)
        : this(data, DefaultMaxDepth)
    {
    }

    public ScaleReader(ReadOnlySpan<byte> data, int maxDepth)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxDepth);
        _data = data;
        _maxDepth = maxDepth;
        _position = 0;
        _depth = 0;
    }

    /// <summary>Offset of the next byte to read.</summary>
    public readonly int Position => _position;

    /// <summary>Bytes not yet read.</summary>
    public readonly int Remaining => _data.Length - _position;

    /// <summary>Total input length.</summary>
    public readonly int Length => _data.Length;

    /// <summary>Current container nesting (see <see cref="Descend"/>).</summary>
    public readonly int Depth => _depth;

    /// <summary>Throws unless every byte was consumed: a top-level value must span its whole input (parity's <c>decode_all</c>).</summary>
    public readonly void EnsureConsumed()
    {
        if (_position != _data.Length)
        {
            throw new FormatException($"SCALE: {Remaining} trailing byte(s) at offset {_position} after a complete value");
        }
    }

    /// <summary>Enters a nested container; throws once the depth limit is exceeded. Recursive types call this around their children.</summary>
    public void Descend()
    {
        if (++_depth > _maxDepth)
        {
            ThrowDepth();
        }
    }

    /// <summary>Leaves a container entered with <see cref="Descend"/>.</summary>
    public void Ascend() => _depth--;

    /// <summary>Reads the next <paramref name="count"/> bytes without copying.</summary>
    public ReadOnlySpan<byte> ReadBytes(int count) => ReadBytes(count, "a fixed-size byte array");

    /// <summary>Reads the next <paramref name="count"/> bytes without copying; <paramref name="what"/> names the value in the error.</summary>
    public ReadOnlySpan<byte> ReadBytes(int count, string what)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        return Take(count, what);
    }

    /// <summary>Fills <paramref name="destination"/> (a fixed array <c>[u8; N]</c>, no length prefix).</summary>
    public void ReadBytes(Span<byte> destination) => Take(destination.Length, "a fixed-size byte array").CopyTo(destination);

    public byte ReadU8()
    {
        int p = _position;
        if (p >= _data.Length)
        {
            ThrowNeed(1, "u8");
        }

        _position = p + 1;
        return _data[p];
    }

    public sbyte ReadI8() => (sbyte)ReadU8();

    public ushort ReadU16() => BinaryPrimitives.ReadUInt16LittleEndian(Take(2, "u16"));

    public short ReadI16() => BinaryPrimitives.ReadInt16LittleEndian(Take(2, "i16"));

    public uint ReadU32() => BinaryPrimitives.ReadUInt32LittleEndian(Take(4, "u32"));

    public int ReadI32() => BinaryPrimitives.ReadInt32LittleEndian(Take(4, "i32"));

    public ulong ReadU64() => BinaryPrimitives.ReadUInt64LittleEndian(Take(8, "u64"));

    public long ReadI64() => BinaryPrimitives.ReadInt64LittleEndian(Take(8, "i64"));

    public UInt128 ReadU128() => BinaryPrimitives.ReadUInt128LittleEndian(Take(16, "u128"));

    public Int128 ReadI128() => BinaryPrimitives.ReadInt128LittleEndian(Take(16, "i128"));

    /// <summary>A bool is exactly 0x00 or 0x01; any other byte is an error (as parity-scale-codec).</summary>
    public bool ReadBool()
    {
        int at = _position;
        byte b = ReadU8();
        return b switch
        {
            0 => false,
            1 => true,
            _ => throw Error($"invalid bool byte 0x{b:x2} (expected 0x00 or 0x01)", at),
        };
    }

    /// <summary>parity-scale-codec's 1-byte <c>OptionBool</c>: 0 None, 1 Some(true), 2 Some(false). Not what metadata <c>Option&lt;bool&gt;</c> means.</summary>
    public bool? ReadOptionBool()
    {
        int at = _position;
        byte b = ReadU8();
        return b switch
        {
            0 => null,
            1 => true,
            2 => false,
            _ => throw Error($"invalid OptionBool byte 0x{b:x2} (expected 0x00, 0x01 or 0x02)", at),
        };
    }

    /// <summary>The 0/1 tag of an <c>Option&lt;T&gt;</c>; true means a value follows.</summary>
    public bool ReadOptionTag()
    {
        int at = _position;
        byte b = ReadU8();
        return b switch
        {
            0 => false,
            1 => true,
            _ => throw Error($"invalid Option tag 0x{b:x2} (expected 0x00 None or 0x01 Some)", at),
        };
    }

    /// <summary>
    /// Reads an enum variant index and checks it is below <paramref name="variantCount"/> (dense
    /// enums); for sparse indices read a u8 and throw <see cref="UnknownVariant"/> from the default branch.
    /// </summary>
    public byte ReadVariantIndex(string typeName, int variantCount)
    {
        byte index = ReadU8();
        if (index >= variantCount)
        {
            throw UnknownVariant(typeName, index);
        }

        return index;
    }

    /// <summary>The error for an unknown variant index that was just read by <see cref="ReadU8"/>.</summary>
    public readonly FormatException UnknownVariant(string typeName, byte index) =>
        Error($"unknown {typeName} variant index {index}", _position - 1);

    /// <summary>A <see cref="FormatException"/> in the reader's message format, for checks done by codecs.</summary>
    public static FormatException Error(string message, int offset) => new($"SCALE: {message} at offset {offset}");

    /// <summary>Returns the next <paramref name="count"/> bytes and advances; <paramref name="what"/> names the value in the error.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ReadOnlySpan<byte> Take(int count, string what)
    {
        int p = _position;
        if ((uint)count > (uint)(_data.Length - p))
        {
            ThrowNeed(count, what);
        }

        _position = p + count;
        return _data.Slice(p, count);
    }

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private readonly void ThrowNeed(long count, string what) =>
        throw new FormatException($"SCALE: need {count} byte{(count == 1 ? "" : "s")} for {what} at offset {_position}, {Remaining} remain");

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private readonly void ThrowDepth() =>
        throw new FormatException($"SCALE: nesting deeper than {_maxDepth} at offset {_position}");
}
