using System.Text;
using System.Text.Json;
using Bittensor.Core.Crypto;
using Bittensor.Core.Primitives;
using Bittensor.Sdk.Tests.Support;
using Bittensor.Sdk.Wallets;

namespace Bittensor.Sdk.Tests.Wallets;

public class KeyfileEncryptionVectorTests
{
    private static JsonElement V => VectorFile.KeyfileEncryption;

    private static JsonElement Nacl => V.GetProperty("nacl");

    [Fact]
    public void NaclParameters_MatchBtwalletConstants()
    {
        Assert.Equal(Nacl.GetProperty("salt_hex").GetString(), Convert.ToHexStringLower(NaclKeyfileCipher.Salt));
        Assert.Equal(NaclKeyfileCipher.OpsLimit, Nacl.GetProperty("opslimit").GetUInt64());
        Assert.Equal(NaclKeyfileCipher.MemLimit, Nacl.GetProperty("memlimit").GetInt64());
    }

    [Fact]
    public void NaclDeriveKey_VectorPassword_MatchesIndependentArgon2i()
    {
        byte[] key = TestKeys.Cache.GetOrDerive(Nacl.GetProperty("password").GetString()!);

        Assert.Equal(Nacl.GetProperty("derived_key_hex").GetString(), Convert.ToHexStringLower(key));
    }

    [Fact]
    public void NaclEncrypt_FixedNonce_MatchesVectorBytes()
    {
        byte[] nonce = Convert.FromHexString(Nacl.GetProperty("nonce_hex").GetString()!);
        byte[] plaintext = Encoding.UTF8.GetBytes(Nacl.GetProperty("plaintext").GetString()!);

        byte[] file = NaclKeyfileCipher.Encrypt(plaintext, TestKeys.Password, nonce, TestKeys.Cache);

        Assert.Equal(Nacl.GetProperty("file_hex").GetString(), Convert.ToHexStringLower(file));
    }

    [Fact]
    public void NaclDecrypt_VectorFile_GivesPlaintextAndKey()
    {
        byte[] file = Convert.FromHexString(Nacl.GetProperty("file_hex").GetString()!);

        Assert.True(NaclKeyfileCipher.TryDecrypt(file, TestKeys.Password, out byte[]? plain, TestKeys.Cache));
        Assert.Equal(Nacl.GetProperty("plaintext").GetString(), Encoding.UTF8.GetString(plain));
        KeyfileData data = KeyfileData.Parse(plain);
        Assert.Equal(V.GetProperty("key").GetProperty("ss58").GetString(), data.Ss58Address);
        Assert.Equal(V.GetProperty("key").GetProperty("public_key").GetString(), Hex.Encode(data.ToKeyPair().PublicKey.Span));
    }

    [Fact]
    public void NaclDecrypt_WrongPassword_ReturnsFalse()
    {
        byte[] file = Convert.FromHexString(Nacl.GetProperty("file_hex").GetString()!);
        byte[] wrongKey = TestKeys.Cache.GetOrDerive(Nacl.GetProperty("wrong_password").GetString()!);

        Assert.Equal(Nacl.GetProperty("wrong_password_derived_key_hex").GetString(), Convert.ToHexStringLower(wrongKey));
        Assert.False(NaclKeyfileCipher.TryDecrypt(file, Nacl.GetProperty("wrong_password").GetString()!, out byte[]? plain, TestKeys.Cache));
        Assert.Null(plain);
    }

    [Fact]
    public void NaclDecrypt_FlippedBit_ReturnsFalse()
    {
        byte[] file = Convert.FromHexString(Nacl.GetProperty("file_hex").GetString()!);
        file[^1] ^= 1;

        Assert.False(NaclKeyfileCipher.TryDecrypt(file, TestKeys.Password, out _, TestKeys.Cache));
    }

    [Fact]
    public void AnsibleVault_VectorFile_DecryptsToPlaintext()
    {
        JsonElement a = V.GetProperty("ansible_vault");
        using TempDirectory dir = new();
        string path = Path.Combine(dir.Path, "coldkey");
        File.WriteAllText(path, a.GetProperty("file").GetString());
        Keyfile keyfile = new(path);

        Assert.Equal(KeyfileEncryption.AnsibleVault, keyfile.Encryption);
        KeyfileData data = keyfile.Read(PasswordSource.FromValue(a.GetProperty("password").GetString()!));
        Assert.Equal(V.GetProperty("key").GetProperty("ss58").GetString(), data.Ss58Address);
        Assert.Throws<WrongPasswordException>(() => keyfile.Read(PasswordSource.FromValue("nope")));
    }

    [Fact]
    public void LegacyFernet_VectorKey_DecryptsToken()
    {
        JsonElement f = V.GetProperty("legacy_fernet");
        byte[] token = Encoding.ASCII.GetBytes(f.GetProperty("file").GetString()!);
        byte[] key = Convert.FromHexString(f.GetProperty("pbkdf2_key_hex").GetString()!);

        Assert.True(LegacyFernet.TryDecryptWithKey(token, key, out byte[]? plain));
        Assert.Equal(f.GetProperty("plaintext").GetString(), Encoding.UTF8.GetString(plain!));
        key[0] ^= 1;
        Assert.False(LegacyFernet.TryDecryptWithKey(token, key, out _));
    }

    [Fact]
    public void LegacyFernet_VectorPassword_DerivesTheVectorKeyAndReadsTheKeyfile()
    {
        JsonElement f = V.GetProperty("legacy_fernet");
        using TempDirectory dir = new();
        string path = Path.Combine(dir.Path, "coldkey");
        File.WriteAllText(path, f.GetProperty("file").GetString());

        Assert.Equal(f.GetProperty("pbkdf2_key_hex").GetString(), Convert.ToHexStringLower(LegacyFernet.DeriveKey(f.GetProperty("password").GetString()!)));
        KeyfileData data = new Keyfile(path).Read(PasswordSource.FromValue(f.GetProperty("password").GetString()!));
        Assert.Equal(V.GetProperty("key").GetProperty("ss58").GetString(), data.Ss58Address);
    }

    [Fact]
    public void PolkadotJson_VectorExport_DecryptsToTheSameKey()
    {
        JsonElement p = V.GetProperty("polkadot_json");

        KeyPair pair = PolkadotJsonKeystore.Decrypt(p.GetProperty("json").GetRawText(), p.GetProperty("passphrase").GetString()!);

        Assert.Equal(p.GetProperty("ss58").GetString(), pair.ToSs58());
        Assert.Equal(
            V.GetProperty("key").GetProperty("secret_key_ed25519_form").GetString(),
            Hex.Encode(pair.ExportSr25519Secret(Sr25519SecretFormat.Ed25519)));
        Assert.Throws<WrongPasswordException>(() => PolkadotJsonKeystore.Decrypt(p.GetProperty("json").GetRawText(), "wrong"));
    }
}
