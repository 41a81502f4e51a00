using System.Text.Json;
using Bittensor.Cli.Infrastructure;
using Bittensor.Sdk.Wallets;

namespace Bittensor.Cli.Wallet;

/// <summary>How wallet commands print keys and mnemonics (btwallet <c>display_mnemonic_msg</c>).</summary>
internal static class KeyOutput
{
    /// <summary>Prints a new key's mnemonic once, with btwallet's warning; <c>--quiet</c> suppresses it.</summary>
    public static void Mnemonic(CliSession session, string mnemonic, string keyType)
    {
        session.Info(string.Empty);
        session.Info("IMPORTANT: Store this mnemonic in a secure (preferably offline) place, as anyone who has possession of this mnemonic can use it to regenerate the key and access your tokens.");
        session.Info(string.Empty);
        session.Info($"The mnemonic to the new {keyType} is: {mnemonic}");
        session.Info("You can use the mnemonic to recreate the key with `btcli` in case it gets lost.");
        session.Info(string.Empty);
    }

    public static string WalletsRoot(Sdk.Wallets.Wallet wallet) => WalletPaths.ExpandHome(wallet.Path);

    public static void WriteColdkey(Utf8JsonWriter w, Sdk.Wallets.Wallet wallet)
    {
        w.WriteStartObject("coldkey");
        w.WriteString("ss58Address", wallet.GetColdkeyPub().Ss58Address);
        w.WriteBoolean("encrypted", wallet.ColdkeyFile.Exists && wallet.ColdkeyFile.IsEncrypted);
        w.WriteEndObject();
    }

    public static void WriteHotkey(Utf8JsonWriter w, Sdk.Wallets.Wallet wallet, string? mnemonic = null)
    {
        w.WriteStartObject("hotkey");
        w.WriteString("name", wallet.HotkeyName);
        w.WriteString("ss58Address", wallet.GetHotkeyPub().Ss58Address);
        w.WriteBoolean("encrypted", wallet.HotkeyFile.Exists && wallet.HotkeyFile.IsEncrypted);
        if (mnemonic is not null)
        {
            w.WriteString("mnemonic", mnemonic);
        }

        w.WriteEndObject();
    }

    /// <summary>Fails before anything is asked or written when a target exists and <c>--overwrite</c> was not given.</summary>
    public static void EnsureAbsent(bool overwrite, params Keyfile[] files)
    {
        if (overwrite)
        {
            return;
        }

        foreach (Keyfile file in files)
        {
            if (file.Exists)
            {
                throw new CliException($"{file.Path} already exists; pass --overwrite to replace it");
            }
        }
    }
}
