using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Bittensor.Sdk.Wallets;

/// <summary>
/// Reads bittensor ≤ 6 "legacy" keyfiles (keyfile.py <c>decrypt_keyfile_data</c>, legacy branch): a Fernet token
/// whose key is PBKDF2-HMAC-SHA256(password, "Iguesscyborgs…", 10,000,000 iterations, 32 bytes). btwallet's Rust port
/// of this path is broken (it uses a random Fernet key); this one follows the Python original.
/// </summary>
internal static class LegacyFernet
{
    public const int Iterations = 10_000_000;

    public static ReadOnlySpan<byte> Prefix => "gAAAAA"u8;

    private static ReadOnlySpan<byte> Salt => "Iguesscyborgslikemyselfhaveatendencytobeparanoidaboutourorigins"u8;

    public static byte[] DeriveKey(string password) =>
        Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password), Salt, Iterations, HashAlgorithmName.SHA256, 32);

    /// <summary>Decrypts a token with the password; false on a wrong password (HMAC mismatch).</summary>
    public static bool TryDecrypt(ReadOnlySpan<byte> token, string password, out byte[]? plaintext)
    {
        byte[] key = DeriveKey(password);
        try
        {
            return TryDecryptWithKey(token, key, out plaintext);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(key);
        }
    }

    /// <summary>Fernet spec: 0x80 ‖ timestamp(8) ‖ IV(16) ‖ AES-128-CBC ciphertext ‖ HMAC-SHA256(signing key, all before).</summary>
    /// <exception cref="KeyfileCorruptException">Not a well-formed token.</exception>
    public static bool TryDecryptWithKey(ReadOnlySpan<byte> token, ReadOnlySpan<byte> key, out byte[]? plaintext)
    {
        plaintext = null;
        byte[] raw;
        try
        {
            string text = Encoding.ASCII.GetString(token).Trim().Replace('-', '+').Replace('_', '/');
            raw = Convert.FromBase64String(text.PadRight(text.Length + ((4 - (text.Length % 4)) % 4), '='));
        }
        catch (FormatException ex)
        {
            throw new KeyfileCorruptException("legacy keyfile is not base64url", ex);
        }

        if (raw.Length < 1 + 8 + 16 + 16 + 32 || raw[0] != 0x80 || (raw.Length - 57) % 16 != 0)
        {
            throw new KeyfileCorruptException("legacy keyfile is not a Fernet token");
        }

        _ = BinaryPrimitives.ReadUInt64BigEndian(raw.AsSpan(1, 8));
        ReadOnlySpan<byte> signed = raw.AsSpan(0, raw.Length - 32);
        byte[] mac = HMACSHA256.HashData(key[..16], signed);
        if (!CryptographicOperations.FixedTimeEquals(mac, raw.AsSpan(raw.Length - 32)))
        {
            return false;
        }

        using Aes aes = Aes.Create();
        aes.Key = key[16..32].ToArray();
        try
        {
            plaintext = aes.DecryptCbc(raw.AsSpan(25, raw.Length - 57), raw.AsSpan(9, 16), PaddingMode.PKCS7);
        }
        catch (CryptographicException ex)
        {
            throw new KeyfileCorruptException("legacy keyfile has invalid padding", ex);
        }

        return true;
    }
}
