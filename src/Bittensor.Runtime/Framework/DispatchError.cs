using Bittensor.Core.Scale;

namespace Bittensor.Runtime.Framework;

/// <summary>
/// <c>sp_runtime::DispatchError</c> (runtime/src/lib.rs) as it is encoded in events: a variant index, then for Module the
/// <c>ModuleError { index: u8, error: [u8; 4] }</c> (first error byte = the pallet error's variant index), for
/// Token/Arithmetic/Transactional/Trie one sub-variant byte. <c>Other</c>'s message is not encoded (codec skip).
/// </summary>
public readonly struct DispatchError : IEquatable<DispatchError>, IScaleCodec<DispatchError>
{
    private readonly uint _moduleError;

    private DispatchError(DispatchErrorKind kind, byte index, uint moduleError, string? message)
    {
        Kind = kind;
        Index = index;
        _moduleError = moduleError;
        Message = message;
    }

    public DispatchErrorKind Kind { get; }

    /// <summary>Module: the pallet index. Token/Arithmetic/Transactional/Trie: the sub-error index.</summary>
    public byte Index { get; }

    /// <summary>Module: the pallet's error variant index (first byte of the 4-byte error).</summary>
    public byte ModuleErrorIndex => (byte)_moduleError;

    /// <summary>Module: the full 4 error bytes as a little-endian u32.</summary>
    public uint ModuleErrorBytes => _moduleError;

    /// <summary>The text of an <c>Other</c> error; never encoded.</summary>
    public string? Message { get; }

    public static DispatchError Other(string? message = null) => new(DispatchErrorKind.Other, 0, 0, message);

    public static DispatchError CannotLookup => new(DispatchErrorKind.CannotLookup, 0, 0, null);

    public static DispatchError BadOrigin => new(DispatchErrorKind.BadOrigin, 0, 0, null);

    public static DispatchError ConsumerRemaining => new(DispatchErrorKind.ConsumerRemaining, 0, 0, null);

    public static DispatchError NoProviders => new(DispatchErrorKind.NoProviders, 0, 0, null);

    public static DispatchError TooManyConsumers => new(DispatchErrorKind.TooManyConsumers, 0, 0, null);

    public static DispatchError Exhausted => new(DispatchErrorKind.Exhausted, 0, 0, null);

    public static DispatchError Corruption => new(DispatchErrorKind.Corruption, 0, 0, null);

    public static DispatchError Unavailable => new(DispatchErrorKind.Unavailable, 0, 0, null);

    public static DispatchError RootNotAllowed => new(DispatchErrorKind.RootNotAllowed, 0, 0, null);

    public static DispatchError Module(byte palletIndex, byte errorIndex) => new(DispatchErrorKind.Module, palletIndex, errorIndex, null);

    public static DispatchError Token(TokenError error) => new(DispatchErrorKind.Token, (byte)error, 0, null);

    public static DispatchError Arithmetic(ArithmeticError error) => new(DispatchErrorKind.Arithmetic, (byte)error, 0, null);

    public static DispatchError Transactional(TransactionalError error) => new(DispatchErrorKind.Transactional, (byte)error, 0, null);

    public static DispatchError Trie(byte trieError) => new(DispatchErrorKind.Trie, trieError, 0, null);

    public static int MinEncodedSize => 1;

    public static void Encode(in DispatchError value, ref ScaleWriter writer)
    {
        writer.WriteVariantIndex((byte)value.Kind);
        switch (value.Kind)
        {
            case DispatchErrorKind.Module:
                writer.WriteU8(value.Index);
                writer.WriteU32(value._moduleError);
                break;
            case DispatchErrorKind.Token or DispatchErrorKind.Arithmetic or DispatchErrorKind.Transactional or DispatchErrorKind.Trie:
                writer.WriteU8(value.Index);
                break;
            default:
                break;
        }
    }

    public static DispatchError Decode(ref ScaleReader reader)
    {
        var kind = (DispatchErrorKind)reader.ReadVariantIndex("DispatchError", 15);
        return kind switch
        {
            DispatchErrorKind.Module => new DispatchError(kind, reader.ReadU8(), reader.ReadU32(), null),
            DispatchErrorKind.Token => new DispatchError(kind, reader.ReadVariantIndex("TokenError", 10), 0, null),
            DispatchErrorKind.Arithmetic => new DispatchError(kind, reader.ReadVariantIndex("ArithmeticError", 3), 0, null),
            DispatchErrorKind.Transactional => new DispatchError(kind, reader.ReadVariantIndex("TransactionalError", 2), 0, null),
            DispatchErrorKind.Trie => new DispatchError(kind, reader.ReadVariantIndex("TrieError", 14), 0, null),
            _ => new DispatchError(kind, 0, 0, null),
        };
    }

    /// <summary>Equality of the encoded value (an <c>Other</c> message is ignored, as it is not encoded).</summary>
    public bool Equals(DispatchError other) => Kind == other.Kind && Index == other.Index && _moduleError == other._moduleError;

    public override bool Equals(object? obj) => obj is DispatchError other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(Kind, Index, _moduleError);

    public override string ToString() => Kind switch
    {
        DispatchErrorKind.Module => $"Module{{ index: {Index}, error: {ModuleErrorIndex} }}",
        DispatchErrorKind.Token => $"Token({(TokenError)Index})",
        DispatchErrorKind.Arithmetic => $"Arithmetic({(ArithmeticError)Index})",
        DispatchErrorKind.Transactional => $"Transactional({(TransactionalError)Index})",
        DispatchErrorKind.Trie => $"Trie({Index})",
        DispatchErrorKind.Other when Message is not null => $"Other(\"{Message}\")",
        _ => Kind.ToString(),
    };

    public static bool operator ==(DispatchError left, DispatchError right) => left.Equals(right);

    public static bool operator !=(DispatchError left, DispatchError right) => !left.Equals(right);
}
