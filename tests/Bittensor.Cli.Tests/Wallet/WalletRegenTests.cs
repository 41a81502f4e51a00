using System.Text.Json;
using Bittensor.Sdk.Wallets;

namespace Bittensor.Cli.Tests.Wallet;

public sealed class WalletRegenTests : IDisposable
{
    // The polkadot.js export of the dev key (shared/vectors keyfile-encryption.json "polkadot_json").
    private const string PolkadotJson = """
        {"encoded": "maxrZHQCL7yrviXBpIhv2UhPaoDGuJNG2leHbECSWUUAAAIAAQAAAAgAAACUtTacRD8yaE01NoSk3TzYKh3tisgZwx45m1yd5ssm7AbAaX6r/X3tHa/Ua8YueXI3awRq+I/mgxHPzRassSFZcb41buYIicgTb1QvaOT7cOByDgJeVR2WSRI+7FrMOvMjG3gjVG5e6tz6njXe/KU0z+aK1v3j9Radfkjvm7bOOb8zES3huRh9x7vXfL05146gxem+6iO7yzwrqEyZ", "encoding": {"content": ["pkcs8", "sr25519"], "type": ["scrypt", "xsalsa20-poly1305"], "version": "3"}, "address": "5DfhGyQdFobKM8NsWvEeAKk5EQQgYe9AydgJ7rMB6E1EqRzV", "meta": {"name": "vector", "whenCreated": 1732521600000, "genesisHash": null}}
        """;

    private const string DevSeed = "0xfac7959dbfe72f052e5a0c3c8d6530f202b02fd8f9f5ca3580ec8deb7797479e";

    private readonly WalletCli _cli = new();

    public void Dispose() => _cli.Dispose();

    private BtcliRunner.Result Regen(string command, string name, params string[] extra) =>
        _cli.Run([.. new[] { "wallet", command, "-p", _cli.WalletPath, "--wallet-name", name, "--no-prompt" }, .. extra]);

    [Fact]
    public void RegenColdkey_DevMnemonicJson_GivesTheKnownAddress()
    {
        BtcliRunner.Result r = Regen("regen-coldkey", "dev", "--mnemonic", WalletCli.DevMnemonic, "--no-use-password", "--json-output");

        Assert.Equal(0, r.ExitCode);
        JsonElement j = r.Json();
        Assert.Equal(WalletCli.DevAddress, j.GetProperty("coldkey").GetProperty("ss58Address").GetString());
        Assert.False(j.GetProperty("coldkey").GetProperty("encrypted").GetBoolean());
        Assert.Equal(WalletCli.DevMnemonic, new Keyfile(Path.Combine(_cli.WalletPath, "dev", "coldkey")).Read().SecretPhrase);
    }

