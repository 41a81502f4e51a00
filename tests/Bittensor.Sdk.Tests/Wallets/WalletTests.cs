using System.Text;
using Bittensor.Core.Crypto;
using Bittensor.Core.Primitives;
using Bittensor.Sdk.Tests.Support;
using Bittensor.Sdk.Wallets;

namespace Bittensor.Sdk.Tests.Wallets;

public sealed class WalletTests : IDisposable
{
    private const string DevPhrase = "bottom drive obey lake curtain smoke basket hold race lonely fit walk";
    private const string DevSs58 = "5DfhGyQdFobKM8NsWvEeAKk5EQQgYe9AydgJ7rMB6E1EqRzV";
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private Wallet NewWallet(string name = "w1", string hotkey = "default") => new(name, hotkey, _dir.Path, TestKeys.Cache);

    [Fact]
    public void CreateColdkey_Encrypted_UnlocksToTheMnemonicKey()
    {
        Wallet wallet = NewWallet();

        string phrase = wallet.CreateColdkey(TestKeys.Password);

        Assert.Equal(12, phrase.Split(' ').Length);
        Assert.Equal(KeyfileEncryption.Nacl, wallet.ColdkeyFile.Encryption);
        Assert.Equal(KeyfileEncryption.None, wallet.ColdkeyPubFile.Encryption);
        KeyPair expected = KeyPair.FromMnemonic(phrase);
        KeyPair unlocked = NewWallet().UnlockColdkey(PasswordSource.FromValue(TestKeys.Password));
        Assert.Equal(expected.ToSs58(), unlocked.ToSs58());
        Assert.Equal(expected.ToSs58(), wallet.GetColdkeyPub().Ss58Address);
        Assert.False(wallet.GetColdkeyPub().HasSecret);
    }

