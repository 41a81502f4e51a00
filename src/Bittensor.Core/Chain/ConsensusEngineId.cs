using System.Buffers.Binary;
using System.Text;
using Bittensor.Core.Scale;

namespace Bittensor.Core.Chain;

/// <summary>A 4-byte consensus engine id (<c>sp_runtime::ConsensusEngineId = [u8; 4]</c>), shown as its ASCII text.</summary>
public readonly struct ConsensusEngineId : IEquatable<ConsensusEngineId>, IScaleCodec<ConsensusEngineId>
{
    public const int Size = 4;

    // The 4 bytes read as a little-endian u32, so equality and the encoding are one integer operation.
    private readonly uint _value;

    private ConsensusEngineId(uint value) => _value = value;

    public ConsensusEngineId(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length != Size)
        {
            throw new ArgumentException($"a consensus engine id is {Size} bytes, got {bytes.Length}", nameof(bytes));
        }

        _value = BinaryPrimitives.ReadUInt32LittleEndian(bytes);
    }

    /// <summary>Aura block authoring (<c>*b"aura"</c>).</summary>
    public static ConsensusEngineId Aura { get; } = FromAscii("aura");

    /// <summary>BABE (<c>*b"BABE"</c>).</summary>
    public static ConsensusEngineId Babe { get; } = FromAscii("BABE");

    /// <summary>GRANDPA finality (<c>*b"FRNK"</c>).</summary>
    public static ConsensusEngineId Grandpa { get; } = FromAscii("FRNK");

    /// <summary>Frontier's Ethereum post-block log (<c>*b"fron"</c>).</summary>
    public static ConsensusEngineId Frontier { get; } = FromAscii("fron");

    /// <summary>An id from exactly four ASCII characters.</summary>
    public static ConsensusEngineId FromAscii(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length != Size || !Ascii.IsValid(text))
        {
            throw new ArgumentException($"a consensus engine id is {Size} ASCII characters, got '{text}'", nameof(text));
        }

        Span<byte> bytes = stackalloc byte[Size];
        Encoding.ASCII.GetBytes(text, bytes);
        return new ConsensusEngineId(bytes);
    }

    public void CopyTo(Span<byte> destination) => BinaryPrimitives.WriteUInt32LittleEndian(destination, _value);

    public byte[] ToArray()
    {
        byte[] bytes = new byte[Size];
        CopyTo(bytes);
        return bytes;
    }

    public static int MinEncodedSize => Size;

    public static void Encode(in ConsensusEngineId value, ref ScaleWriter writer) => writer.WriteU32(value._value);

    public static ConsensusEngineId Decode(ref ScaleReader reader) => new(reader.ReadU32());

    public bool Equals(ConsensusEngineId other) => _value == other._value;

    public override bool Equals(object? obj) => obj is ConsensusEngineId other && Equals(other);

    public override int GetHashCode() => (int)_value;

    /// <summary>The ASCII text when printable (<c>aura</c>), else 0x-hex.</summary>
    public override string ToString()
    {
        Span<byte> bytes = stackalloc byte[Size];
        CopyTo(bytes);
        foreach (byte b in bytes)
        {
            if (b is < 0x20 or > 0x7e)
            {
                return Primitives.Hex.Encode(bytes);
            }
        }

        return Encoding.ASCII.GetString(bytes);
    }

    public static bool operator ==(ConsensusEngineId left, ConsensusEngineId right) => left.Equals(right);

    public static bool operator !=(ConsensusEngineId left, ConsensusEngineId right) => !left.Equals(right);
}
