using Bittensor.Core.Crypto;
using Bittensor.Core.Primitives;
using Bittensor.Core.Scale;

namespace Bittensor.Core.Chain.Extrinsics;

/// <summary>
/// <c>sp_runtime::MultiSignature</c>: 0 Ed25519([u8; 64]), 1 Sr25519([u8; 64]), 2 Ecdsa([u8; 65]).
/// </summary>
public sealed class MultiSignature : IEquatable<MultiSignature>, IScaleCodec<MultiSignature>
{
    private readonly byte[] _bytes;

    private MultiSignature(SignatureKind kind, byte[] bytes)
    {
        Kind = kind;
        _bytes = bytes;
    }

    public SignatureKind Kind { get; }

    public ReadOnlyMemory<byte> Bytes => _bytes;

    public static int SizeOf(SignatureKind kind) => kind == SignatureKind.Ecdsa ? 65 : 64;

    public static MultiSignature Create(SignatureKind kind, ReadOnlySpan<byte> bytes)
    {
        int size = SizeOf(kind);
        if (bytes.Length != size)
        {
            throw new ArgumentException($"a {kind} signature is {size} bytes, got {bytes.Length}", nameof(bytes));
        }

        return new MultiSignature(kind, bytes.ToArray());
    }

    /// <summary>Signs <paramref name="message"/> with <paramref name="key"/> and wraps the result in the matching variant.</summary>
    public static MultiSignature Sign(KeyPair key, ReadOnlySpan<byte> message)
    {
        ArgumentNullException.ThrowIfNull(key);
        SignatureKind kind = key.Scheme == KeyScheme.Sr25519 ? SignatureKind.Sr25519 : SignatureKind.Ed25519;
        return new MultiSignature(kind, key.Sign(message));
    }

    /// <summary>
    /// <c>MultiSignature::verify(msg, signer)</c> for an AccountId32 signer: sr25519 (context "substrate") and ed25519 against the
    /// account bytes as public key. ECDSA (secp256k1 recovery over blake2_256(msg)) is not supported here and never verifies.
    /// </summary>
    public bool Verify(ReadOnlySpan<byte> message, in AccountId32 signer) => Kind switch
    {
        SignatureKind.Sr25519 => KeyPair.Verify(KeyScheme.Sr25519, signer.AsSpan(), message, _bytes),
        SignatureKind.Ed25519 => KeyPair.Verify(KeyScheme.Ed25519, signer.AsSpan(), message, _bytes),
        _ => false,
    };

    public static int MinEncodedSize => 65;

    public static void Encode(in MultiSignature value, ref ScaleWriter writer)
    {
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteVariantIndex((byte)value.Kind);
        writer.WriteBytes(value._bytes);
    }

    public static MultiSignature Decode(ref ScaleReader reader)
    {
        byte index = reader.ReadVariantIndex("MultiSignature", 3);
        var kind = (SignatureKind)index;
        return new MultiSignature(kind, reader.ReadBytes(SizeOf(kind), $"a {kind} signature").ToArray());
    }

    public bool Equals(MultiSignature? other) => other is not null && Kind == other.Kind && _bytes.AsSpan().SequenceEqual(other._bytes);

    public override bool Equals(object? obj) => Equals(obj as MultiSignature);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Kind);
        hash.AddBytes(_bytes);
        return hash.ToHashCode();
    }

    public override string ToString() => $"{Kind}({Hex.Encode(_bytes)})";
}
