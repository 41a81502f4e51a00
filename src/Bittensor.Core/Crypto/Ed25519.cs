using System.Runtime.InteropServices;
using System.Security.Cryptography;
using Bittensor.Core.Hashing;
using Bittensor.Core.Interop;

namespace Bittensor.Core.Crypto;

/// <summary>
/// Ed25519 (RFC 8032) through libsodium, plus Substrate's hard derivation (sp_core::ed25519::derive_hard_junction).
/// Keys are identified by their 32-byte seed; libsodium's 64-byte secret key is seed ‖ public key.
/// </summary>
public static class Ed25519
{
    public const int PublicKeySize = 32;
    public const int SignatureSize = 64;
    public const int SeedSize = 32;
    public const int SecretKeySize = 64;
    public const int ChainCodeSize = 32;

    /// <summary>Derives the public key and libsodium's 64-byte secret key (seed ‖ public) from a 32-byte seed.</summary>
    public static void KeyPairFromSeed(ReadOnlySpan<byte> seed, Span<byte> publicKey, Span<byte> secretKey)
    {
        RequireLength(seed, SeedSize, nameof(seed));
        RequireLength(publicKey, PublicKeySize, nameof(publicKey));
        RequireLength(secretKey, SecretKeySize, nameof(secretKey));
        Sodium.EnsureInitialized();
        int rc = Sodium.crypto_sign_seed_keypair(
            ref MemoryMarshal.GetReference(publicKey), ref MemoryMarshal.GetReference(secretKey), ref MemoryMarshal.GetReference(seed));
        if (rc != 0)
        {
            throw new CryptographicException("libsodium crypto_sign_seed_keypair failed.");
        }
    }

    /// <summary>The public key of a 32-byte seed.</summary>
    public static void GetPublicKey(ReadOnlySpan<byte> seed, Span<byte> publicKey)
    {
        Span<byte> secretKey = stackalloc byte[SecretKeySize];
        KeyPairFromSeed(seed, publicKey, secretKey);
        CryptographicOperations.ZeroMemory(secretKey);
    }

    /// <summary>Deterministic RFC 8032 signature with libsodium's 64-byte secret key (seed ‖ public).</summary>
    public static void Sign(ReadOnlySpan<byte> secretKey, ReadOnlySpan<byte> message, Span<byte> signature)
    {
        RequireLength(secretKey, SecretKeySize, nameof(secretKey));
        RequireLength(signature, SignatureSize, nameof(signature));
        Sodium.EnsureInitialized();
        int rc = Sodium.crypto_sign_detached(
            ref MemoryMarshal.GetReference(signature), 0,
            ref MemoryMarshal.GetReference(message), (ulong)message.Length,
            ref MemoryMarshal.GetReference(secretKey));
        if (rc != 0)
        {
            throw new CryptographicException("libsodium crypto_sign_detached failed.");
        }
    }

    /// <summary>
    /// Verifies a signature; wrong lengths or malformed keys/signatures return false, never throw.
    /// libsodium is stricter than ZIP-215 (it rejects small-order keys/R and non-canonical encodings); every
    /// signature an honest RFC 8032 signer produces verifies.
    /// </summary>
    public static bool Verify(ReadOnlySpan<byte> publicKey, ReadOnlySpan<byte> message, ReadOnlySpan<byte> signature)
    {
        if (publicKey.Length != PublicKeySize || signature.Length != SignatureSize)
        {
            return false;
        }

        Sodium.EnsureInitialized();
        return Sodium.crypto_sign_verify_detached(
            ref MemoryMarshal.GetReference(signature),
            ref MemoryMarshal.GetReference(message), (ulong)message.Length,
            ref MemoryMarshal.GetReference(publicKey)) == 0;
    }

    /// <summary>
    /// sp_core ed25519 hard junction: new seed = blake2_256(SCALE(("Ed25519HDKD", seed, chain_code))), i.e.
    /// blake2_256(compact(11) ‖ "Ed25519HDKD" ‖ seed ‖ chain_code). Ed25519 has no soft derivation.
    /// </summary>
    public static void HardDerive(ReadOnlySpan<byte> seed, ReadOnlySpan<byte> chainCode, Span<byte> derivedSeed)
    {
        RequireLength(seed, SeedSize, nameof(seed));
        RequireLength(chainCode, ChainCodeSize, nameof(chainCode));
        RequireLength(derivedSeed, SeedSize, nameof(derivedSeed));

        ReadOnlySpan<byte> tag = "Ed25519HDKD"u8;
        Span<byte> encoded = stackalloc byte[1 + 11 + SeedSize + ChainCodeSize];
        encoded[0] = (byte)(tag.Length << 2); // SCALE compact, single-byte mode
        tag.CopyTo(encoded[1..]);
        seed.CopyTo(encoded[(1 + tag.Length)..]);
        chainCode.CopyTo(encoded[(1 + tag.Length + SeedSize)..]);
        Blake2b.Hash(encoded, derivedSeed);
        CryptographicOperations.ZeroMemory(encoded);
    }

    private static void RequireLength(ReadOnlySpan<byte> value, int length, string name)
    {
        if (value.Length != length)
        {
            throw new ArgumentException($"expected {length} bytes, got {value.Length}", name);
        }
    }
}
