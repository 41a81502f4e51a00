using System.Text.Json;
using Bittensor.Cli.Tests.Wallet;

namespace Bittensor.Cli.Tests.Chain;

/// <summary><c>stake move</c>, <c>stake transfer</c> and <c>stake swap</c> against the shared dev node (the "mover" wallet).</summary>
[Collection(DevChainTests.Name)]
public sealed class StakeMoveTests(DevChainFixture chain)
{
    [Fact]
    public void MoveTransferSwap_JsonAndHuman_PositionsChangeOnBothSides()
    {
        chain.Run("stake", "add", "--name", "mover", "-H", "default", "--netuid", chain.N, "--amount", "100", "--json-output").Ok();

        JsonElement moved = chain.Run("stake", "move", "--name", "mover", "-H", "default", "--origin-netuid", chain.N, "--dest-netuid", chain.N, "--dest-hotkey", chain.Hotkeys["val2"], "--amount", "10", "--json-output").Ok();
        Assert.True(moved.GetProperty("success").GetBoolean());
        Assert.Equal(10 * DevChainFixture.Rao, moved.GetProperty("amount_rao").GetUInt64());
        Assert.True(moved.GetProperty("origin_stake_after_rao").GetUInt64() < moved.GetProperty("origin_stake_before_rao").GetUInt64());
        Assert.True(moved.GetProperty("destination_stake_after_rao").GetUInt64() > moved.GetProperty("destination_stake_before_rao").GetUInt64());
        Assert.Equal(chain.Hotkeys["val2"], moved.GetProperty("destination_hotkey").GetString());

        JsonElement transferred = chain.Run("stake", "transfer", "--name", "mover", "-H", "default", "--origin-netuid", chain.N, "--dest-netuid", chain.N, "--dest", chain.Coldkeys["miner"], "--amount", "5", "--json-output").Ok();
        Assert.Equal(chain.Coldkeys["miner"], transferred.GetProperty("destination_coldkey").GetString());
        Assert.True(transferred.GetProperty("destination_stake_after_rao").GetUInt64() > transferred.GetProperty("destination_stake_before_rao").GetUInt64());

        JsonElement minerStakes = chain.Run("stake", "list", "--name", "miner", "--json-output").Ok();
        Assert.Contains(minerStakes.GetProperty("stakes").EnumerateArray(), s => s.GetProperty("hotkey").GetString() == chain.Hotkeys["mover"]);

        BtcliRunner.Result swapped = chain.Run("stake", "swap", "--name", "mover", "-H", "default", "--origin-netuid", chain.N, "--dest-netuid", chain.N2, "--amount", "5");
        Assert.True(swapped.ExitCode == 0, swapped.Stderr);
        Assert.Contains($"Origin stake (subnet {chain.N}", swapped.Stdout, StringComparison.Ordinal);
        Assert.Contains($"Destination stake (subnet {chain.N2}", swapped.Stdout, StringComparison.Ordinal);
        Assert.Contains("α", swapped.Stdout, StringComparison.Ordinal);

        JsonElement list = chain.Run("stake", "list", "--name", "mover", "--json-output").Ok();
        Assert.Contains(list.GetProperty("stakes").EnumerateArray(), s => s.GetProperty("netuid").GetUInt16() == chain.SecondNetuid);
    }

    [Fact]
    public void MoveTransferHuman_SwapJson_OtherOutputForms()
    {
        chain.Run("stake", "add", "--name", "mover", "-H", "default", "--netuid", chain.N, "--amount", "50", "--json-output").Ok();

        BtcliRunner.Result moved = chain.Run("stake", "move", "--name", "mover", "-H", "default", "--origin-netuid", chain.N, "--dest-netuid", chain.N, "--dest-hotkey", chain.Hotkeys["val"], "--amount", "1");
        Assert.True(moved.ExitCode == 0, moved.Stderr);
        Assert.Contains($"Destination stake (subnet {chain.N}, {chain.Hotkeys["val"]})", moved.Stdout, StringComparison.Ordinal);

        BtcliRunner.Result transferred = chain.Run("stake", "transfer", "--name", "mover", "-H", "default", "--origin-netuid", chain.N, "--dest-netuid", chain.N, "--dest", chain.Coldkeys["val2"], "--amount", "1");
        Assert.True(transferred.ExitCode == 0, transferred.Stderr);
        Assert.Contains($"Origin stake (subnet {chain.N}, {chain.Hotkeys["mover"]})", transferred.Stdout, StringComparison.Ordinal);

        JsonElement swapped = chain.Run("stake", "swap", "--name", "mover", "-H", "default", "--origin-netuid", chain.N, "--dest-netuid", chain.N2, "--amount", "1", "--json-output").Ok();
        Assert.Equal(chain.SecondNetuid, swapped.GetProperty("destination_netuid").GetUInt16());
        Assert.True(swapped.GetProperty("destination_stake_after_rao").GetUInt64() > swapped.GetProperty("destination_stake_before_rao").GetUInt64());
    }

    [Fact]
    public void Move_BadInput_OneLineAndNothingMoved()
    {
        ulong before = Free("val");
        Assert.Contains("insufficient stake", WalletCli.AssertOneLineError(chain.Run("stake", "move", "--name", "val", "-H", "default", "--origin-netuid", chain.N, "--dest-netuid", chain.N, "--dest-hotkey", chain.Hotkeys["val2"], "--amount", "999999")), StringComparison.Ordinal);
        Assert.Contains("exactly one of", WalletCli.AssertOneLineError(chain.Run("stake", "move", "--name", "val", "-H", "default", "--origin-netuid", chain.N, "--dest-netuid", chain.N, "--dest-hotkey", chain.Hotkeys["val2"], "--amount", "1", "--all")), StringComparison.Ordinal);
        Assert.Contains("invalid SS58", WalletCli.AssertOneLineError(chain.Run("stake", "move", "--name", "val", "-H", "default", "--origin-netuid", chain.N, "--dest-netuid", chain.N, "--dest-hotkey", "5bad", "--amount", "1")), StringComparison.Ordinal);
        Assert.Contains("different subnet", WalletCli.AssertOneLineError(chain.Run("stake", "swap", "--name", "val", "-H", "default", "--origin-netuid", chain.N, "--dest-netuid", chain.N, "--amount", "1")), StringComparison.Ordinal);
        Assert.Contains("does not exist", WalletCli.AssertOneLineError(chain.Run("stake", "transfer", "--name", "val", "-H", "default", "--origin-netuid", chain.N, "--dest-netuid", "999", "--dest", chain.Coldkeys["miner"], "--amount", "1")), StringComparison.Ordinal);
        Assert.Contains("--amount", WalletCli.AssertOneLineError(chain.Run("stake", "transfer", "--name", "val", "-H", "default", "--origin-netuid", chain.N, "--dest-netuid", chain.N, "--dest", chain.Coldkeys["miner"], "--amount", "1.2.3")), StringComparison.Ordinal);
        Assert.Equal(before, Free("val"));
    }

    private ulong Free(string wallet) => chain.Run("wallet", "balance", "--name", wallet, "--json-output").Ok().GetProperty("total_free_rao").GetUInt64();
}
