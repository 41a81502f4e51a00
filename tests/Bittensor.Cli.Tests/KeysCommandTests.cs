using System.Text.Json;

namespace Bittensor.Cli.Tests;

public class KeysCommandTests
{
    private const string AlicePublic = "0xd43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d";
    private const string AliceSs58 = "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY";

    // subkey inspect //Alice: the hard-derived mini secret.
    private const string AliceSeed = "0xe5be9a5092b81bca64be81d212e7f2f9eba183bb7a90954f7b76361f6edb5c0a";
    private const string Abandon = "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about";

    [Fact]
    public void Inspect_AliceJson_GivesExactlyTheSubkeyFields()
    {
        BtcliRunner.Result r = BtcliRunner.Run("keys", "inspect", "//Alice", "--json-output");
        Assert.Equal(0, r.ExitCode);
        JsonElement j = r.Json();
        Assert.Equal(AliceSeed, j.GetProperty("secretSeed").GetString());
        Assert.Equal(AlicePublic, j.GetProperty("publicKey").GetString());
        Assert.Equal(AlicePublic, j.GetProperty("accountId").GetString());
        Assert.Equal(AliceSs58, j.GetProperty("ss58Address").GetString());
        Assert.Equal("sr25519", j.GetProperty("scheme").GetString());
        Assert.Equal(5, j.EnumerateObject().Count());
    }

    [Fact]
    public void Inspect_AliceHuman_ShowsAddressAndSeed()
    {
        BtcliRunner.Result r = BtcliRunner.Run("keys", "inspect", "//Alice");
        Assert.Equal(0, r.ExitCode);
        Assert.Contains($"Public key (SS58): {AliceSs58}", r.Stdout, StringComparison.Ordinal);
        Assert.Contains($"Secret seed:       {AliceSeed}", r.Stdout, StringComparison.Ordinal);
        Assert.Empty(r.Stderr);
    }

    [Fact]
    public void Inspect_SoftJunction_SecretSeedIsNull()
    {
        JsonElement j = BtcliRunner.Run("keys", "inspect", "//Alice/soft", "--json-output").Json();
        Assert.Equal(JsonValueKind.Null, j.GetProperty("secretSeed").ValueKind);
        Assert.Equal("0x02cfd83074aefc9955af4034d19b3780d47a52e158ababec8ec012b2295f1c5b", j.GetProperty("publicKey").GetString());
    }

    [Theory]
    [InlineData("sr25519", "0x66933bd1f37070ef87bd1198af3dacceb095237f803f3d32b173e6b425ed7972")]
    [InlineData("ed25519", "0x9125f505bdef2cb5825b9931769316d3e2f22150786489a04f39b434ec9fb294")]
    public void Inspect_Mnemonic_MatchesSubstrateBip39Vector(string scheme, string publicKey)
    {
        JsonElement j = BtcliRunner.Run("keys", "inspect", Abandon, "--scheme", scheme, "--json-output").Json();
        Assert.Equal(publicKey, j.GetProperty("publicKey").GetString());
        Assert.Equal("0x4ed8d4b17698ddeaa1f1559f152f87b5d472f725ca86d341bd0276f1b61197e2", j.GetProperty("secretSeed").GetString());
        Assert.Equal(scheme, j.GetProperty("scheme").GetString());
    }

    [Fact]
    public void Inspect_NetworkIdZero_GivesPolkadotAddress()
    {
        JsonElement j = BtcliRunner.Run("keys", "inspect", "//Alice", "--network-id", "0", "--json-output").Json();
        Assert.Equal("15oF4uVJwmo4TdGW7VfQxNLavjCXviqxT9S1MgbjMNHr6Sp5", j.GetProperty("ss58Address").GetString());
    }

    [Fact]
    public void Inspect_HexSeed_UsesItAsTheSeed()
    {
        const string Seed = "0xfac7959dbfe72f052e5a0c3c8d6530f202b02fd8f9f5ca3580ec8deb7797479e";
        JsonElement j = BtcliRunner.Run("keys", "inspect", Seed, "--json-output").Json();
        Assert.Equal(Seed, j.GetProperty("secretSeed").GetString());
        Assert.Equal("0x46ebddef8cd9bb167dc30878d7113b7e168e6f0646beffd77d69d39bad76b47a", j.GetProperty("publicKey").GetString());
    }

