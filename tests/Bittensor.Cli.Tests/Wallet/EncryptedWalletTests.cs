using System.Text.Json;
using Bittensor.Sdk.Wallets;

namespace Bittensor.Cli.Tests.Wallet;

public sealed class EncryptedWalletTests(EncryptedWalletFixture fixture) : IClassFixture<EncryptedWalletFixture>
{
    private WalletCli Cli => fixture.Cli;

    private string ColdkeyPath => Path.Combine(Cli.WalletPath, "vault", "coldkey");

    private static void AssertVerifies(string address, string message, string signature)
    {
        BtcliRunner.Result v = BtcliRunner.Run("keys", "verify", "--ss58", address, "--message", message, "--signature", signature);
        Assert.Equal(0, v.ExitCode);
    }

    [Fact]
    public void Create_NoPromptPasswordFile_EncryptedColdkeyAndPlainHotkey()
    {
        Assert.Equal(0, fixture.Created.ExitCode);
        JsonElement j = fixture.CreatedJson;
        Assert.True(j.GetProperty("coldkey").GetProperty("encrypted").GetBoolean());
        Assert.False(j.GetProperty("hotkey").GetProperty("encrypted").GetBoolean());
        Assert.Equal(KeyfileEncryption.Nacl, new Keyfile(ColdkeyPath).Encryption);
        Assert.Equal(KeyfileEncryption.None, new Keyfile(Path.Combine(Cli.WalletPath, "vault", "hotkeys", "hot")).Encryption);
    }

    [Fact]
    public void List_EncryptedColdkey_ShowsAddressFromColdkeypub()
    {
        BtcliRunner.Result r = Cli.Run("wallet", "list", "-p", Cli.WalletPath);
        Assert.Contains($"Coldkey vault  ss58_address {fixture.ColdkeyAddress}", r.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void KeysSign_ColdkeyWithPasswordFile_VerifiesWithKeysVerify()
    {
        BtcliRunner.Result r = Cli.Run("keys", "sign", "--wallet-name", "vault", "--wallet-path", Cli.WalletPath, "--password-file", fixture.PasswordFile, "--message", "hello");

        Assert.Equal(0, r.ExitCode);
        AssertVerifies(fixture.ColdkeyAddress, "hello", r.Stdout.Trim());
    }

    [Fact]
    public void KeysSign_ColdkeyWithEnvironmentPassword_JsonNamesTheSigner()
    {
        Cli.Variables["BT_WALLET_PASSWORD"] = WalletCli.Password;
        try
        {
            JsonElement j = Cli.Run("keys", "sign", "--name", "vault", "-p", Cli.WalletPath, "--no-prompt", "-m", "0x0102", "--json-output").Json();
            Assert.Equal(fixture.ColdkeyAddress, j.GetProperty("ss58Address").GetString());
            Assert.Equal("coldkey", j.GetProperty("key").GetString());
            AssertVerifies(fixture.ColdkeyAddress, "0x0102", j.GetProperty("signature").GetString()!);
        }
        finally
        {
            Cli.Variables.Remove("BT_WALLET_PASSWORD");
        }
    }

    [Fact]
    public void KeysSign_PasswordFromStandardInputPrompt_Signs()
    {
        BtcliRunner.Result r = Cli.RunWithInput(WalletCli.Password + "\n", "keys", "sign", "--name", "vault", "-p", Cli.WalletPath, "-m", "typed");

        Assert.Equal(0, r.ExitCode);
        Assert.Contains("Enter your password", r.Stderr, StringComparison.Ordinal);
        AssertVerifies(fixture.ColdkeyAddress, "typed", r.Stdout.Trim());
    }

    [Fact]
    public void KeysSign_BtwalletPasswordVariable_Signs()
    {
        Keyfile coldkey = new(ColdkeyPath);
        string variable = coldkey.PasswordEnvironmentVariable;
        Cli.Variables[variable] = PasswordSource.EncodeBtwalletPassword(WalletCli.Password, variable);
        try
        {
            BtcliRunner.Result r = Cli.Run("keys", "sign", "--name", "vault", "-p", Cli.WalletPath, "--no-prompt", "-m", "btwallet");
            Assert.Equal(0, r.ExitCode);
            AssertVerifies(fixture.ColdkeyAddress, "btwallet", r.Stdout.Trim());
        }
        finally
        {
            Cli.Variables.Remove(variable);
        }
    }

    [Fact]
    public void KeysSign_WrongPassword_OneLineExit1()
    {
        string file = Cli.PasswordFile(WalletCli.WrongPassword);
        BtcliRunner.Result r = Cli.Run("keys", "sign", "--name", "vault", "-p", Cli.WalletPath, "--password-file", file, "-m", "x");

        string error = WalletCli.AssertOneLineError(r);
        Assert.Contains("Wrong password", error, StringComparison.Ordinal);
        Assert.Empty(r.Stdout);
    }

    [Fact]
    public void KeysSign_NoPromptWithoutPassword_OneLineExit1()
    {
        BtcliRunner.Result r = Cli.Run("keys", "sign", "--name", "vault", "-p", Cli.WalletPath, "--no-prompt", "-m", "x");

        string error = WalletCli.AssertOneLineError(r);
        Assert.Contains("BT_WALLET_PASSWORD", error, StringComparison.Ordinal);
    }

    [Fact]
    public void KeysSign_MissingPasswordFile_OneLineExit1()
    {
        WalletCli.AssertOneLineError(Cli.Run("keys", "sign", "--name", "vault", "-p", Cli.WalletPath, "--password-file", Path.Combine(Cli.Root, "nope"), "-m", "x"));
    }

    [Fact]
    public void KeysSign_Hotkey_SignsWithoutPassword()
    {
        JsonElement j = Cli.Run("keys", "sign", "--name", "vault", "-p", Cli.WalletPath, "--hotkey", "hot", "--no-prompt", "-m", "hi", "--json-output").Json();

        Assert.Equal(fixture.HotkeyAddress, j.GetProperty("ss58Address").GetString());
        Assert.Equal("hotkey", j.GetProperty("key").GetString());
        AssertVerifies(fixture.HotkeyAddress, "hi", j.GetProperty("signature").GetString()!);
    }

    [Fact]
    public void RegenColdkey_WithPasswordFile_WritesEncryptedDevKey()
    {
        JsonElement j = Cli.Run(
            "wallet", "regen-coldkey", "-p", Cli.WalletPath, "--name", "devenc", "--mnemonic", WalletCli.DevMnemonic,
            "--password-file", fixture.PasswordFile, "--no-prompt", "--json-output").Json();

        Assert.Equal(WalletCli.DevAddress, j.GetProperty("coldkey").GetProperty("ss58Address").GetString());
        Assert.True(j.GetProperty("coldkey").GetProperty("encrypted").GetBoolean());
        BtcliRunner.Result s = Cli.Run("keys", "sign", "--name", "devenc", "-p", Cli.WalletPath, "--password-file", fixture.PasswordFile, "-m", "dev");
        AssertVerifies(WalletCli.DevAddress, "dev", s.Stdout.Trim());
    }

    [Fact]
    public void Create_PromptedPasswordTypedTwice_EncryptsWithIt()
    {
        string input = $"{WalletCli.Password}\n{WalletCli.Password}\n";
        BtcliRunner.Result r = Cli.RunWithInput(input, "wallet", "create", "-p", Cli.WalletPath, "--name", "prompted", "-H", "hk", "--quiet");

        Assert.Equal(0, r.ExitCode);
        Assert.Contains("Retype your password", r.Stderr, StringComparison.Ordinal);
        Assert.True(new Keyfile(Path.Combine(Cli.WalletPath, "prompted", "coldkey")).IsEncrypted);
        Assert.Equal(0, Cli.Run("keys", "sign", "--name", "prompted", "-p", Cli.WalletPath, "--password-file", fixture.PasswordFile, "-m", "x").ExitCode);
    }

    [Theory]
    [InlineData("abcdefg\nabcdefh\nabcdefg\nabcdefh\nabcdefg\nabcdefh\n", "Passwords do not match.")]
    [InlineData("abc\nabc\nabc\n", "Password not strong enough")]
    [InlineData("", "--password-file")]
    public void Create_PromptedPasswordRejected_Exit1AndNothingWritten(string input, string expected)
    {
        BtcliRunner.Result r = Cli.RunWithInput(input, "wallet", "create", "-p", Cli.WalletPath, "--name", "rejected", "-H", "hk");

        Assert.Equal(1, r.ExitCode);
        Assert.Contains(expected, r.Stderr, StringComparison.Ordinal);
        Assert.StartsWith("error: ", r.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1], StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(Cli.WalletPath, "rejected")));
    }

