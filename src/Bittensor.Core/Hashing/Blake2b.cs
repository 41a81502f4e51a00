using System.Runtime.InteropServices;
using Bittensor.Core.Interop;

namespace Bittensor.Core.Hashing;

/// <summary>
/// BLAKE2b (RFC 7693) with any digest size from 1 to 64 bytes, optionally keyed, backed by libsodium.
/// Substrate uses 16 bytes (Blake2_128 storage hasher), 32 (H256, extrinsic and block hashes),
/// 64 (SS58 checksum) and 8 (runtime API ids).
/// </summary>
public static class Blake2b
{
    public const int MaxDigestSize = 64;
    public const int MaxKeySize = 64;

    /// <summary>Hashes <paramref name="data"/> into <paramref name="destination"/>; the digest size is the destination length.</summary>
    public static void Hash(ReadOnlySpan<byte> data, Span<byte> destination) => Hash(data, default, destination);

    /// <summary>Keyed BLAKE2b; an empty key means unkeyed.</summary>
    public static void Hash(ReadOnlySpan<byte> data, ReadOnlySpan<byte> key, Span<byte> destination)
    {
        if (destination.Length is < 1 or > MaxDigestSize)
        {
            throw new ArgumentException($"BLAKE2b digest size must be 1..{MaxDigestSize} bytes, got {destination.Length}.", nameof(destination));
        }

        if (key.Length > MaxKeySize)
        {
            throw new ArgumentException($"BLAKE2b key must be at most {MaxKeySize} bytes, got {key.Length}.", nameof(key));
        }

        Sodium.EnsureInitialized();
        int rc = Sodium.crypto_generichash_blake2b(
            ref MemoryMarshal.GetReference(destination), (nuint)destination.Length,
            ref MemoryMarshal.GetReference(data), (ulong)data.Length,
            ref MemoryMarshal.GetReference(key), (nuint)key.Length);
        if (rc != 0)
        {
            throw new InvalidOperationException("libsodium crypto_generichash_blake2b failed.");
        }
    }

    /// <summary>A new array holding the <paramref name="digestSize"/>-byte digest.</summary>
    public static byte[] Hash(ReadOnlySpan<byte> data, int digestSize)
    {
        byte[] result = new byte[digestSize];
        Hash(data, result);
        return result;
    }

    public static byte[] Hash128(ReadOnlySpan<byte> data) => Hash(data, 16);

    public static byte[] Hash256(ReadOnlySpan<byte> data) => Hash(data, 32);

    public static byte[] Hash512(ReadOnlySpan<byte> data) => Hash(data, 64);

    public static byte[] Hash512(ReadOnlySpan<byte> data, ReadOnlySpan<byte> key)
    {
        byte[] result = new byte[64];
        Hash(data, key, result);
        return result;
    }
}