    [Fact]
    public void RegenColdkey_DevMnemonicHuman_ReportsAddress()
    {
        BtcliRunner.Result r = Regen("regen-coldkey", "dev", "--mnemonic", WalletCli.DevMnemonic, "--no-password");

        Assert.Equal(0, r.ExitCode);
        Assert.Contains("Regenerated coldkey successfully!", r.Stdout, StringComparison.Ordinal);
        Assert.Contains($"coldkey ss58: ({WalletCli.DevAddress})", r.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void RegenColdkey_NumberedMnemonicOutOfOrder_GivesTheSameKey()
    {
        string[] words = WalletCli.DevMnemonic.Split(' ');
        string numbered = string.Join(' ', words.Select((w, i) => $"{i + 1}-{w}").Reverse());

        JsonElement j = Regen("regen-coldkey", "num", "--mnemonic", numbered, "--no-password", "--json-output").Json();

        Assert.Equal(WalletCli.DevAddress, j.GetProperty("coldkey").GetProperty("ss58Address").GetString());
    }

    [Fact]
    public void RegenColdkey_Seed_GivesTheKnownAddress()
    {
        JsonElement j = Regen("regen-coldkey", "seed", "--seed", DevSeed, "--no-password", "--json-output").Json();
        Assert.Equal(WalletCli.DevAddress, j.GetProperty("coldkey").GetProperty("ss58Address").GetString());
    }

    [Fact]
    public void RegenColdkey_PolkadotJson_GivesTheKnownAddress()
    {
        string file = Path.Combine(_cli.Root, "backup.json");
        File.WriteAllText(file, PolkadotJson);

        JsonElement j = Regen("regen-coldkey", "pjs", "--json", file, "--json-password", "polkadot passphrase", "--no-password", "--json-output").Json();

        Assert.Equal(WalletCli.DevAddress, j.GetProperty("coldkey").GetProperty("ss58Address").GetString());
    }

    [Fact]
    public void RegenColdkey_PolkadotJsonWrongPassphrase_OneLineExit1()
    {
        string file = Path.Combine(_cli.Root, "backup.json");
        File.WriteAllText(file, PolkadotJson);
        WalletCli.AssertOneLineError(Regen("regen-coldkey", "pjs", "-j", file, "--json-password", "nope", "--no-password"));
        Assert.False(File.Exists(Path.Combine(_cli.WalletPath, "pjs", "coldkey")));
    }

    [Theory]
    [InlineData("bottom drive obey lake curtain smoke basket hold race lonely fit fit")]
    [InlineData("bottom drive obey lake curtain smoke basket hold race lonely fit notaword")]
    [InlineData("bottom drive obey")]
    [InlineData("2-drive 3-bottom")]
    public void RegenColdkey_BadMnemonic_OneLineExit1(string mnemonic)
    {
        string error = WalletCli.AssertOneLineError(Regen("regen-coldkey", "bad", "--mnemonic", mnemonic, "--no-password"));
        Assert.Contains("nemonic", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_cli.WalletPath, "bad")));
    }

    [Fact]
    public void RegenColdkey_BadSeed_OneLineExit1()
    {
        string error = WalletCli.AssertOneLineError(Regen("regen-coldkey", "bad", "--seed", "0x1234", "--no-password"));
        Assert.Contains("--seed", error, StringComparison.Ordinal);
    }

    [Fact]
    public void RegenColdkey_NoSourceWithoutPrompt_OneLineExit1()
    {
        WalletCli.AssertOneLineError(Regen("regen-coldkey", "none", "--no-password"));
    }

    [Fact]
    public void RegenColdkey_Existing_RefusedWithoutOverwrite()
    {
        Assert.Equal(0, Regen("regen-coldkey", "twice", "--mnemonic", WalletCli.DevMnemonic, "--no-password").ExitCode);
        string error = WalletCli.AssertOneLineError(Regen("regen-coldkey", "twice", "--seed", "0x" + new string('1', 64), "--no-password"));
        Assert.Contains("--overwrite", error, StringComparison.Ordinal);

        JsonElement j = Regen("regen-coldkey", "twice", "--seed", "0x" + new string('1', 64), "--no-password", "--overwrite", "--json-output").Json();
        Assert.NotEqual(WalletCli.DevAddress, j.GetProperty("coldkey").GetProperty("ss58Address").GetString());
    }