    [Fact]
    public void WalletSign_ColdkeyThenWalletVerify_RoundTrips()
    {
        BtcliRunner.Result signed = Cli.Run("wallet", "sign", "--wallet-name", "vault", "-p", Cli.WalletPath, "--password-file", fixture.PasswordFile, "--message", "{\"a\": 1}");
        Assert.Equal(0, signed.ExitCode);
        Assert.Contains($"Signer address: {fixture.ColdkeyAddress}", signed.Stdout, StringComparison.Ordinal);
        string signature = signed.Stdout.Split('\n').Single(l => l.StartsWith("0x", StringComparison.Ordinal)).Trim();

        BtcliRunner.Result ok = Cli.Run("wallet", "verify", "-m", "{\"a\": 1}", "-s", signature[2..], "-a", fixture.ColdkeyAddress);
        Assert.Equal(0, ok.ExitCode);
        Assert.Contains("Signature is valid!", ok.Stdout, StringComparison.Ordinal);

        BtcliRunner.Result bad = Cli.Run("wallet", "verify", "-m", "other", "-s", signature, "--address", fixture.ColdkeyAddress, "--json-output");
        Assert.Equal(1, bad.ExitCode);
        Assert.False(bad.Json().GetProperty("verified").GetBoolean());
    }

    [Fact]
    public void WalletSign_UseHotkeyJson_NamesTheHotkey()
    {
        JsonElement j = Cli.Run("wallet", "sign", "--name", "vault", "-p", Cli.WalletPath, "-H", "hot", "--use-hotkey", "--message", "m", "--json-output").Json();

        Assert.Equal(fixture.HotkeyAddress, j.GetProperty("ss58Address").GetString());
        JsonElement v = Cli.Run("wallet", "verify", "-m", "m", "-s", j.GetProperty("signature").GetString()!, "--public-key", fixture.CreatedJson.GetProperty("hotkey").GetProperty("ss58Address").GetString()!, "--json-output").Json();
        Assert.True(v.GetProperty("verified").GetBoolean());
    }
}
