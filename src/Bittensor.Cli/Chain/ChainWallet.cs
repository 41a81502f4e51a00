using System.CommandLine;
using Bittensor.Cli.Infrastructure;
using Bittensor.Cli.Wallet;
using Bittensor.Core.Primitives;

namespace Bittensor.Cli.Chain;

/// <summary>Public addresses of a wallet's keys, read without unlocking anything.</summary>
internal static class ChainWallet
{
    public static AccountId32 Coldkey(Sdk.Wallets.Wallet wallet)
    {
        WalletSelector.RequireWallet(wallet);
        return AccountId32.Parse(wallet.GetColdkeyPub().Ss58Address);
    }

    public static AccountId32 Hotkey(Sdk.Wallets.Wallet wallet)
    {
        WalletSelector.RequireHotkey(wallet);
        return AccountId32.Parse(wallet.GetHotkeyPub().Ss58Address);
    }

    public static Option<ushort> Netuid() => new("--netuid") { Description = "The subnet's netuid.", Required = true };

    public static void RequireSubnet(bool exists, ushort netuid)
    {
        if (!exists)
        {
            throw new CliException($"subnet {netuid} does not exist");
        }
    }
}
