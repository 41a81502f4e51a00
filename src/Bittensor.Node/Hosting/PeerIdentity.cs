using System.Security.Cryptography;
using Bittensor.Core.Crypto;
using Bittensor.Core.Primitives;

namespace Bittensor.Node.Hosting;

/// <summary>
/// A libp2p peer id for <c>system_localPeerId</c>. The node has no networking yet, but clients expect the usual
/// <c>12D3KooW…</c> form: base58 of the identity multihash of the protobuf-encoded ed25519 public key, as Substrate
/// derives it from its (by default random) node key.
/// </summary>
internal static class PeerIdentity
{
    /// <summary>A peer id from a fresh random ed25519 node key.</summary>
    public static string NewRandom()
    {
        Span<byte> seed = stackalloc byte[Ed25519.SeedSize];
        RandomNumberGenerator.Fill(seed);
        Span<byte> publicKey = stackalloc byte[Ed25519.PublicKeySize];
        Ed25519.GetPublicKey(seed, publicKey);
        CryptographicOperations.ZeroMemory(seed);
        return FromEd25519PublicKey(publicKey);
    }

    /// <summary>The peer id of an ed25519 public key.</summary>
    public static string FromEd25519PublicKey(ReadOnlySpan<byte> publicKey)
    {
        if (publicKey.Length != Ed25519.PublicKeySize)
        {
            throw new ArgumentException("an ed25519 public key is 32 bytes", nameof(publicKey));
        }

        // multihash(identity = 0x00, length 36) ‖ protobuf PublicKey { Type = Ed25519 (field 1 = 1), Data (field 2, 32 bytes) }.
        Span<byte> encoded = stackalloc byte[38];
        ReadOnlySpan<byte> header = [0x00, 0x24, 0x08, 0x01, 0x12, 0x20];
        header.CopyTo(encoded);
        publicKey.CopyTo(encoded[header.Length..]);
        return Base58.Encode(encoded);
    }
}
