using System.Diagnostics;
using System.Text.Json;
using Bittensor.Cli.Localnet;

namespace Bittensor.Cli.Tests.Localnet;

/// <summary>
/// The whole marketplace, as a user runs it: the built btcli starts the dev node and the example subnet's neurons as
/// processes. Needs the SpamAssassin corpus that eng/setup.sh fetches.
/// </summary>
[Trait("Category", "Integration")]
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class LocalnetUpTests
{
    private static readonly TimeSpan IssueLimit = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task Up_ThreeEpochsTmpJson_TrainedMinerWinsValidatorsAndOwnerEarnBooksBalance()
    {
        using LocalnetProcess btcli = new("localnet", "up", "--epochs", "3", "--tmp", "--json-output");

        int exit = await btcli.WaitAsync(IssueLimit);

        Assert.True(exit == 0, $"exit {exit}\n{btcli.Stderr}");
        string last = btcli.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1];
        JsonElement summary = JsonDocument.Parse(last).RootElement;
        Assert.Equal(3, summary.GetProperty("epochs").GetInt32());
        Assert.True(summary.GetProperty("netuid").GetInt32() > 0);
        Assert.True(summary.GetProperty("blocks").GetInt32() > 0);

        JsonElement[] neurons = [.. summary.GetProperty("neurons").EnumerateArray()];
        JsonElement Miner(string kind) => neurons.Single(n => n.GetProperty("role").GetString() == "miner" && n.GetProperty("kind").GetString() == kind);
        JsonElement trained = Miner("trained");
        foreach (string worse in new[] { "weak", "lazy", "copier" })
        {
            JsonElement other = Miner(worse);
            Assert.True(trained.GetProperty("incentive").GetDouble() > other.GetProperty("incentive").GetDouble(), $"trained incentive not above {worse}: {last}");
            Assert.True(trained.GetProperty("emission").GetUInt64() > other.GetProperty("emission").GetUInt64(), $"trained emission not above {worse}: {last}");
        }

        JsonElement[] validators = [.. neurons.Where(n => n.GetProperty("role").GetString() == "validator")];
        Assert.Equal(2, validators.Length);
        Assert.All(validators, v => Assert.True(v.GetProperty("dividends").GetDouble() > 0, $"a validator earned no dividends: {last}"));
        Assert.True(summary.GetProperty("owner").GetProperty("earned").GetUInt64() > 0, $"the owner earned nothing: {last}");

        JsonElement issuance = summary.GetProperty("issuance");
        ulong start = issuance.GetProperty("start").GetUInt64();
        ulong end = issuance.GetProperty("end").GetUInt64();
        ulong emitted = issuance.GetProperty("block_emission_total").GetUInt64();
        ulong recycled = issuance.GetProperty("recycled").GetUInt64();
        Assert.True(emitted > 0);
        Assert.Equal((Int128)end - start, (Int128)emitted - recycled);

        Assert.True(File.Exists(summary.GetProperty("chart").GetString()), "no chart file");
        Assert.True(btcli.Children.Count >= 7, $"the state file listed {btcli.Children.Count} processes, not the node and 6 neurons");
        btcli.AssertNoChildLeft();
        Assert.False(File.Exists(btcli.StateFile), "the state file outlived the run");
    }

    [Fact]
    public async Task Up_NeuronCrashes_ReportsItStopsTheRestExit1()
    {
        string script = Path.Combine(Directory.CreateTempSubdirectory("btcli-localnet-crash-").FullName, "spam-subnet");
        await File.WriteAllTextAsync(script, "#!/bin/sh\necho \"stand-in neuron: giving up ($1)\"\nexit 3\n");
        File.SetUnixFileMode(script, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        using LocalnetProcess btcli = new("localnet", "up", "--epochs", "1", "--tmp", "--subnet-bin", script);

        int exit = await btcli.WaitAsync(IssueLimit);

        Assert.Equal(1, exit);
        Assert.Contains("exited unexpectedly", btcli.Stderr, StringComparison.Ordinal);
        Assert.Contains("stand-in neuron: giving up", btcli.Stderr, StringComparison.Ordinal);
        Assert.Contains(btcli.Children, c => c.Name == "node");
        btcli.AssertNoChildLeft();
        Directory.Delete(Path.GetDirectoryName(script)!, recursive: true);
    }

    [Fact]
    public async Task Up_Sigterm_StopsEveryChild()
    {
        using LocalnetProcess btcli = new("localnet", "up", "--tmp");
        await btcli.WaitForChildrenAsync(1 + LocalnetRole.Roster.Count - 1, IssueLimit);

        using (Process kill = Process.Start("kill", ["-TERM", btcli.Pid.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        int exit = await btcli.WaitAsync(TimeSpan.FromSeconds(60));

        Assert.True(exit == 0, $"exit {exit}\n{btcli.Stderr}");
        btcli.AssertNoChildLeft();
        Assert.False(File.Exists(btcli.StateFile), "the state file outlived the run");
    }

    [Fact]
    public async Task StatusDown_FromAnotherTerminal_ShowsThenStopsEverything()
    {
        using LocalnetProcess btcli = new("localnet", "up", "--tmp");
        await btcli.WaitForChildrenAsync(1 + LocalnetRole.Roster.Count - 1, IssueLimit);

        JsonElement status = btcli.RunBeside("localnet", "status", "--json-output").Json();
        BtcliRunner.Result down = btcli.RunBeside("localnet", "down");
        int exit = await btcli.WaitAsync(TimeSpan.FromSeconds(60));

        Assert.True(status.GetProperty("running").GetBoolean());
        Assert.True(status.GetProperty("up_alive").GetBoolean());
        Assert.True(status.GetProperty("block").GetUInt32() > 0);
        Assert.True(status.GetProperty("netuid").GetUInt16() > 0);
        Assert.All(status.GetProperty("processes").EnumerateArray(), p => Assert.True(p.GetProperty("alive").GetBoolean(), p.GetProperty("name").GetString()));
        Assert.Equal(0, down.ExitCode);
        Assert.Contains("localnet stopped", down.Stdout, StringComparison.Ordinal);
        Assert.True(exit == 0, $"up exited {exit}\n{btcli.Stderr}");
        btcli.AssertNoChildLeft();
        Assert.False(File.Exists(btcli.StateFile), "the state file outlived down");
    }
}
