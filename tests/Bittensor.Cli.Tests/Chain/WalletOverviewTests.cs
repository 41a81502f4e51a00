using System.Text.Json;
using Bittensor.Cli.Tests.Wallet;

namespace Bittensor.Cli.Tests.Chain;

/// <summary><c>wallet overview</c> against the shared dev node.</summary>
[Collection(DevChainTests.Name)]
public sealed class WalletOverviewTests(DevChainFixture chain)
{
    [Fact]
    public void Overview_Json_NeuronsOfTheColdkeyWithHotkeyNames()
    {
        JsonElement overview = chain.Run("wallet", "overview", "--name", "val", "--json-output").Ok();
        Assert.Equal(chain.Coldkeys["val"], overview.GetProperty("coldkey").GetString());
        Assert.True(overview.GetProperty("free_rao").GetUInt64() > 0);
        Assert.True(overview.GetProperty("total_stake_rao").GetUInt64() > 0);
        JsonElement subnet = overview.GetProperty("subnets").EnumerateArray().Single(s => s.GetProperty("netuid").GetUInt16() == chain.Netuid);
        JsonElement neuron = subnet.GetProperty("neurons").EnumerateArray().Single();
        Assert.Equal(chain.Uids["val"], neuron.GetProperty("uid").GetUInt16());
        Assert.Equal(chain.Hotkeys["val"], neuron.GetProperty("hotkey").GetString());
        Assert.Equal("default", neuron.GetProperty("hotkey_name").GetString());

        JsonElement filtered = chain.Run("wallet", "overview", "--name", "val", "--netuids", chain.N2, "--json-output").Ok();
        Assert.Equal(0, filtered.GetProperty("subnets").GetArrayLength());
    }

    [Fact]
    public void Overview_Human_TablePerSubnet()
    {
        BtcliRunner.Result human = chain.Run("wallet", "overview", "--name", "miner");
        Assert.True(human.ExitCode == 0, human.Stderr);
        Assert.Contains($"Wallet miner ({chain.Coldkeys["miner"]})", human.Stdout, StringComparison.Ordinal);
        Assert.Contains($"Subnet {chain.N}", human.Stdout, StringComparison.Ordinal);
        Assert.Contains(chain.Hotkeys["miner"], human.Stdout, StringComparison.Ordinal);
        Assert.Contains("Free balance: τ", human.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Overview_BadInput_OneLineExit1()
    {
        Assert.Contains("not a netuid", WalletCli.AssertOneLineError(chain.Run("wallet", "overview", "--name", "val", "--netuids", "x")), StringComparison.Ordinal);
        Assert.Contains("does not exist", WalletCli.AssertOneLineError(chain.Run("wallet", "overview", "--name", "nobody")), StringComparison.Ordinal);
    }
}
