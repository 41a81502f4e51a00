using System.CommandLine;
using Bittensor.Cli.Infrastructure;

namespace Bittensor.Cli.Wallet;

/// <summary>
/// <c>btcli wallet</c> (aliases <c>w</c>, <c>wallets</c>): the offline key-management commands of btcli 9.21 on the
/// SDK wallet. Snake-case command names (<c>regen_coldkey</c>) are accepted as btcli's hidden aliases.
/// </summary>
public static class WalletCommand
{
    public static Command Create(CliContext context)
    {
        Command wallet = new("wallet", "Create, regenerate and list wallets (coldkeys and hotkeys).");
        wallet.Aliases.Add("w");
        wallet.Aliases.Add("wallets");
        wallet.Subcommands.Add(WalletListCommand.Create(context));
        wallet.Subcommands.Add(WalletCreateCommands.Create(context));
        wallet.Subcommands.Add(WalletCreateCommands.NewColdkey(context));
        wallet.Subcommands.Add(WalletCreateCommands.NewHotkey(context));
        wallet.Subcommands.Add(WalletRegenCommands.RegenColdkey(context));
        wallet.Subcommands.Add(WalletRegenCommands.RegenColdkeyPub(context));
        wallet.Subcommands.Add(WalletRegenCommands.RegenHotkey(context));
        wallet.Subcommands.Add(WalletRegenCommands.RegenHotkeyPub(context));
        wallet.Subcommands.Add(WalletSignCommands.Sign(context));
        wallet.Subcommands.Add(WalletSignCommands.Verify(context));
        wallet.Subcommands.Add(Chain.WalletChainCommands.Balance(context));
        wallet.Subcommands.Add(Chain.WalletChainCommands.Transfer(context));
        wallet.Subcommands.Add(WalletOverviewCommand.Create(context));
        wallet.Subcommands.Add(WalletSwapHotkeyCommand.Create(context));
        foreach (Command sub in wallet.Subcommands)
        {
            if (sub.Name.Contains('-', StringComparison.Ordinal))
            {
                sub.Aliases.Add(sub.Name.Replace('-', '_'));
            }
        }

        return wallet;
    }
}
