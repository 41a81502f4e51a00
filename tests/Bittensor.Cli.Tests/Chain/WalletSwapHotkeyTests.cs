using System.Text.Json;
using Bittensor.Cli.Tests.Wallet;

namespace Bittensor.Cli.Tests.Chain;

/// <summary>
/// <c>wallet swap-hotkey</c> against the shared dev node, whose runtime has swap_hotkey_v2: each test uses its own
/// freshly registered wallet, so the swaps do not disturb the fixture's neurons.
/// </summary>
[Collection(DevChainTests.Name)]
public sealed class WalletSwapHotkeyTests(DevChainFixture chain)
{
    [Fact]
    public void SwapHotkey_EverySubnet_Human_MovesTheNeuronAndChargesTheSwapCost()
    {
        (ushort uid, string oldHotkey, string newHotkey) = RegisteredWallet("swapall", chain.N);
        ulong before = Free("swapall");

        BtcliRunner.Result swapped = chain.Run("wallet", "swap-hotkey", "--name", "swapall", "-H", "default", "--destination-hotkey-name", "second");

        Assert.True(swapped.ExitCode == 0, swapped.Stderr);
        Assert.Contains("Swapped hotkey", swapped.Stdout, StringComparison.Ordinal);
        Assert.Contains(newHotkey, swapped.Stdout, StringComparison.Ordinal);
        Assert.Contains("every subnet", swapped.Stdout, StringComparison.Ordinal);
        Assert.Equal(newHotkey, HotkeyOf(chain.N, uid));
        Assert.DoesNotContain(Neurons(chain.N), n => n.GetProperty("hotkey").GetString() == oldHotkey);

        // KeySwapCost (0.1 TAO) is recycled on top of the transaction fee.
        Assert.True(before - Free("swapall") >= DevChainFixture.Rao / 10, $"{before} → {Free("swapall")}");
    }

    [Fact]
    public void SwapHotkey_OneSubnet_Json_MovesOnlyThatSubnet()
    {
        (ushort uid, string oldHotkey, string newHotkey) = RegisteredWallet("swapone", chain.N);
        ushort uidOnSecond = chain.Run("subnets", "register", "--name", "swapone", "-H", "default", "--netuid", chain.N2, "--json-output").Ok().GetProperty("uid").GetUInt16();

        JsonElement swapped = chain.Run("wallet", "swap-hotkey", "--name", "swapone", "-H", "default", "--destination-hotkey-name", "second", "--netuid", chain.N, "--json-output").Ok();

        Assert.True(swapped.GetProperty("success").GetBoolean());
        Assert.Equal("SubtensorModule.swap_hotkey_v2", swapped.GetProperty("call").GetString());
        Assert.Equal(oldHotkey, swapped.GetProperty("old_hotkey").GetString());
        Assert.Equal(newHotkey, swapped.GetProperty("new_hotkey").GetString());
        Assert.Equal(chain.Netuid, swapped.GetProperty("netuid").GetUInt16());
        Assert.False(swapped.GetProperty("keep_stake").GetBoolean());
        Assert.Equal(newHotkey, HotkeyOf(chain.N, uid));
        Assert.Equal(oldHotkey, HotkeyOf(chain.N2, uidOnSecond));
    }

    [Fact]
    public void SwapHotkey_BadInput_OneLineNothingSpent()
    {
        chain.Cli.Run("wallet", "new-hotkey", "--name", "val2", "-H", "second", "--no-use-password", "--no-prompt", "--json-output").Ok();
        ulong before = Free("val2");
        Assert.Contains("same key", WalletCli.AssertOneLineError(chain.Run("wallet", "swap-hotkey", "--name", "val2", "-H", "default", "--destination-hotkey-name", "default")), StringComparison.Ordinal);
        Assert.Contains("the hotkey 'nope' does not", WalletCli.AssertOneLineError(chain.Run("wallet", "swap-hotkey", "--name", "val2", "-H", "default", "--destination-hotkey-name", "nope")), StringComparison.Ordinal);
        Assert.Contains("is not owned by", WalletCli.AssertOneLineError(chain.Run("wallet", "swap-hotkey", "--name", "val2", "-H", "second", "--destination-hotkey-name", "default")), StringComparison.Ordinal);
        Assert.Equal(before, Free("val2"));
    }

    /// <summary>A new funded wallet with its default hotkey registered on <paramref name="netuid"/> and a second hotkey.</summary>
    private (ushort Uid, string OldHotkey, string NewHotkey) RegisteredWallet(string name, string netuid)
    {
        JsonElement created = chain.Cli.Run("wallet", "create", "--name", name, "-H", "default", "--no-use-password", "--no-prompt", "--json-output").Ok();
        string coldkey = created.GetProperty("coldkey").GetProperty("ss58Address").GetString()!;
        string oldHotkey = created.GetProperty("hotkey").GetProperty("ss58Address").GetString()!;
        string newHotkey = chain.Cli.Run("wallet", "new-hotkey", "--name", name, "-H", "second", "--no-use-password", "--no-prompt", "--json-output").Ok()
            .GetProperty("hotkey").GetProperty("ss58Address").GetString()!;
        chain.Run("wallet", "transfer", "--name", "alice", "--destination", coldkey, "--amount", "500", "--json-output").Ok();
        ushort uid = chain.Run("subnets", "register", "--name", name, "-H", "default", "--netuid", netuid, "--json-output").Ok().GetProperty("uid").GetUInt16();
        return (uid, oldHotkey, newHotkey);
    }

    private JsonElement[] Neurons(string netuid) =>
        [.. chain.Run("subnets", "metagraph", "--netuid", netuid, "--json-output").Ok().GetProperty("neurons").EnumerateArray()];

    private string? HotkeyOf(string netuid, ushort uid) =>
        Neurons(netuid).Single(n => n.GetProperty("uid").GetUInt16() == uid).GetProperty("hotkey").GetString();

    private ulong Free(string wallet) => chain.Run("wallet", "balance", "--name", wallet, "--json-output").Ok().GetProperty("total_free_rao").GetUInt64();
}
