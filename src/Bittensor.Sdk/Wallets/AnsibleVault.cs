using System.Security.Cryptography;
using System.Text;

namespace Bittensor.Sdk.Wallets;

/// <summary>
/// Reads ansible-vault 1.1 AES256 data (the legacy keyfile format btwallet still decrypts with the
/// <c>ansible_vault</c> crate; layout of ansible's <c>VaultAES256</c>): header line, then hex of
/// <c>hex(salt) \n hex(hmac) \n hex(ciphertext)</c>; PBKDF2-HMAC-SHA256 (10000 iterations, 80 bytes) gives the
/// AES-256-CTR key, the HMAC-SHA256 key and the counter block; the plaintext is PKCS#7 padded.
/// </summary>
internal static class AnsibleVault
{
    public static ReadOnlySpan<byte> Prefix => "$ANSIBLE_VAULT"u8;

    /// <summary>Decrypts; false on a wrong password (HMAC mismatch).</summary>
    /// <exception cref="KeyfileCorruptException">Malformed vault text or an unsupported vault version/cipher.</exception>
    public static bool TryDecrypt(ReadOnlySpan<byte> data, string password, out byte[]? plaintext)
    {
        plaintext = null;
        string text = Encoding.ASCII.GetString(data);
        string[] lines = text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (lines.Length < 2)
        {
            throw new KeyfileCorruptException("ansible vault data has no body");
        }

        string[] header = lines[0].Split(';');
        if (header.Length < 3 || header[0] != "$ANSIBLE_VAULT" || header[2] != "AES256" || (header[1] != "1.1" && header[1] != "1.2"))
        {
            throw new KeyfileCorruptException($"unsupported ansible vault header '{lines[0]}' (only 1.1/1.2 AES256 is readable)");
        }

        byte[] inner;
        string[] parts;
        try
        {
            inner = Convert.FromHexString(string.Concat(lines.Skip(1)));
            parts = Encoding.ASCII.GetString(inner).Split('\n');
        }
        catch (FormatException ex)
        {
            throw new KeyfileCorruptException("ansible vault body is not hex", ex);
        }

        if (parts.Length != 3)
        {
            throw new KeyfileCorruptException("ansible vault body does not hold salt, hmac and ciphertext");
        }

        byte[] salt, mac, ciphertext;
        try
        {
            salt = Convert.FromHexString(parts[0]);
            mac = Convert.FromHexString(parts[1]);
            ciphertext = Convert.FromHexString(parts[2]);
        }
        catch (FormatException ex)
        {
            throw new KeyfileCorruptException("ansible vault fields are not hex", ex);
        }

        byte[] derived = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password), salt, 10000, HashAlgorithmName.SHA256, 80);
        try
        {
            byte[] expected = HMACSHA256.HashData(derived.AsSpan(32, 32), ciphertext);
            if (!CryptographicOperations.FixedTimeEquals(expected, mac))
            {
                return false;
            }

            byte[] padded = AesCtr(derived.AsSpan(0, 32), derived.AsSpan(64, 16), ciphertext);
            int pad = padded.Length == 0 ? 0 : padded[^1];
            if (pad is < 1 or > 16 || pad > padded.Length)
            {
                throw new KeyfileCorruptException("ansible vault plaintext has invalid padding");
            }

            plaintext = padded[..^pad];
            return true;
        }
        finally
        {
            CryptographicOperations.ZeroMemory(derived);
        }
    }

    // AES-CTR with a 128-bit big-endian counter (the cryptography/ansible convention), built from ECB blocks.
    private static byte[] AesCtr(ReadOnlySpan<byte> key, ReadOnlySpan<byte> iv, ReadOnlySpan<byte> input)
    {
        using Aes aes = Aes.Create();
        aes.Key = key.ToArray();
        byte[] output = new byte[input.Length];
        byte[] counter = iv.ToArray();
        byte[] keystream = new byte[16];
        for (int offset = 0; offset < input.Length; offset += 16)
        {
            aes.EncryptEcb(counter, keystream, PaddingMode.None);
            int n = Math.Min(16, input.Length - offset);
            for (int i = 0; i < n; i++)
            {
                output[offset + i] = (byte)(input[offset + i] ^ keystream[i]);
            }

            for (int i = 15; i >= 0 && ++counter[i] == 0; i--)
            {
            }
        }

        return output;
    }
}
