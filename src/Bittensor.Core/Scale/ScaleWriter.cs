using System.Buffers;
using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace Bittensor.Core.Scale;

/// <summary>
/// Appends SCALE (parity-scale-codec) encodings, little-endian, to an <see cref="IBufferWriter{T}"/>.
/// Each write commits immediately (no Flush step to forget). <see cref="ScaleCodec.Encode{T}(in T)"/>
/// wraps this for the common "encode to a byte[]" case.
/// </summary>
public ref partial struct ScaleWriter
{
    private readonly IBufferWriter<byte> _output;
    private long _written;

    public ScaleWriter(IBufferWriter<byte> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        _output = output;
        _written = 0;
    }

    /// <summary>Bytes written through this writer.</summary>
    public readonly long BytesWritten => _written;

    /// <summary>Raw bytes with no length prefix: fixed arrays <c>[u8; N]</c>, AccountId32, H256, pre-encoded values.</summary>
    public void WriteBytes(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
        {
            return;
        }

        bytes.CopyTo(_output.GetSpan(bytes.Length));
        Commit(bytes.Length);
    }

    public void WriteU8(byte value)
    {
        _output.GetSpan(1)[0] = value;
        Commit(1);
    }

    public void WriteI8(sbyte value) => WriteU8((byte)value);

    public void WriteBool(bool value) => WriteU8(value ? (byte)1 : (byte)0);

    public void WriteU16(ushort value)
    {
        BinaryPrimitives.WriteUInt16LittleEndian(_output.GetSpan(2), value);
        Commit(2);
    }

    public void WriteI16(short value) => WriteU16((ushort)value);

    public void WriteU32(uint value)
    {
        BinaryPrimitives.WriteUInt32LittleEndian(_output.GetSpan(4), value);
        Commit(4);
    }

    public void WriteI32(int value) => WriteU32((uint)value);

    public void WriteU64(ulong value)
    {
        BinaryPrimitives.WriteUInt64LittleEndian(_output.GetSpan(8), value);
        Commit(8);
    }

    public void WriteI64(long value) => WriteU64((ulong)value);

    public void WriteU128(UInt128 value)
    {
        BinaryPrimitives.WriteUInt128LittleEndian(_output.GetSpan(16), value);
        Commit(16);
    }

    public void WriteI128(Int128 value) => WriteU128((UInt128)value);

    /// <summary>parity-scale-codec's 1-byte <c>OptionBool</c>: None 0, Some(true) 1, Some(false) 2.</summary>
    public void WriteOptionBool(bool? value) => WriteU8(value switch
    {
        null => 0,
        true => 1,
        false => 2,
    });

    /// <summary>An enum variant index (the payload follows).</summary>
    public void WriteVariantIndex(byte index) => WriteU8(index);

    /// <summary>A compact integer in its canonical (shortest) mode.</summary>
    public void WriteCompact(ulong value)
    {
        Span<byte> span;
        switch (value)
        {
            case < 1UL << 6:
                WriteU8((byte)(value << 2));
                return;
            case < 1UL << 14:
                WriteU16((ushort)((value << 2) | 0b01));
                return;
            case < 1UL << 30:
                WriteU32((uint)((value << 2) | 0b10));
                return;
            default:
                int byteCount = 8 - (BitOperations.LeadingZeroCount(value) / 8);
                span = _output.GetSpan(9);
                span[0] = (byte)(((byteCount - 4) << 2) | 0b11);

                // The span holds at least 9 bytes; only the first 1 + byteCount are committed.
                BinaryPrimitives.WriteUInt64LittleEndian(span[1..], value);
                Commit(1 + byteCount);
                return;
        }
    }

    /// <inheritdoc cref="WriteCompact(ulong)"/>
    public void WriteCompact(UInt128 value)
    {
        if (value <= ulong.MaxValue)
        {
            WriteCompact((ulong)value);
            return;
        }

        int byteCount = 16 - ((int)UInt128.LeadingZeroCount(value) / 8);
        Span<byte> span = _output.GetSpan(17);
        span[0] = (byte)(((byteCount - 4) << 2) | 0b11);
        BinaryPrimitives.WriteUInt128LittleEndian(span[1..], value);
        Commit(1 + byteCount);
    }

    /// <summary>Encodes <paramref name="value"/> with <typeparamref name="TCodec"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Write<T, TCodec>(in T value)
        where TCodec : IScaleCodec<T> => TCodec.Encode(in value, ref this);

    /// <summary>Encodes a value of a self-describing type (<c>writer.Write(header)</c>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Write<T>(in T value)
        where T : IScaleCodec<T> => T.Encode(in value, ref this);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Commit(int count)
    {
        _output.Advance(count);
        _written += count;
    }
}
