using System.Text.Json;
using Bittensor.Sdk.Wallets;

namespace Bittensor.Cli.Tests.Wallet;

public sealed class WalletCreateTests : IDisposable
{
    private readonly WalletCli _cli = new();

    public void Dispose() => _cli.Dispose();

    private BtcliRunner.Result CreatePlain(string name, params string[] extra) =>
        _cli.Run([.. new[] { "wallet", "create", "-p", _cli.WalletPath, "--wallet-name", name, "--hotkey", "hk", "--no-use-password", "--no-prompt" }, .. extra]);

    [Fact]
    public void Create_Json_OneObjectWithAddressesAndMnemonicThatRegeneratesTheColdkey()
    {
        BtcliRunner.Result r = CreatePlain("alpha", "--json-output");

        Assert.Equal(0, r.ExitCode);
        Assert.Empty(r.Stderr);
        JsonElement j = r.Json();
        Assert.Equal("alpha", j.GetProperty("name").GetString());
        Assert.Equal(_cli.WalletPath, j.GetProperty("path").GetString());
        string cold = j.GetProperty("coldkey").GetProperty("ss58Address").GetString()!;
        Assert.False(j.GetProperty("coldkey").GetProperty("encrypted").GetBoolean());
        Assert.Equal("hk", j.GetProperty("hotkey").GetProperty("name").GetString());
        string mnemonic = j.GetProperty("mnemonic").GetString()!;
        Assert.Equal(12, mnemonic.Split(' ').Length);
        JsonElement inspected = BtcliRunner.Run("keys", "inspect", mnemonic, "--json-output").Json();
        Assert.Equal(cold, inspected.GetProperty("ss58Address").GetString());
        string hotMnemonic = j.GetProperty("hotkey").GetProperty("mnemonic").GetString()!;
        Assert.Equal(
            j.GetProperty("hotkey").GetProperty("ss58Address").GetString(),
            BtcliRunner.Run("keys", "inspect", hotMnemonic, "--json-output").Json().GetProperty("ss58Address").GetString());
    }

    [Fact]
    public void Create_ThenList_ListShowsWalletAndHotkeyInBothForms()
    {
        JsonElement created = CreatePlain("beta", "--json-output").Json();
        string cold = created.GetProperty("coldkey").GetProperty("ss58Address").GetString()!;
        string hot = created.GetProperty("hotkey").GetProperty("ss58Address").GetString()!;

        BtcliRunner.Result human = _cli.Run("wallet", "list", "-p", _cli.WalletPath);
        Assert.Equal(0, human.ExitCode);
        Assert.Contains($"Coldkey beta  ss58_address {cold}", human.Stdout, StringComparison.Ordinal);
        Assert.Contains($"Hotkey hk  ss58_address {hot}", human.Stdout, StringComparison.Ordinal);

        JsonElement list = _cli.Run("wallet", "list", "--wallet-path", _cli.WalletPath, "--json-output").Json();
        JsonElement wallet = Assert.Single(list.GetProperty("wallets").EnumerateArray());
        Assert.Equal("beta", wallet.GetProperty("name").GetString());
        Assert.Equal(cold, wallet.GetProperty("ss58Address").GetString());
        JsonElement hotkey = Assert.Single(wallet.GetProperty("hotkeys").EnumerateArray());
        Assert.Equal("hk", hotkey.GetProperty("name").GetString());
        Assert.Equal(hot, hotkey.GetProperty("ss58Address").GetString());
    }

    [Fact]
    public void Create_Human_PrintsMnemonicOnceWithOfflineWarning()
    {
        BtcliRunner.Result r = CreatePlain("gamma");

        Assert.Equal(0, r.ExitCode);
        Assert.Contains("Store this mnemonic in a secure (preferably offline) place", r.Stdout, StringComparison.Ordinal);
        Assert.Contains("The mnemonic to the new coldkey is: ", r.Stdout, StringComparison.Ordinal);
        Assert.Contains("The mnemonic to the new hotkey is: ", r.Stdout, StringComparison.Ordinal);
        string line = r.Stdout.Split('\n').Single(l => l.StartsWith("The mnemonic to the new coldkey is: ", StringComparison.Ordinal));
        string mnemonic = line["The mnemonic to the new coldkey is: ".Length..].Trim();
        Assert.Equal(1, CountOccurrences(r.Stdout, mnemonic));
    }

    [Fact]
    public void Create_Quiet_PrintsNoMnemonic()
    {
        BtcliRunner.Result r = CreatePlain("delta", "--quiet");

        Assert.Equal(0, r.ExitCode);
        Assert.Empty(r.Stdout);
        Assert.True(File.Exists(Path.Combine(_cli.WalletPath, "delta", "coldkey")));
    }

    [Fact]
    public void Create_Existing_RefusedWithoutOverwriteAndReplacedWithIt()
    {
        string first = CreatePlain("eps", "--json-output").Json().GetProperty("coldkey").GetProperty("ss58Address").GetString()!;
        byte[] before = File.ReadAllBytes(Path.Combine(_cli.WalletPath, "eps", "coldkey"));

        string error = WalletCli.AssertOneLineError(CreatePlain("eps"));
        Assert.Contains("already exists; pass --overwrite", error, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(Path.Combine(_cli.WalletPath, "eps", "coldkey")));

        string second = CreatePlain("eps", "--overwrite", "--json-output").Json().GetProperty("coldkey").GetProperty("ss58Address").GetString()!;
        Assert.NotEqual(first, second);
    }