    [Theory]
    [InlineData(12)]
    [InlineData(24)]
    public void Generate_Json_PhraseInspectsToTheSameKey(int words)
    {
        JsonElement g = BtcliRunner.Run("keys", "generate", "--words", words.ToString(System.Globalization.CultureInfo.InvariantCulture), "--json-output").Json();
        string phrase = g.GetProperty("secretPhrase").GetString()!;
        Assert.Equal(words, phrase.Split(' ').Length);
        JsonElement i = BtcliRunner.Run("keys", "inspect", phrase, "--json-output").Json();
        Assert.Equal(g.GetProperty("publicKey").GetString(), i.GetProperty("publicKey").GetString());
        Assert.Equal(g.GetProperty("secretSeed").GetString(), i.GetProperty("secretSeed").GetString());
        Assert.Equal(g.GetProperty("ss58Address").GetString(), i.GetProperty("ss58Address").GetString());
    }

    [Theory]
    [InlineData("sr25519", "hello bittensor")]
    [InlineData("ed25519", "hello bittensor")]
    [InlineData("sr25519", "0xdeadbeef")]
    public void SignThenVerify_RoundTrips_AndWrongMessageFails(string scheme, string message)
    {
        JsonElement s = BtcliRunner.Run("keys", "sign", "--uri", "//Bob", "--message", message, "--scheme", scheme, "--json-output").Json();
        string signature = s.GetProperty("signature").GetString()!;
        Assert.Equal(130, signature.Length);
        string address = BtcliRunner.Run("keys", "inspect", "//Bob", "--scheme", scheme, "--json-output").Json().GetProperty("ss58Address").GetString()!;

        BtcliRunner.Result ok = BtcliRunner.Run("keys", "verify", "--ss58", address, "--message", message, "--signature", signature, "--scheme", scheme, "--json-output");
        Assert.Equal(0, ok.ExitCode);
        Assert.True(ok.Json().GetProperty("valid").GetBoolean());

        string tampered = message.StartsWith("0x", StringComparison.Ordinal) ? message[..^1] + (message[^1] == '0' ? '1' : '0') : message + "!";
        BtcliRunner.Result bad = BtcliRunner.Run("keys", "verify", "--ss58", address, "--message", tampered, "--signature", signature, "--scheme", scheme, "--json-output");
        Assert.Equal(1, bad.ExitCode);
        Assert.False(bad.Json().GetProperty("valid").GetBoolean());
    }

