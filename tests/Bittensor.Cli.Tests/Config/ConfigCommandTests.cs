using System.Text.Json;
using Bittensor.Cli.Tests.Wallet;

namespace Bittensor.Cli.Tests.Config;

public sealed class ConfigCommandTests : IDisposable
{
    private readonly WalletCli _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void SetGetClear_RoundTrip()
    {
        BtcliRunner.Result set = _cli.Run("config", "set", "--wallet-name", "cold", "--wallet-path", _cli.WalletPath, "--hotkey", "miner", "--network", "test", "--tolerance", "0.05", "--safe", "--no-cache");
        Assert.Equal(0, set.ExitCode);
        Assert.Contains("test (wss://test.finney.opentensor.ai:443)", set.Stdout, StringComparison.Ordinal);

        JsonElement c = _cli.Run("config", "get", "--json-output").Json().GetProperty("config");
        Assert.Equal("cold", c.GetProperty("wallet_name").GetString());
        Assert.Equal(_cli.WalletPath, c.GetProperty("wallet_path").GetString());
        Assert.Equal("miner", c.GetProperty("wallet_hotkey").GetString());
        Assert.Equal("test", c.GetProperty("network").GetString());
        Assert.Equal(0.05m, c.GetProperty("rate_tolerance").GetDecimal());
        Assert.True(c.GetProperty("safe_staking").GetBoolean());
        Assert.False(c.GetProperty("use_cache").GetBoolean());
        Assert.Equal(JsonValueKind.Null, c.GetProperty("dashboard_path").ValueKind);

        JsonElement cleared = _cli.Run("config", "clear", "--network", "--hotkey", "--json-output").Json();
        Assert.Equal(new[] { "wallet_hotkey", "network" }, cleared.GetProperty("cleared").EnumerateArray().Select(e => e.GetString()!).ToArray());
        c = _cli.Run("config", "get", "--json-output").Json().GetProperty("config");
        Assert.Equal(JsonValueKind.Null, c.GetProperty("network").ValueKind);
        Assert.Equal(JsonValueKind.Null, c.GetProperty("wallet_hotkey").ValueKind);
        Assert.Equal("cold", c.GetProperty("wallet_name").GetString());

        Assert.Equal(0, _cli.Run("config", "clear", "--all").ExitCode);
        c = _cli.Run("config", "get", "--json-output").Json().GetProperty("config");
        Assert.All(c.EnumerateObject(), p => Assert.Equal(JsonValueKind.Null, p.Value.ValueKind));
    }

    [Fact]
    public void Get_Human_ShowsTableWithDefaultNetwork()
    {
        BtcliRunner.Result r = _cli.Run("conf", "get");
        Assert.Equal(0, r.ExitCode);
        Assert.Contains($"BTCLI Config: {_cli.ConfigPath}", r.Stdout, StringComparison.Ordinal);
        Assert.Contains("None (default = finney)", r.Stdout, StringComparison.Ordinal);
        Assert.False(File.Exists(_cli.ConfigPath));
    }

    [Fact]
    public void Defaults_FromConfig_AreUsedByWalletCommands()
    {
        Assert.Equal(0, _cli.Run("c", "set", "--wallet-path", _cli.WalletPath, "--wallet-name", "fromconfig", "--wallet-hotkey", "hk").ExitCode);

        JsonElement created = _cli.Run("wallet", "create", "--no-use-password", "--no-prompt", "--json-output").Json();
        Assert.Equal("fromconfig", created.GetProperty("name").GetString());
        Assert.Equal(_cli.WalletPath, created.GetProperty("path").GetString());
        Assert.Equal("hk", created.GetProperty("hotkey").GetProperty("name").GetString());

        JsonElement list = _cli.Run("wallet", "list", "--json-output").Json();
        Assert.Equal("fromconfig", Assert.Single(list.GetProperty("wallets").EnumerateArray()).GetProperty("name").GetString());

        // keys sign without --uri uses the configured wallet's coldkey.
        JsonElement sig = _cli.Run("keys", "sign", "-m", "cfg", "--json-output").Json();
        Assert.Equal(created.GetProperty("coldkey").GetProperty("ss58Address").GetString(), sig.GetProperty("ss58Address").GetString());
    }