    [Fact]
    public void CreateColdkey_Encrypted_WrongPasswordGivesWrongPasswordException()
    {
        Wallet wallet = NewWallet();
        wallet.CreateColdkey(TestKeys.Password);

        WrongPasswordException ex = Assert.Throws<WrongPasswordException>(() => NewWallet().UnlockColdkey(PasswordSource.FromValue("wrong password")));

        Assert.Contains("Wrong password", ex.Message, StringComparison.Ordinal);
        Assert.Contains(wallet.ColdkeyFile.Path, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnlockColdkey_EncryptedWithoutPassword_GivesPasswordRequired()
    {
        NewWallet().CreateColdkey(TestKeys.Password);

        Assert.Throws<PasswordRequiredException>(() => NewWallet().UnlockColdkey());
        Assert.Throws<PasswordRequiredException>(() => NewWallet().UnlockColdkey(PasswordSource.FromEnvironment("BT_SDK_TEST_UNSET_VARIABLE")));
    }

    [Fact]
    public void CreateHotkey_Plain_WritesJsonFieldsAsBtwallet()
    {
        Wallet wallet = NewWallet();

        string phrase = wallet.CreateHotkey();

        string json = File.ReadAllText(wallet.HotkeyFile.Path);
        foreach (string field in new[] { "accountId", "publicKey", "privateKey", "secretPhrase", "secretSeed", "ss58Address" })
        {
            Assert.Contains($"\"{field}\":", json, StringComparison.Ordinal);
        }

        string pub = File.ReadAllText(wallet.HotkeyPubFile.Path);
        Assert.DoesNotContain("privateKey", pub, StringComparison.Ordinal);
        Assert.Contains("\"ss58Address\":", pub, StringComparison.Ordinal);
        Assert.EndsWith(Path.Combine("hotkeys", "defaultpub.txt"), wallet.HotkeyPubFile.Path, StringComparison.Ordinal);
        Assert.Equal(KeyPair.FromMnemonic(phrase).ToSs58(), NewWallet().UnlockHotkey().ToSs58());
    }

    [Fact]
    public void RegenerateColdkey_FromMnemonicSeedJsonAndUri_GiveTheExpectedAddress()
    {
        Wallet wallet = NewWallet();
        wallet.RegenerateColdkey(KeySource.FromMnemonic(DevPhrase), null);
        Assert.Equal(DevSs58, NewWallet().UnlockColdkey().ToSs58());

        wallet.RegenerateColdkey(KeySource.FromSeed("0xfac7959dbfe72f052e5a0c3c8d6530f202b02fd8f9f5ca3580ec8deb7797479e"), null, overwrite: true);
        Assert.Equal(DevSs58, NewWallet().UnlockColdkey().ToSs58());
        Assert.DoesNotContain("secretPhrase", File.ReadAllText(wallet.ColdkeyFile.Path), StringComparison.Ordinal);

        var p = VectorFile.KeyfileEncryption.GetProperty("polkadot_json");
        wallet.RegenerateColdkey(KeySource.FromPolkadotJson(p.GetProperty("json").GetRawText(), p.GetProperty("passphrase").GetString()!), null, overwrite: true);
        Assert.Equal(DevSs58, NewWallet().UnlockColdkey().ToSs58());
        string onlyPrivate = File.ReadAllText(wallet.ColdkeyFile.Path);
        Assert.DoesNotContain("secretSeed", onlyPrivate, StringComparison.Ordinal);
        Assert.Contains("privateKey", onlyPrivate, StringComparison.Ordinal);

        wallet.RegenerateColdkey(KeySource.FromUri("//Alice"), null, overwrite: true);
        Assert.Equal(KeyPair.FromUri("//Alice").ToSs58(), NewWallet().UnlockColdkey().ToSs58());
        Assert.Equal(KeyPair.FromUri("//Alice").ToSs58(), NewWallet().GetColdkeyPub().Ss58Address);
    }

    [Fact]
    public void RegenerateHotkey_SixtyFourByteSeed_LoadsSchnorrkelSecret()
    {
        KeyPair alice = KeyPair.FromUri("//Alice");
        Wallet wallet = NewWallet();

        wallet.RegenerateHotkey(KeySource.FromSeed(Hex.Encode(alice.ExportSr25519Secret())));

        Assert.Equal(alice.ToSs58(), NewWallet().UnlockHotkey().ToSs58());
    }

    [Fact]
    public void RegenerateColdkeyPub_FromSs58AndFromHex_WritePublicOnlyFile()
    {
        KeyPair bob = KeyPair.FromUri("//Bob");
        Wallet wallet = NewWallet();

        wallet.RegenerateColdkeyPub(bob.ToSs58());
        Assert.Equal(bob.ToSs58(), wallet.GetColdkeyPub().Ss58Address);

        wallet.RegenerateColdkeyPub(Hex.Encode(KeyPair.FromUri("//Charlie").PublicKey.Span), overwrite: true);
        Assert.Equal(KeyPair.FromUri("//Charlie").ToSs58(), wallet.GetColdkeyPub().Ss58Address);
        Assert.Throws<InvalidOperationException>(() => wallet.GetColdkeyPub().ToKeyPair());
        Assert.Throws<FormatException>(() => wallet.RegenerateColdkeyPub("5NotAnAddress", overwrite: true));
        wallet.RegenerateHotkeyPub(bob.ToSs58());
        Assert.Equal(bob.ToSs58(), wallet.GetHotkeyPub().Ss58Address);
    }

    [Fact]
    public void Create_ExistingFiles_RefusesWithoutOverwriteAndLeavesThemUnchanged()
    {
        Wallet wallet = NewWallet();
        wallet.CreateHotkey();
        byte[] before = File.ReadAllBytes(wallet.HotkeyFile.Path);

        KeyfileExistsException ex = Assert.Throws<KeyfileExistsException>(() => wallet.CreateHotkey());

        Assert.Contains("already exists", ex.Message, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(wallet.HotkeyFile.Path));
        wallet.CreateHotkey(overwrite: true);
        Assert.NotEqual(before, File.ReadAllBytes(wallet.HotkeyFile.Path));
    }

    [Fact]
    public void CreateColdkey_OnlyPubFileExists_RefusesBeforeWritingAnything()
    {
        Wallet wallet = NewWallet();
        wallet.RegenerateColdkeyPub(KeyPair.FromUri("//Bob").ToSs58());

        Assert.Throws<KeyfileExistsException>(() => wallet.CreateColdkey(null));

        Assert.False(wallet.ColdkeyFile.Exists);
    }

    [Fact]
    public void Files_AreOwnerOnly()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        Wallet wallet = NewWallet();
        wallet.CreateHotkey();
        wallet.CreateHotkey(overwrite: true);
        wallet.RegenerateColdkeyPub(KeyPair.FromUri("//Bob").ToSs58());

        const UnixFileMode Rw = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        Assert.Equal(Rw, File.GetUnixFileMode(wallet.HotkeyFile.Path));
        Assert.Equal(Rw, File.GetUnixFileMode(wallet.HotkeyPubFile.Path));
        Assert.Equal(Rw, File.GetUnixFileMode(wallet.ColdkeyPubFile.Path));
        const UnixFileMode Rwx = Rw | UnixFileMode.UserExecute;
        Assert.Equal(Rwx, File.GetUnixFileMode(wallet.Directory));
        Assert.Equal(Rwx, File.GetUnixFileMode(Path.Combine(wallet.Directory, "hotkeys")));
    }

    [Fact]
    public void KeyfileEncryptDecrypt_InPlace_RoundTrips()
    {
        Wallet wallet = NewWallet();
        string phrase = wallet.CreateHotkey();

        wallet.HotkeyFile.Encrypt(PasswordSource.FromValue("unused"), TestKeys.Password);
        Assert.Equal(KeyfileEncryption.Nacl, wallet.HotkeyFile.Encryption);
        wallet.HotkeyFile.Decrypt(PasswordSource.FromValue(TestKeys.Password));

        Assert.Equal(KeyfileEncryption.None, wallet.HotkeyFile.Encryption);
        Assert.Equal(phrase, wallet.HotkeyFile.Read().SecretPhrase);
    }

    [Theory]
    [InlineData("")]
    [InlineData("garbage that is not json")]
    [InlineData("{\"accountId\": 5}")]
    [InlineData("{}")]
    [InlineData("{\"secretSeed\": \"0x1234\"}")]
    [InlineData("{\"secretPhrase\": \"not a valid mnemonic phrase at all\"}")]
    [InlineData("[1,2,3]")]
    [InlineData("{\"secretPhrase\": \"bottom drive obey lake curtain smoke basket hold race lonely fit walk\", \"ss58Address\": \"5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694ty\"}")]
    [InlineData("$NACL short")]
    [InlineData("gAAAAAnot-base64!!")]
    [InlineData("$ANSIBLE_VAULT;1.1;AES256\nzz")]
    public void Read_CorruptFile_GivesKeyfileCorruptException(string content)
    {
        string path = Path.Combine(_dir.Path, "corrupt");
        File.WriteAllBytes(path, Encoding.UTF8.GetBytes(content));

        Assert.Throws<KeyfileCorruptException>(() => new Keyfile(path).Read(PasswordSource.FromValue("x")));
    }

    [Fact]
    public void Read_MissingFile_GivesKeyfileNotFound()
    {
        Assert.Throws<KeyfileNotFoundException>(() => new Keyfile(Path.Combine(_dir.Path, "nope")).Read());
    }

    [Fact]
    public void Parse_NullFieldsAnyOrder_LoadsBySecretPrecedence()
    {
        string json = "{\"ss58Address\": \"" + DevSs58 + "\", \"privateKey\": null, \"secretPhrase\": \"" + DevPhrase + "\", \"secretSeed\": null}";

        KeyfileData data = KeyfileData.Parse(Encoding.UTF8.GetBytes(json));

        Assert.Equal(DevSs58, data.ToKeyPair().ToSs58());
    }

    [Fact]
    public void PasswordEnvironmentVariable_FollowsBtwalletNaming()
    {
        Keyfile keyfile = new("/home/ubuntu/.bittensor/wallets/w1/coldkey");

        Assert.Equal("BT_PW__HOME_UBUNTU__BITTENSOR_WALLETS_W1_COLDKEY", keyfile.PasswordEnvironmentVariable);
    }

    [Fact]
    public void PasswordSources_FileEnvironmentBtwalletAndFirstOf_ProduceThePassword()
    {
        PasswordRequest request = new("/x/coldkey", "BT_PW__X_COLDKEY", KeyfileEncryption.Nacl);
        string file = Path.Combine(_dir.Path, "pw.txt");
        File.WriteAllText(file, "from-file\nsecond line\n");
        string variable = "BT_SDK_TEST_PW_" + Environment.ProcessId;
        Environment.SetEnvironmentVariable(variable, "from-env");
        try
        {
            Assert.Equal("from-file", PasswordSource.FromFile(file).GetPassword(request));
            Assert.Null(PasswordSource.FromFile(Path.Combine(_dir.Path, "missing")).GetPassword(request));
            Assert.Equal("from-env", PasswordSource.FromEnvironment(variable).GetPassword(request));
            Assert.Equal("prompted:/x/coldkey", PasswordSource.FromPrompt(r => "prompted:" + r.KeyfilePath).GetPassword(request));
            Assert.Equal("from-env", PasswordSource.FirstOf(PasswordSource.FromFile(Path.Combine(_dir.Path, "missing")), PasswordSource.FromEnvironment(variable)).GetPassword(request));
        }
        finally
        {
            Environment.SetEnvironmentVariable(variable, null);
        }

        string encoded = PasswordSource.EncodeBtwalletPassword("s3cret pässword", "BT_PW__X_COLDKEY");
        Assert.Equal("s3cret pässword", PasswordSource.DecodeBtwalletPassword(encoded, "BT_PW__X_COLDKEY"));
    }

    [Fact]
    public void Wallet_EnvironmentDefaults_AndInvalidNames()
    {
        Wallet wallet = new(path: _dir.Path);
        Assert.Equal(Environment.GetEnvironmentVariable("BT_WALLET_NAME") ?? "default", wallet.Name);
        Assert.Throws<ArgumentException>(() => new Wallet("../escape", "h", _dir.Path));
        Assert.Throws<ArgumentException>(() => new Wallet("w", "a/b", _dir.Path));
    }
}
