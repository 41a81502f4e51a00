using System.Runtime.InteropServices;
using Bittensor.Core.Interop;

namespace Bittensor.Core.Crypto.Nacl;

/// <summary>
/// Password-based key derivation through libsodium: Argon2i v1.3 (<c>crypto_pwhash</c> with
/// <c>crypto_pwhash_ALG_ARGON2I13</c>, the KDF of bittensor's <c>$NACL</c> keyfiles) and raw scrypt
/// (<c>crypto_pwhash_scryptsalsa208sha256_ll</c>, the KDF of polkadot.js JSON key exports).
/// </summary>
public static class PasswordHash
{
    /// <summary>Argon2i salt size (crypto_pwhash_argon2i_SALTBYTES).</summary>
    public const int Argon2SaltSize = 16;

    /// <summary>crypto_pwhash_argon2i_OPSLIMIT_INTERACTIVE.</summary>
    public const ulong Argon2iOpsLimitInteractive = 4;

    /// <summary>crypto_pwhash_argon2i_MEMLIMIT_INTERACTIVE (32 MiB).</summary>
    public const long Argon2iMemLimitInteractive = 33_554_432;

    /// <summary>crypto_pwhash_argon2i_OPSLIMIT_MODERATE.</summary>
    public const ulong Argon2iOpsLimitModerate = 6;

    /// <summary>crypto_pwhash_argon2i_MEMLIMIT_MODERATE (128 MiB).</summary>
    public const long Argon2iMemLimitModerate = 134_217_728;

    /// <summary>crypto_pwhash_argon2i_OPSLIMIT_SENSITIVE (what bittensor keyfiles use).</summary>
    public const ulong Argon2iOpsLimitSensitive = 8;

    /// <summary>crypto_pwhash_argon2i_MEMLIMIT_SENSITIVE (512 MiB; what bittensor keyfiles use).</summary>
    public const long Argon2iMemLimitSensitive = 536_870_912;

    /// <summary>Minimum opslimit libsodium accepts for Argon2i (crypto_pwhash_argon2i_OPSLIMIT_MIN).</summary>
    public const ulong Argon2iOpsLimitMin = 3;

    /// <summary>
    /// Derives <paramref name="key"/> (its length is the output size, ≥ 16 bytes) from a password with Argon2i v1.3.
    /// <paramref name="memLimit"/> is in bytes. Deterministic: same inputs, same key.
    /// </summary>
    /// <exception cref="ArgumentException">Salt not 16 bytes, output shorter than 16 bytes.</exception>
    /// <exception cref="InvalidOperationException">Limits out of libsodium's range, or the memory could not be allocated.</exception>
    public static void Argon2i(ReadOnlySpan<byte> password, ReadOnlySpan<byte> salt, ulong opsLimit, long memLimit, Span<byte> key)
    {
        if (salt.Length != Argon2SaltSize)
        {
            throw new ArgumentException($"an Argon2 salt is {Argon2SaltSize} bytes, got {salt.Length}", nameof(salt));
        }

        if (key.Length < 16)
        {
            throw new ArgumentException($"Argon2 output must be at least 16 bytes, got {key.Length}", nameof(key));
        }

        ArgumentOutOfRangeException.ThrowIfNegative(memLimit);
        Sodium.EnsureInitialized();
        // An empty password still needs a valid pointer; the salt is always 16 bytes.
        ref byte passwordRef = ref password.IsEmpty ? ref MemoryMarshal.GetReference(salt) : ref MemoryMarshal.GetReference(password);
        int rc = Sodium.crypto_pwhash(
            ref MemoryMarshal.GetReference(key), (ulong)key.Length,
            ref passwordRef, (ulong)password.Length,
            ref MemoryMarshal.GetReference(salt),
            opsLimit, (nuint)memLimit, Sodium.PwHashAlgArgon2I13);
        if (rc != 0)
        {
            throw new InvalidOperationException(
                $"Argon2i key derivation failed (opslimit {opsLimit}, memlimit {memLimit} bytes): limits out of range or out of memory.");
        }
    }

    /// <summary>
    /// scrypt(password, salt, N, r, p) into <paramref name="output"/>. N must be a power of two greater than 1;
    /// memory use is 128·r·N bytes.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">N is not a power of two &gt; 1, or r/p is zero.</exception>
    /// <exception cref="InvalidOperationException">libsodium rejected the parameters or ran out of memory.</exception>
    public static void Scrypt(ReadOnlySpan<byte> password, ReadOnlySpan<byte> salt, ulong n, uint r, uint p, Span<byte> output)
    {
        if (n < 2 || (n & (n - 1)) != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(n), n, "scrypt N must be a power of two greater than 1");
        }

        ArgumentOutOfRangeException.ThrowIfZero(r);
        ArgumentOutOfRangeException.ThrowIfZero(p);
        if (output.IsEmpty)
        {
            throw new ArgumentException("scrypt output must not be empty", nameof(output));
        }

        Sodium.EnsureInitialized();
        Span<byte> scratch = stackalloc byte[1];
        ref byte passwordRef = ref password.IsEmpty ? ref MemoryMarshal.GetReference(scratch) : ref MemoryMarshal.GetReference(password);
        ref byte saltRef = ref salt.IsEmpty ? ref MemoryMarshal.GetReference(scratch) : ref MemoryMarshal.GetReference(salt);
        int rc = Sodium.crypto_pwhash_scryptsalsa208sha256_ll(
            ref passwordRef, (nuint)password.Length,
            ref saltRef, (nuint)salt.Length,
            n, r, p,
            ref MemoryMarshal.GetReference(output), (nuint)output.Length);
        if (rc != 0)
        {
            throw new InvalidOperationException($"scrypt failed (N={n}, r={r}, p={p}): parameters rejected or out of memory.");
        }
    }
}