    [Fact]
    public void Defaults_EnvironmentBeatsConfigAndOptionBeatsBoth()
    {
        string envPath = Path.Combine(_cli.Root, "env-wallets");
        Assert.Equal(0, _cli.Run("config", "set", "--wallet-path", _cli.WalletPath, "--wallet-name", "cfg").ExitCode);
        _cli.Variables["BT_WALLET_PATH"] = envPath;
        _cli.Variables["BT_WALLET_NAME"] = "env";

        JsonElement fromEnv = _cli.Run("wallet", "new-coldkey", "--no-password", "--json-output").Json();
        Assert.Equal("env", fromEnv.GetProperty("name").GetString());
        Assert.Equal(envPath, fromEnv.GetProperty("path").GetString());

        JsonElement fromOption = _cli.Run("wallet", "new-coldkey", "--name", "opt", "-p", _cli.WalletPath, "--no-password", "--json-output").Json();
        Assert.Equal("opt", fromOption.GetProperty("name").GetString());
        Assert.Equal(_cli.WalletPath, fromOption.GetProperty("path").GetString());
    }

    [Fact]
    public void Save_KeepsUnknownKeysAndNestedBlocks()
    {
        File.WriteAllText(_cli.ConfigPath, """
            chain: ws://127.0.0.1:9944
            metagraph_cols:
              ACTIVE: true
              UID: false
            network: finney
            use_cache: true
            wallet_name: 'it''s'
            """);

        Assert.Equal(0, _cli.Run("config", "set", "--network", "ws://127.0.0.1:9944").ExitCode);

        string text = File.ReadAllText(_cli.ConfigPath);
        Assert.Contains("metagraph_cols:\n  ACTIVE: true\n  UID: false\n", text, StringComparison.Ordinal);
        Assert.Contains("chain: ", text, StringComparison.Ordinal);
        JsonElement c = _cli.Run("config", "get", "--json-output").Json().GetProperty("config");
        Assert.Equal("ws://127.0.0.1:9944", c.GetProperty("network").GetString());
        Assert.Equal("it's", c.GetProperty("wallet_name").GetString());
        Assert.True(c.GetProperty("use_cache").GetBoolean());
    }

    [Theory]
    [InlineData("--network", "mainnet")]
    [InlineData("--network", "http://example.com")]
    [InlineData("--tolerance", "abc")]
    [InlineData("--tolerance", "2")]
    [InlineData("--wallet-name", "a/b")]
    public void Set_BadValue_OneLineExit1AndNothingWritten(string option, string value)
    {
        WalletCli.AssertOneLineError(_cli.Run("config", "set", option, value));
        Assert.False(File.Exists(_cli.ConfigPath));
    }

    [Fact]
    public void SetAndClear_NothingGiven_OneLineExit1()
    {
        WalletCli.AssertOneLineError(_cli.Run("config", "set"));
        WalletCli.AssertOneLineError(_cli.Run("config", "clear"));
        WalletCli.AssertOneLineError(_cli.Run("config", "set", "--safe", "--unsafe"));
    }

    [Fact]
    public void Load_MalformedFile_OneLineExit1()
    {
        File.WriteAllText(_cli.ConfigPath, "  indented: first\n");
        WalletCli.AssertOneLineError(_cli.Run("config", "get"));
    }

    [Theory]
    [InlineData("no", "wallet_name: 'no'")]
    [InlineData("123", "wallet_name: '123'")]
    [InlineData("it's", "wallet_name: 'it''s'")]
    [InlineData("miner_1", "wallet_name: miner_1")]
    public void Set_StringsPythonWouldMisread_AreQuoted(string name, string line)
    {
        Assert.Equal(0, _cli.Run("config", "set", "--wallet-name", name).ExitCode);

        Assert.Contains(line + "\n", File.ReadAllText(_cli.ConfigPath), StringComparison.Ordinal);
        Assert.Equal(name, _cli.Run("config", "get", "--json-output").Json().GetProperty("config").GetProperty("wallet_name").GetString());
    }
}