    [Fact]
    public void Create_NoPromptWithoutPassword_FailsWithOneLineAndWritesNothing()
    {
        BtcliRunner.Result r = _cli.Run("wallet", "create", "-p", _cli.WalletPath, "--name", "nopw", "-H", "hk", "--no-prompt");

        string error = WalletCli.AssertOneLineError(r);
        Assert.Contains("--password-file", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_cli.WalletPath, "nopw")));
    }

    [Fact]
    public void Create_FilesAreOwnerOnly()
    {
        Assert.Equal(0, CreatePlain("modes").ExitCode);
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        string dir = Path.Combine(_cli.WalletPath, "modes");
        foreach (string file in new[] { "coldkey", "coldkeypub.txt", "hotkeys/hk", "hotkeys/hkpub.txt" })
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(dir, file)));
        }
    }

    [Fact]
    public void Create_Uri_WritesAliceAsColdkeyAndHotkey()
    {
        JsonElement j = _cli.Run("wallet", "create", "-p", _cli.WalletPath, "--name", "alice", "-H", "hk", "--uri", "Alice", "--json-output").Json();

        Assert.Equal("5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY", j.GetProperty("coldkey").GetProperty("ss58Address").GetString());
        Assert.Equal("5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY", j.GetProperty("hotkey").GetProperty("ss58Address").GetString());
        Assert.False(j.TryGetProperty("mnemonic", out _));
    }

    [Fact]
    public void Create_QuietAndVerbose_Rejected()
    {
        WalletCli.AssertOneLineError(CreatePlain("qv", "--quiet", "--verbose"));
    }

    [Fact]
    public void Create_BadWordCount_Rejected()
    {
        WalletCli.AssertOneLineError(CreatePlain("words", "--n-words", "13"));
    }

    [Fact]
    public void Create_WordCount24_Gives24WordMnemonics()
    {
        JsonElement j = CreatePlain("w24", "--n_words", "24", "--json-output").Json();
        Assert.Equal(24, j.GetProperty("mnemonic").GetString()!.Split(' ').Length);
    }

    [Fact]
    public void WalletAliasesAndSnakeCase_RunTheSameCommands()
    {
        Assert.Equal(0, _cli.Run("w", "new_coldkey", "-p", _cli.WalletPath, "--name", "snake", "--no-password", "--quiet").ExitCode);
        Assert.Equal(0, _cli.Run("wallets", "new-hotkey", "-p", _cli.WalletPath, "--wallet.name", "snake", "--wallet.hotkey", "h2", "--quiet").ExitCode);
        JsonElement list = _cli.Run("wallet", "list", "--wallet_path", _cli.WalletPath, "--json-output").Json();
        JsonElement wallet = Assert.Single(list.GetProperty("wallets").EnumerateArray());
        Assert.Equal("h2", Assert.Single(wallet.GetProperty("hotkeys").EnumerateArray()).GetProperty("name").GetString());
    }

    [Fact]
    public void NewHotkey_UnknownWallet_FailsWithOneLine()
    {
        string error = WalletCli.AssertOneLineError(_cli.Run("wallet", "new-hotkey", "-p", _cli.WalletPath, "--name", "ghost", "-H", "hk"));
        Assert.Contains("'ghost' does not exist", error, StringComparison.Ordinal);
    }

    [Fact]
    public void NewColdkey_Json_HasColdkeyAndMnemonicOnly()
    {
        JsonElement j = _cli.Run("wallet", "new-coldkey", "-p", _cli.WalletPath, "--name", "solo", "--no-use-password", "--json-output").Json();
        Assert.False(j.TryGetProperty("hotkey", out _));
        Assert.Equal(12, j.GetProperty("mnemonic").GetString()!.Split(' ').Length);
        Assert.False(new Keyfile(Path.Combine(_cli.WalletPath, "solo", "coldkey")).IsEncrypted);
    }

    [Fact]
    public void List_NamedWalletMissing_FailsWithOneLine()
    {
        CreatePlain("present");
        WalletCli.AssertOneLineError(_cli.Run("wallet", "list", "-p", _cli.WalletPath, "--wallet-name", "absent"));
    }

    [Fact]
    public void List_EmptyPath_SaysNoWallets()
    {
        BtcliRunner.Result r = _cli.Run("wallet", "list", "-p", _cli.WalletPath);
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("No wallets found", r.Stdout, StringComparison.Ordinal);
        Assert.Empty(_cli.Run("wallet", "list", "-p", _cli.WalletPath, "--json-output").Json().GetProperty("wallets").EnumerateArray());
    }

    [Fact]
    public void Executable_CreateNoPromptThenList_Works()
    {
        BtcliRunner.Result created = BtcliRunner.RunProcess("wallet", "create", "-p", _cli.WalletPath, "--name", "proc", "-H", "hk", "--no-password", "--no-prompt", "--json-output");
        Assert.Equal(0, created.ExitCode);
        string cold = created.Json().GetProperty("coldkey").GetProperty("ss58Address").GetString()!;

        BtcliRunner.Result list = BtcliRunner.RunProcess("wallet", "list", "-p", _cli.WalletPath, "--json-output");
        Assert.Equal(cold, list.Json().GetProperty("wallets")[0].GetProperty("ss58Address").GetString());
    }

    [Fact]
    public void Verbose_WritesDiagnosticsToStderrOnly()
    {
        BtcliRunner.Result r = CreatePlain("verbose", "--verbose", "--json-output");
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("Using Wallet (Name: 'verbose'", r.Stderr, StringComparison.Ordinal);
        Assert.Equal("verbose", r.Json().GetProperty("name").GetString());
    }

    private static int CountOccurrences(string text, string value)
    {
        int count = 0;
        for (int i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + value.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
