using System.Runtime.InteropServices;
using Bittensor.Core.Interop;

namespace Bittensor.Core.Crypto.Nacl;

/// <summary>
/// NaCl <c>crypto_secretbox</c>: XSalsa20 encryption with a Poly1305 MAC (libsodium <c>crypto_secretbox_easy</c> /
/// <c>crypto_secretbox_open_easy</c>). A sealed box is MAC(16) ‖ ciphertext, the layout PyNaCl, sodiumoxide and
/// tweetnacl share; the nonce travels separately.
/// </summary>
public static class SecretBox
{
    /// <summary>Key size in bytes.</summary>
    public const int KeySize = 32;

    /// <summary>Nonce size in bytes (XSalsa20's 192-bit nonce: random nonces are safe).</summary>
    public const int NonceSize = 24;

    /// <summary>Poly1305 tag size in bytes; a sealed box is this much longer than its message.</summary>
    public const int MacSize = 16;

    /// <summary>Encrypts and authenticates <paramref name="message"/>; returns MAC ‖ ciphertext.</summary>
    /// <exception cref="ArgumentException">The nonce or key has the wrong length.</exception>
    public static byte[] Seal(ReadOnlySpan<byte> message, ReadOnlySpan<byte> nonce, ReadOnlySpan<byte> key)
    {
        byte[] sealedBox = new byte[message.Length + MacSize];
        Seal(message, nonce, key, sealedBox);
        return sealedBox;
    }

    /// <summary>Encrypts into <paramref name="destination"/>, which must be exactly <c>message.Length + MacSize</c> bytes.</summary>
    /// <exception cref="ArgumentException">A length is wrong.</exception>
    public static void Seal(ReadOnlySpan<byte> message, ReadOnlySpan<byte> nonce, ReadOnlySpan<byte> key, Span<byte> destination)
    {
        RequireLength(nonce, NonceSize, nameof(nonce));
        RequireLength(key, KeySize, nameof(key));
        if (destination.Length != message.Length + MacSize)
        {
            throw new ArgumentException($"the sealed box is message + {MacSize} bytes = {message.Length + MacSize}, got {destination.Length}", nameof(destination));
        }

        Sodium.EnsureInitialized();
        // An empty message still needs a valid pointer for libsodium; the destination always has ≥ 16 bytes.
        ref byte messageRef = ref message.IsEmpty ? ref MemoryMarshal.GetReference(destination) : ref MemoryMarshal.GetReference(message);
        int rc = Sodium.crypto_secretbox_easy(
            ref MemoryMarshal.GetReference(destination),
            ref messageRef, (ulong)message.Length,
            ref MemoryMarshal.GetReference(nonce), ref MemoryMarshal.GetReference(key));
        if (rc != 0)
        {
            throw new InvalidOperationException("libsodium crypto_secretbox_easy failed.");
        }
    }

    /// <summary>
    /// Verifies and decrypts a sealed box. False (and a null message) when the MAC does not verify — wrong key,
    /// wrong nonce, any flipped bit — or when any input has the wrong length. Never throws on bad input.
    /// </summary>
    public static bool TryOpen(ReadOnlySpan<byte> sealedBox, ReadOnlySpan<byte> nonce, ReadOnlySpan<byte> key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out byte[]? message)
    {
        message = null;
        if (sealedBox.Length < MacSize || nonce.Length != NonceSize || key.Length != KeySize)
        {
            return false;
        }

        byte[] plain = new byte[sealedBox.Length - MacSize];
        // libsodium needs a writable pointer even for an empty plaintext.
        Span<byte> scratch = stackalloc byte[1];
        ref byte plainRef = ref plain.Length == 0 ? ref MemoryMarshal.GetReference(scratch) : ref MemoryMarshal.GetArrayDataReference(plain);
        Sodium.EnsureInitialized();
        int rc = Sodium.crypto_secretbox_open_easy(
            ref plainRef,
            ref MemoryMarshal.GetReference(sealedBox), (ulong)sealedBox.Length,
            ref MemoryMarshal.GetReference(nonce), ref MemoryMarshal.GetReference(key));
        if (rc != 0)
        {
            return false;
        }

        message = plain;
        return true;
    }

    private static void RequireLength(ReadOnlySpan<byte> value, int expected, string name)
    {
        if (value.Length != expected)
        {
            throw new ArgumentException($"{name} must be {expected} bytes, got {value.Length}", name);
        }
    }
}
