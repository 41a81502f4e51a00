using Bittensor.Cli.Tests.Wallet;

namespace Bittensor.Cli.Tests.Chain;

/// <summary>
/// <c>wallet swap-hotkey</c> against the shared dev node. This runtime has no swap_hotkey yet, so the command must say
/// so in one line before signing anything; the local checks come first.
/// </summary>
[Collection(DevChainTests.Name)]
public sealed class WalletSwapHotkeyTests(DevChainFixture chain)
{
    [Fact]
    public void SwapHotkey_RuntimeWithoutTheCall_OneLineNothingSpent()
    {
        chain.Cli.Run("wallet", "new-hotkey", "--name", "val2", "-H", "second", "--no-use-password", "--no-prompt", "--json-output").Ok();
        ulong before = Free();
        Assert.Contains("has no SubtensorModule.swap_hotkey", WalletCli.AssertOneLineError(chain.Run("wallet", "swap-hotkey", "--name", "val2", "-H", "default", "--destination-hotkey-name", "second")), StringComparison.Ordinal);
        Assert.Contains("has no SubtensorModule.swap_hotkey", WalletCli.AssertOneLineError(chain.Run("wallet", "swap-hotkey", "--name", "val2", "-H", "default", "--destination-hotkey-name", "second", "--netuid", chain.N, "--json-output")), StringComparison.Ordinal);
        Assert.Contains("same key", WalletCli.AssertOneLineError(chain.Run("wallet", "swap-hotkey", "--name", "val2", "-H", "default", "--destination-hotkey-name", "default")), StringComparison.Ordinal);
        Assert.Contains("the hotkey 'nope' does not", WalletCli.AssertOneLineError(chain.Run("wallet", "swap-hotkey", "--name", "val2", "-H", "default", "--destination-hotkey-name", "nope")), StringComparison.Ordinal);
        Assert.Equal(before, Free());
    }

    private ulong Free() => chain.Run("wallet", "balance", "--name", "val2", "--json-output").Ok().GetProperty("total_free_rao").GetUInt64();
}
