using System.Text.Json;
using Bittensor.Cli.Tests.Wallet;

namespace Bittensor.Cli.Tests.Chain;

/// <summary><c>subnets show</c> and <c>subnets price</c> against the shared dev node.</summary>
[Collection(DevChainTests.Name)]
public sealed class SubnetsShowPriceTests(DevChainFixture chain)
{
    [Fact]
    public void Show_Json_SubnetOwnerPoolAndNeurons()
    {
        JsonElement show = chain.Run("subnets", "show", "--netuid", chain.N, "--json-output").Ok();
        Assert.Equal(chain.Netuid, show.GetProperty("netuid").GetUInt16());
        Assert.Equal(10UL, show.GetProperty("tempo").GetUInt64());
        Assert.True(show.GetProperty("price_rao").GetUInt64() > 0);
        Assert.True(show.GetProperty("tao_in_rao").GetUInt64() > 0);
        Assert.Contains(show.GetProperty("neurons").EnumerateArray(), n => n.GetProperty("hotkey").GetString() == chain.Hotkeys["val"]);
    }

    [Fact]
    public void Show_Human_SummaryAndNeuronTable()
    {
        BtcliRunner.Result show = chain.Run("subnets", "show", "--netuid", chain.N);
        Assert.True(show.ExitCode == 0, show.Stderr);
        Assert.Contains("Owner coldkey", show.Stdout, StringComparison.Ordinal);
        Assert.Contains("Price", show.Stdout, StringComparison.Ordinal);
        Assert.Contains($"Neurons of subnet {chain.N}", show.Stdout, StringComparison.Ordinal);
        Assert.Contains(chain.Hotkeys["miner"], show.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Price_JsonAndHuman_SamplesEveryChosenSubnet()
    {
        JsonElement price = chain.Run("subnets", "price", "--netuids", $"{chain.N},{chain.N2}", "--points", "4", "--json-output").Ok();
        JsonElement[] subnets = [.. price.GetProperty("subnets").EnumerateArray()];
        Assert.Equal([chain.Netuid, chain.SecondNetuid], subnets.Select(s => s.GetProperty("netuid").GetUInt16()));
        foreach (JsonElement s in subnets)
        {
            Assert.True(s.GetProperty("price_rao").GetUInt64() > 0);
            Assert.True(s.GetProperty("high_rao").GetUInt64() >= s.GetProperty("low_rao").GetUInt64());
            Assert.InRange(s.GetProperty("samples").GetArrayLength(), 1, 4);
        }

        BtcliRunner.Result human = chain.Run("subnets", "price");
        Assert.True(human.ExitCode == 0, human.Stderr);
        Assert.Contains("Alpha prices at block", human.Stdout, StringComparison.Ordinal);
        Assert.Contains("/α", human.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void ShowAndPrice_BadInput_OneLineExit1()
    {
        Assert.Contains("does not exist", WalletCli.AssertOneLineError(chain.Run("subnets", "show", "--netuid", "999")), StringComparison.Ordinal);
        Assert.Contains("does not exist", WalletCli.AssertOneLineError(chain.Run("subnets", "price", "--netuids", "999")), StringComparison.Ordinal);
        Assert.Contains("not a netuid", WalletCli.AssertOneLineError(chain.Run("subnets", "price", "--netuids", "x")), StringComparison.Ordinal);
        Assert.Contains("--points", WalletCli.AssertOneLineError(chain.Run("subnets", "price", "--points", "1")), StringComparison.Ordinal);
    }
}
