using System.Security.Cryptography;
using System.Text;
using Bittensor.Core.Crypto.Nacl;

namespace Bittensor.Sdk.Wallets;

/// <summary>
/// The <c>$NACL</c> keyfile format (btwallet src/keyfile.rs <c>derive_key</c>, <c>encrypt_keyfile_data</c>,
/// <c>decrypt_keyfile_data</c>; bittensor ≤ 7 keyfile.py the same through PyNaCl):
/// key = Argon2i v1.3 (<see cref="OpsLimit"/>, <see cref="MemLimit"/>, the fixed <see cref="Salt"/>, 32 bytes);
/// file = <c>"$NACL"</c> ‖ 24-byte random nonce ‖ Poly1305 tag ‖ XSalsa20 ciphertext.
/// </summary>
public static class NaclKeyfileCipher
{
    /// <summary>The 5-byte ASCII prefix.</summary>
    public static ReadOnlySpan<byte> Prefix => "$NACL"u8;

    /// <summary>btwallet's fixed global salt <c>NACL_SALT</c> = b"\x13q\x83\xdf\xf1Z\t\xbc\x9c\x90\xb5Q\x879\xe9\xb1".</summary>
    public static ReadOnlySpan<byte> Salt => [0x13, 0x71, 0x83, 0xdf, 0xf1, 0x5a, 0x09, 0xbc, 0x9c, 0x90, 0xb5, 0x51, 0x87, 0x39, 0xe9, 0xb1];

    /// <summary>sodiumoxide <c>pwhash::argon2i13::OPSLIMIT_SENSITIVE</c> = 8.</summary>
    public const ulong OpsLimit = PasswordHash.Argon2iOpsLimitSensitive;

    /// <summary>sodiumoxide <c>pwhash::argon2i13::MEMLIMIT_SENSITIVE</c> = 536870912 bytes (512 MiB).</summary>
    public const long MemLimit = PasswordHash.Argon2iMemLimitSensitive;

    /// <summary>Derives the 32-byte secretbox key from a password (about a second and 512 MiB of memory).</summary>
    public static byte[] DeriveKey(string password)
    {
        ArgumentNullException.ThrowIfNull(password);
        byte[] key = new byte[SecretBox.KeySize];
        byte[] passwordBytes = Encoding.UTF8.GetBytes(password);
        try
        {
            PasswordHash.Argon2i(passwordBytes, Salt, OpsLimit, MemLimit, key);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(passwordBytes);
        }

        return key;
    }

    /// <summary>True when the data starts with <c>$NACL</c>.</summary>
    public static bool IsNacl(ReadOnlySpan<byte> data) => data.StartsWith(Prefix);

    /// <summary>Encrypts with a random nonce.</summary>
    public static byte[] Encrypt(ReadOnlySpan<byte> plaintext, string password, NaclKeyCache? cache = null)
    {
        Span<byte> nonce = stackalloc byte[SecretBox.NonceSize];
        RandomNumberGenerator.Fill(nonce);
        return Encrypt(plaintext, password, nonce, cache);
    }

    /// <summary>Encrypts with the given nonce (tests and vectors; never reuse a nonce with the same password).</summary>
    public static byte[] Encrypt(ReadOnlySpan<byte> plaintext, string password, ReadOnlySpan<byte> nonce, NaclKeyCache? cache = null)
    {
        byte[] key = GetKey(password, cache);
        try
        {
            return EncryptWithKey(plaintext, key, nonce);
        }
        finally
        {
            if (cache is null)
            {
                CryptographicOperations.ZeroMemory(key);
            }
        }
    }

    /// <summary>Encrypts with an already derived key.</summary>
    public static byte[] EncryptWithKey(ReadOnlySpan<byte> plaintext, ReadOnlySpan<byte> key, ReadOnlySpan<byte> nonce)
    {
        byte[] result = new byte[Prefix.Length + SecretBox.NonceSize + SecretBox.MacSize + plaintext.Length];
        Prefix.CopyTo(result);
        nonce.CopyTo(result.AsSpan(Prefix.Length, SecretBox.NonceSize));
        SecretBox.Seal(plaintext, nonce, key, result.AsSpan(Prefix.Length + SecretBox.NonceSize));
        return result;
    }

    /// <summary>Decrypts; false when the password is wrong or the data is damaged (the MAC cannot tell which).</summary>
    /// <exception cref="KeyfileCorruptException">Not <c>$NACL</c> data, or too short to hold a nonce and a tag.</exception>
    public static bool TryDecrypt(ReadOnlySpan<byte> data, string password, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out byte[]? plaintext, NaclKeyCache? cache = null)
    {
        CheckShape(data);
        byte[] key = GetKey(password, cache);
        try
        {
            return TryDecryptWithKey(data, key, out plaintext);
        }
        finally
        {
            if (cache is null)
            {
                CryptographicOperations.ZeroMemory(key);
            }
        }
    }

    /// <summary>Decrypts with an already derived key.</summary>
    public static bool TryDecryptWithKey(ReadOnlySpan<byte> data, ReadOnlySpan<byte> key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out byte[]? plaintext)
    {
        CheckShape(data);
        ReadOnlySpan<byte> body = data[Prefix.Length..];
        return SecretBox.TryOpen(body[SecretBox.NonceSize..], body[..SecretBox.NonceSize], key, out plaintext);
    }

    private static void CheckShape(ReadOnlySpan<byte> data)
    {
        if (!IsNacl(data))
        {
            throw new KeyfileCorruptException("data does not start with $NACL");
        }

        if (data.Length < Prefix.Length + SecretBox.NonceSize + SecretBox.MacSize)
        {
            throw new KeyfileCorruptException($"$NACL data is truncated: {data.Length} bytes, at least {Prefix.Length + SecretBox.NonceSize + SecretBox.MacSize} needed");
        }
    }

    private static byte[] GetKey(string password, NaclKeyCache? cache)
    {
        ArgumentNullException.ThrowIfNull(password);
        return cache is null ? DeriveKey(password) : cache.GetOrDerive(password);
    }
}
