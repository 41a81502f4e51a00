using Bittensor.Core.Primitives;

namespace Bittensor.Cli.Localnet;

/// <summary>
/// The localnet's wallets: unencrypted (a dev chain's throwaway keys, so neurons start without a password), created
/// once and reused, and marked as such by <see cref="MarkerFile"/> in their folder.
/// </summary>
public static class DevWallets
{
    public const string MarkerFile = "DEV-WALLETS-UNENCRYPTED.txt";

    /// <summary>Creates the missing wallets of <paramref name="roster"/> under <paramref name="path"/> and writes the marker.</summary>
    public static IReadOnlyDictionary<string, Sdk.Wallets.Wallet> Ensure(string path, IEnumerable<LocalnetRole> roster)
    {
        ArgumentNullException.ThrowIfNull(roster);
        Directory.CreateDirectory(path);
        File.WriteAllText(
            Path.Combine(path, MarkerFile),
            "These wallets were created by `btcli localnet up` for a local development chain.\n" +
            "Their keys are stored UNENCRYPTED. Never send real TAO to them or reuse them on finney or testnet.\n");
        Dictionary<string, Sdk.Wallets.Wallet> wallets = [];
        foreach (LocalnetRole role in roster)
        {
            Sdk.Wallets.Wallet wallet = new(role.Wallet, LocalnetRole.Hotkey, path);
            if (!wallet.ColdkeyFile.Exists)
            {
                wallet.CreateColdkey(password: null, overwrite: true);
            }

            if (!wallet.HotkeyFile.Exists)
            {
                wallet.CreateHotkey(password: null, overwrite: true);
            }

            wallets[role.Wallet] = wallet;
        }

        return wallets;
    }

    public static AccountId32 Coldkey(Sdk.Wallets.Wallet wallet)
    {
        ArgumentNullException.ThrowIfNull(wallet);
        return AccountId32.Parse(wallet.GetColdkeyPub().Ss58Address);
    }

    public static AccountId32 Hotkey(Sdk.Wallets.Wallet wallet)
    {
        ArgumentNullException.ThrowIfNull(wallet);
        return AccountId32.Parse(wallet.GetHotkeyPub().Ss58Address);
    }
}
