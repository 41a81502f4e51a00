using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Bittensor.Core.Crypto;
using Bittensor.Core.Crypto.Nacl;
using Bittensor.Core.Primitives;

namespace Bittensor.Sdk.Wallets;

/// <summary>
/// Decrypts a polkadot.js key export (JSON v3: scrypt + xsalsa20-poly1305 over a PKCS#8-like body), as btwallet
/// src/keypair.rs <c>create_from_encrypted_json</c>. Only sr25519 keys are accepted.
/// </summary>
public static class PolkadotJsonKeystore
{
    private static ReadOnlySpan<byte> Pkcs8Header => [48, 83, 2, 1, 1, 48, 5, 6, 3, 43, 101, 112, 4, 34, 4, 32];

    private static ReadOnlySpan<byte> Pkcs8Divider => [161, 35, 3, 33, 0];

    /// <summary>Largest scrypt N accepted (polkadot.js uses 2^15; a hostile file must not make us allocate gigabytes).</summary>
    public const ulong MaxScryptN = 1 << 20;

    /// <summary>Decrypts the export and returns its sr25519 key.</summary>
    /// <exception cref="WrongPasswordException">The passphrase does not open it.</exception>
    /// <exception cref="KeyfileCorruptException">Not a v3 sr25519 export, or damaged.</exception>
    public static KeyPair Decrypt(string json, string passphrase)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(passphrase);
        string encoded;
        bool scrypt;
        bool sr25519;
        string? address;
        try
        {
            using JsonDocument document = JsonDocument.Parse(json);
            JsonElement root = document.RootElement;
            JsonElement encoding = root.GetProperty("encoding");
            if (encoding.GetProperty("version").ToString() != "3")
            {
                throw new KeyfileCorruptException("unsupported polkadot.js JSON version (only version 3)");
            }

            encoded = root.GetProperty("encoded").GetString() ?? throw new KeyfileCorruptException("polkadot.js JSON has no 'encoded'");
            scrypt = encoding.GetProperty("type").EnumerateArray().Any(t => t.GetString() == "scrypt");
            sr25519 = encoding.GetProperty("content").EnumerateArray().Any(t => t.GetString() == "sr25519");
            address = root.TryGetProperty("address", out JsonElement a) ? a.GetString() : null;
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new KeyfileCorruptException($"not a polkadot.js key export: {ex.Message}", ex);
        }

        if (!sr25519)
        {
            throw new KeyfileCorruptException("polkadot.js JSON is not an sr25519 key (bittensor keys are sr25519)");
        }

        byte[] data;
        try
        {
            data = Convert.FromBase64String(encoded);
        }
        catch (FormatException ex)
        {
            throw new KeyfileCorruptException("polkadot.js 'encoded' is not base64", ex);
        }

        byte[] key = new byte[32];
        ReadOnlySpan<byte> rest = data;
        if (scrypt)
        {
            if (data.Length < 44)
            {
                throw new KeyfileCorruptException("polkadot.js scrypt header is truncated");
            }

            ulong n = BinaryPrimitives.ReadUInt32LittleEndian(data.AsSpan(32, 4));
            uint p = BinaryPrimitives.ReadUInt32LittleEndian(data.AsSpan(36, 4));
            uint r = BinaryPrimitives.ReadUInt32LittleEndian(data.AsSpan(40, 4));
            if (n > MaxScryptN || r > 64 || p > 16)
            {
                throw new KeyfileCorruptException($"polkadot.js scrypt parameters are out of range (N={n}, r={r}, p={p})");
            }

            PasswordHash.Scrypt(Encoding.UTF8.GetBytes(passphrase), data.AsSpan(0, 32), n, r, p, key);
            rest = data.AsSpan(44);
        }
        else
        {
            // Unencrypted-KDF exports use the passphrase bytes, zero-padded to 32, as the key.
            Encoding.UTF8.GetBytes(passphrase).AsSpan(0, Math.Min(32, Encoding.UTF8.GetByteCount(passphrase))).CopyTo(key);
        }

        if (rest.Length < SecretBox.NonceSize + SecretBox.MacSize)
        {
            throw new KeyfileCorruptException("polkadot.js body is truncated");
        }

        bool opened = SecretBox.TryOpen(rest[SecretBox.NonceSize..], rest[..SecretBox.NonceSize], key, out byte[]? plain);
        CryptographicOperations.ZeroMemory(key);
        if (!opened || plain is null)
        {
            throw new WrongPasswordException("Wrong passphrase for the polkadot.js key export.");
        }

        try
        {
            int expected = Pkcs8Header.Length + 64 + Pkcs8Divider.Length + 32;
            if (plain.Length < expected || !plain.AsSpan(0, Pkcs8Header.Length).SequenceEqual(Pkcs8Header)
                || !plain.AsSpan(Pkcs8Header.Length + 64, Pkcs8Divider.Length).SequenceEqual(Pkcs8Divider))
            {
                throw new KeyfileCorruptException("polkadot.js body is not the PKCS#8 layout");
            }

            KeyPair pair;
            try
            {
                pair = KeyPair.FromSr25519Secret(plain.AsSpan(Pkcs8Header.Length, 64), Sr25519SecretFormat.Ed25519);
            }
            catch (FormatException ex)
            {
                throw new KeyfileCorruptException("polkadot.js secret key is invalid", ex);
            }

            ReadOnlySpan<byte> publicKey = plain.AsSpan(Pkcs8Header.Length + 64 + Pkcs8Divider.Length, 32);
            if (!publicKey.SequenceEqual(pair.PublicKey.Span))
            {
                throw new KeyfileCorruptException("polkadot.js public key does not match its secret key");
            }

            if (address is not null && Ss58.TryDecode(address, out byte[] stated, out _, out _) && !stated.AsSpan().SequenceEqual(publicKey))
            {
                throw new KeyfileCorruptException($"polkadot.js address {address} does not match its key");
            }

            return pair;
        }
        finally
        {
            CryptographicOperations.ZeroMemory(plain);
        }
    }
}
