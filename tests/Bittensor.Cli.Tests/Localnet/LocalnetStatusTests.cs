using System.Text.Json;
using Bittensor.Cli.Localnet;
using Bittensor.Cli.Tests.Wallet;

namespace Bittensor.Cli.Tests.Localnet;

public sealed class LocalnetStatusTests
{
    [Fact]
    public void Status_NoStateFile_NotRunning()
    {
        using WalletCli cli = new();
        cli.Variables[LocalnetPaths.HomeVariable] = cli.Root;

        BtcliRunner.Result human = cli.Run("localnet", "status");
        JsonElement json = cli.Run("localnet", "status", "--json-output").Json();

        Assert.Equal(0, human.ExitCode);
        Assert.Contains("No localnet is running", human.Stdout, StringComparison.Ordinal);
        Assert.False(json.GetProperty("running").GetBoolean());
    }

    [Fact]
    public void StatusDown_StaleStateWithDeadProcesses_StoppedThenRemoved()
    {
        using WalletCli cli = new();
        cli.Variables[LocalnetPaths.HomeVariable] = cli.Root;
        LocalnetState stale = new(999_999, 1, cli.Root, "ws://127.0.0.1:1", 7, [new("node", 999_998, 1, Path.Combine(cli.Root, "node.log"))]);
        stale.Save(Path.Combine(cli.Root, LocalnetState.FileName));

        JsonElement status = cli.Run("localnet", "status", "--json-output").Json();
        BtcliRunner.Result human = cli.Run("localnet", "status");
        JsonElement down = cli.Run("localnet", "down", "--json-output").Json();

        Assert.False(status.GetProperty("running").GetBoolean());
        Assert.Equal(7, status.GetProperty("netuid").GetInt32());
        Assert.Equal(JsonValueKind.Null, status.GetProperty("block").ValueKind);
        JsonElement node = Assert.Single(status.GetProperty("processes").EnumerateArray().ToArray());
        Assert.False(node.GetProperty("alive").GetBoolean());
        Assert.Contains("stopped", human.Stdout, StringComparison.Ordinal);
        Assert.Equal(0, down.GetProperty("stopped").GetInt32());
        Assert.False(File.Exists(Path.Combine(cli.Root, LocalnetState.FileName)));
    }

    [Fact]
    public void Status_DamagedStateFile_OneLineError()
    {
        using WalletCli cli = new();
        cli.Variables[LocalnetPaths.HomeVariable] = cli.Root;
        File.WriteAllText(Path.Combine(cli.Root, LocalnetState.FileName), "{ not json");

        string error = WalletCli.AssertOneLineError(cli.Run("localnet", "status"));

        Assert.Contains("state.json", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Up_EpochsZero_OneLineError()
    {
        using WalletCli cli = new();
        cli.Variables[LocalnetPaths.HomeVariable] = cli.Root;

        string error = WalletCli.AssertOneLineError(cli.Run("localnet", "up", "--epochs", "0"));

        Assert.Contains("--epochs", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Up_ChartWithoutImageExtension_OneLineError()
    {
        using WalletCli cli = new();
        cli.Variables[LocalnetPaths.HomeVariable] = cli.Root;

        string error = WalletCli.AssertOneLineError(cli.Run("localnet", "up", "--epochs", "1", "--chart", "out.txt"));

        Assert.Contains("--chart", error, StringComparison.Ordinal);
    }
}