    [Fact]
    public void RegenColdkeypub_Ss58_WritesPublicOnlyWallet()
    {
        JsonElement j = Regen("regen-coldkeypub", "watch", "--ss58", WalletCli.DevAddress, "--json-output").Json();

        Assert.Equal(WalletCli.DevAddress, j.GetProperty("coldkey").GetProperty("ss58Address").GetString());
        Assert.False(File.Exists(Path.Combine(_cli.WalletPath, "watch", "coldkey")));
        KeyfileData pub = new Keyfile(Path.Combine(_cli.WalletPath, "watch", "coldkeypub.txt")).Read();
        Assert.False(pub.HasSecret);
        Assert.Contains($"Coldkey watch  ss58_address {WalletCli.DevAddress}", _cli.Run("wallet", "list", "-p", _cli.WalletPath).Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void RegenColdkeypub_PublicKeyHuman_ReportsAddress()
    {
        BtcliRunner.Result r = Regen("regen_coldkeypub", "watch", "--public-key", WalletCli.DevPublicKey);

        Assert.Equal(0, r.ExitCode);
        Assert.Contains($"coldkey ss58: ({WalletCli.DevAddress})", r.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("5DfhGyQdFobKM8NsWvEeAKk5EQQgYe9AydgJ7rMB6E1EqRzX")]
    [InlineData("not-an-address")]
    [InlineData("0x1234")]
    public void RegenColdkeypub_BadAddress_OneLineExit1(string address)
    {
        string error = WalletCli.AssertOneLineError(Regen("regen-coldkeypub", "watch", "--ss58", address));
        Assert.Contains("Invalid SS58 address or public key", error, StringComparison.Ordinal);
    }

    [Fact]
    public void RegenColdkeypub_Existing_RefusedWithoutOverwrite()
    {
        Assert.Equal(0, Regen("regen-coldkeypub", "watch", "--ss58", WalletCli.DevAddress).ExitCode);
        WalletCli.AssertOneLineError(Regen("regen-coldkeypub", "watch", "--ss58", "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY"));
        Assert.Equal(0, Regen("regen-coldkeypub", "watch", "--ss58", "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY", "--overwrite").ExitCode);
    }

    [Fact]
    public void RegenHotkey_SeedInExistingWallet_ListShowsIt()
    {
        Assert.Equal(0, Regen("regen-coldkeypub", "host", "--ss58", "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY").ExitCode);

        JsonElement j = Regen("regen-hotkey", "host", "--hotkey", "miner", "--seed", DevSeed, "--json-output").Json();

        Assert.Equal("miner", j.GetProperty("hotkey").GetProperty("name").GetString());
        Assert.Equal(WalletCli.DevAddress, j.GetProperty("hotkey").GetProperty("ss58Address").GetString());
        Assert.False(j.GetProperty("hotkey").GetProperty("encrypted").GetBoolean());
        JsonElement wallet = Assert.Single(_cli.Run("wallet", "list", "-p", _cli.WalletPath, "--json-output").Json().GetProperty("wallets").EnumerateArray());
        Assert.Equal(WalletCli.DevAddress, Assert.Single(wallet.GetProperty("hotkeys").EnumerateArray()).GetProperty("ss58Address").GetString());
    }

    [Fact]
    public void RegenHotkey_UnknownWallet_OneLineExit1()
    {
        string error = WalletCli.AssertOneLineError(Regen("regen-hotkey", "ghost", "-H", "miner", "--mnemonic", WalletCli.DevMnemonic));
        Assert.Contains("'ghost' does not exist", error, StringComparison.Ordinal);
    }

    [Fact]
    public void RegenHotkeypub_PublicKey_ListMarksPubOnly()
    {
        Assert.Equal(0, Regen("regen-coldkeypub", "host", "--ss58", WalletCli.DevAddress).ExitCode);

        Assert.Equal(0, Regen("regen-hotkeypub", "host", "-H", "remote", "--public-key-hex", WalletCli.DevPublicKey).ExitCode);

        BtcliRunner.Result list = _cli.Run("wallet", "list", "-p", _cli.WalletPath);
        Assert.Contains($"Hotkey remote  ss58_address {WalletCli.DevAddress} (hotkeypub only)", list.Stdout, StringComparison.Ordinal);
        JsonElement hotkey = _cli.Run("wallet", "list", "-p", _cli.WalletPath, "--json-output").Json().GetProperty("wallets")[0].GetProperty("hotkeys")[0];
        Assert.True(hotkey.GetProperty("pubOnly").GetBoolean());
    }

    [Fact]
    public void InvalidWalletName_OneLineExit1()
    {
        WalletCli.AssertOneLineError(Regen("regen-coldkeypub", "../escape", "--ss58", WalletCli.DevAddress));
    }
}