    [Fact]
    public void Verify_SignatureOverBytesWrappedMessage_IsAccepted()
    {
        string signature = BtcliRunner.Run("keys", "sign", "--uri", "//Alice", "--message", "<Bytes>proof of ownership</Bytes>", "--json-output")
            .Json().GetProperty("signature").GetString()!;
        BtcliRunner.Result r = BtcliRunner.Run("keys", "verify", "--ss58", AliceSs58, "--message", "proof of ownership", "--signature", signature);
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("valid", r.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("keys inspect", "Required argument missing")]
    [InlineData("keys inspect notaphrase", "")]
    [InlineData("keys inspect 0x1234", "")]
    [InlineData("keys inspect //Alice/soft --scheme ed25519", "")]
    [InlineData("keys inspect //Alice --scheme ecdsa", "ecdsa")]
    [InlineData("keys inspect //Alice --network-id 20000", "16383")]
    [InlineData("keys generate --words 13", "--words must be one of")]
    [InlineData("keys sign --uri //Alice", "--message")]
    [InlineData("keys sign --uri //Alice --message 0xabc", "odd number")]
    [InlineData("keys verify --ss58 5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQZ --message m --signature 0x00", "checksum")]
    [InlineData("keys verify --ss58 5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY --message m --signature 0x00", "64 bytes")]
    [InlineData("keys nosuchcommand", "nosuchcommand")]
    public void BadInput_ExitsOneWithOneLineOnStderr(string commandLine, string reasonPart)
    {
        BtcliRunner.Result r = BtcliRunner.Run(commandLine.Split(' '));
        Assert.Equal(1, r.ExitCode);
        Assert.Empty(r.Stdout);
        string[] lines = r.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.NotEmpty(lines);
        Assert.StartsWith("error: ", lines[0], StringComparison.Ordinal);
        Assert.Contains(reasonPart, r.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Sign_WalletHotkey_VerifiesWithKeysVerify()
    {
        using Wallet.WalletCli cli = new();
        Assert.Equal(0, cli.Run("wallet", "regen-coldkeypub", "-p", cli.WalletPath, "--name", "w", "--ss58", AliceSs58).ExitCode);
        Assert.Equal(0, cli.Run("wallet", "regen-hotkey", "-p", cli.WalletPath, "--name", "w", "-H", "dev", "--mnemonic", Wallet.WalletCli.DevMnemonic).ExitCode);

        BtcliRunner.Result signed = cli.Run("keys", "sign", "--wallet-name", "w", "--wallet-path", cli.WalletPath, "--hotkey", "dev", "--message", "wallet message");

        Assert.Equal(0, signed.ExitCode);
        string signature = signed.Stdout.Trim();
        Assert.Equal(0, BtcliRunner.Run("keys", "verify", "--ss58", Wallet.WalletCli.DevAddress, "--message", "wallet message", "--signature", signature).ExitCode);
        Assert.Equal(1, BtcliRunner.Run("keys", "verify", "--ss58", AliceSs58, "--message", "wallet message", "--signature", signature).ExitCode);
    }

    [Fact]
    public void Sign_WalletColdkeyPubOnly_OneLineExit1()
    {
        using Wallet.WalletCli cli = new();
        Assert.Equal(0, cli.Run("wallet", "regen-coldkeypub", "-p", cli.WalletPath, "--name", "w", "--ss58", AliceSs58).ExitCode);

        Wallet.WalletCli.AssertOneLineError(cli.Run("keys", "sign", "--wallet-name", "w", "-p", cli.WalletPath, "-m", "x"));
    }

    [Fact]
    public void Sign_UnknownWalletOrHotkey_OneLineExit1()
    {
        using Wallet.WalletCli cli = new();
        string error = Wallet.WalletCli.AssertOneLineError(cli.Run("keys", "sign", "--wallet-name", "ghost", "-p", cli.WalletPath, "-m", "x"));
        Assert.Contains("'ghost' does not exist", error, StringComparison.Ordinal);

        Assert.Equal(0, cli.Run("wallet", "regen-coldkeypub", "-p", cli.WalletPath, "--name", "w", "--ss58", AliceSs58).ExitCode);
        error = Wallet.WalletCli.AssertOneLineError(cli.Run("keys", "sign", "--wallet-name", "w", "-p", cli.WalletPath, "-H", "nohk", "-m", "x"));
        Assert.Contains("'nohk' does not", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Sign_UriWithWalletOptions_OneLineExit1()
    {
        Wallet.WalletCli.AssertOneLineError(BtcliRunner.Run("keys", "sign", "--uri", "//Alice", "--wallet-name", "w", "-m", "x"));
    }

    [Fact]
    public void Sign_WalletWithEd25519_OneLineExit1()
    {
        using Wallet.WalletCli cli = new();
        Wallet.WalletCli.AssertOneLineError(cli.Run("keys", "sign", "--wallet-name", "w", "-p", cli.WalletPath, "--scheme", "ed25519", "-m", "x"));
    }

    [Fact]
    public void Executable_InspectAlice_PrintsJsonAndExitsZero()
    {
        BtcliRunner.Result r = BtcliRunner.RunProcess("keys", "inspect", "//Alice", "--json-output");
        Assert.Equal(0, r.ExitCode);
        Assert.Equal(AliceSs58, r.Json().GetProperty("ss58Address").GetString());
    }

    [Fact]
    public void Executable_VerifyInvalid_ExitsOne()
    {
        BtcliRunner.Result r = BtcliRunner.RunProcess("keys", "verify", "--ss58", AliceSs58, "--message", "x", "--signature", "0x" + new string('0', 128));
        Assert.Equal(1, r.ExitCode);
    }
}
