using System.Text;
using Bittensor.Core.Crypto.Nacl;

namespace Bittensor.Sdk.Tests.Crypto;

/// <summary>The public Core NaCl API the wallet builds on (SecretBox, PasswordHash).</summary>
public class NaclPrimitiveTests
{
    private static readonly byte[] Key = Enumerable.Range(0, 32).Select(i => (byte)i).ToArray();
    private static readonly byte[] Nonce = Enumerable.Range(100, 24).Select(i => (byte)i).ToArray();

    [Fact]
    public void SecretBox_SealOpen_RoundTripsIncludingEmpty()
    {
        foreach (string text in new[] { "", "x", "a longer message than one block of salsa20 output, 64+ bytes long....." })
        {
            byte[] sealedBox = SecretBox.Seal(Encoding.UTF8.GetBytes(text), Nonce, Key);

            Assert.Equal(text.Length + SecretBox.MacSize, sealedBox.Length);
            Assert.True(SecretBox.TryOpen(sealedBox, Nonce, Key, out byte[]? opened));
            Assert.Equal(text, Encoding.UTF8.GetString(opened));
        }
    }

    [Fact]
    public void SecretBox_TamperOrWrongInputs_ReturnFalseNeverThrow()
    {
        byte[] sealedBox = SecretBox.Seal("secret"u8, Nonce, Key);
        for (int i = 0; i < sealedBox.Length; i++)
        {
            byte[] copy = (byte[])sealedBox.Clone();
            copy[i] ^= 0x01;
            Assert.False(SecretBox.TryOpen(copy, Nonce, Key, out byte[]? message));
            Assert.Null(message);
        }

        Assert.False(SecretBox.TryOpen(sealedBox, Nonce.AsSpan(1), Key, out _));
        Assert.False(SecretBox.TryOpen(sealedBox, Nonce, Key.AsSpan(1), out _));
        Assert.False(SecretBox.TryOpen(sealedBox.AsSpan(0, 15), Nonce, Key, out _));
        Assert.False(SecretBox.TryOpen([], Nonce, Key, out _));
        Assert.Throws<ArgumentException>(() => SecretBox.Seal("m"u8, Nonce.AsSpan(1), Key));
    }

    [Fact]
    public void Scrypt_Rfc7914Vector()
    {
        byte[] output = new byte[64];

        PasswordHash.Scrypt("password"u8, "NaCl"u8, 1024, 8, 16, output);

        Assert.Equal(
            "fdbabe1c9d3472007856e7190d01e9fe7c6ad7cbc8237830e77376634b3731622eaf30d92e22a3886ff109279d9830dac727afb94a83ee6d8360cbdfa2cc0640",
            Convert.ToHexStringLower(output));
        Assert.Throws<ArgumentOutOfRangeException>(() => PasswordHash.Scrypt("p"u8, "s"u8, 1000, 8, 1, output));
    }

    [Fact]
    public void Argon2i_InteractiveLimits_DeterministicAndPasswordSensitive()
    {
        byte[] salt = new byte[16];
        byte[] a = new byte[32];
        byte[] b = new byte[32];
        byte[] c = new byte[32];

        PasswordHash.Argon2i("pw"u8, salt, PasswordHash.Argon2iOpsLimitInteractive, PasswordHash.Argon2iMemLimitInteractive, a);
        PasswordHash.Argon2i("pw"u8, salt, PasswordHash.Argon2iOpsLimitInteractive, PasswordHash.Argon2iMemLimitInteractive, b);
        PasswordHash.Argon2i("pW"u8, salt, PasswordHash.Argon2iOpsLimitInteractive, PasswordHash.Argon2iMemLimitInteractive, c);

        Assert.Equal(a, b);
        Assert.NotEqual(a, c);
        Assert.Throws<ArgumentException>(() => PasswordHash.Argon2i("pw"u8, new byte[15], 4, PasswordHash.Argon2iMemLimitInteractive, a));
        Assert.Throws<InvalidOperationException>(() => PasswordHash.Argon2i("pw"u8, salt, 1, PasswordHash.Argon2iMemLimitInteractive, a));
    }
}
