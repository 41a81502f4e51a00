using System.CommandLine;
using Bittensor.Cli.Infrastructure;
using Bittensor.Core.Crypto;
using Bittensor.Sdk.Wallets;

namespace Bittensor.Cli.Wallet;

/// <summary><c>wallet create</c>, <c>wallet new-coldkey</c>, <c>wallet new-hotkey</c> (btcli src/commands/wallets.py).</summary>
internal static class WalletCreateCommands
{
    public static Command Create(CliContext context)
    {
        WalletSelector selector = new();
        KeyCreationOptions keys = new(passwordByDefault: true);
        OutputSettings output = new();
        Command command = new("create", "Create a complete wallet: an encrypted coldkey and an unencrypted hotkey.");
        selector.AddTo(command);
        keys.AddTo(command);
        output.AddTo(command);
        command.SetAction(parse =>
        {
            CliSession session = output.Bind(context, parse);
            Sdk.Wallets.Wallet wallet = selector.Resolve(session, parse, "Enter the name of the new wallet (coldkey)", "Enter the name of the new hotkey");
            bool overwrite = keys.Overwrite(parse);
            KeyOutput.EnsureAbsent(overwrite, wallet.ColdkeyFile, wallet.ColdkeyPubFile, wallet.HotkeyFile, wallet.HotkeyPubFile);
            string? coldMnemonic = null;
            string? hotMnemonic = null;
            if (keys.UriKey(parse) is { } pair)
            {
                KeyfileData data = KeyfileData.FromKeyPair(pair);
                wallet.SetColdkey(data, null, overwrite);
                wallet.SetHotkey(data, null, overwrite);
                session.Info($"Wallet created from URI: {keys.UriText(parse)}");
            }
            else
            {
                int words = keys.Words(session, parse);
                string? password = keys.UsePassword(parse) ? keys.Passwords.NewPassword(session, parse, "coldkey") : null;
                coldMnemonic = wallet.CreateColdkey(password, words, overwrite);
                session.Info("Coldkey created");
                KeyOutput.Mnemonic(session, coldMnemonic, "coldkey");
                hotMnemonic = wallet.CreateHotkey(null, words, overwrite);
                session.Info("Hotkey created");
                KeyOutput.Mnemonic(session, hotMnemonic, "hotkey");
            }

            Report(session, wallet, coldMnemonic, hotMnemonic, coldkey: true, hotkey: true);
            return ExitCodes.Success;
        });
        return command;
    }

    public static Command NewColdkey(CliContext context)
    {
        WalletSelector selector = new();
        KeyCreationOptions keys = new(passwordByDefault: true);
        OutputSettings output = new();
        Command command = new("new-coldkey", "Create a new coldkey (encrypted with a password unless --no-use-password).");
        selector.AddTo(command);
        keys.AddTo(command);
        output.AddTo(command);
        command.SetAction(parse =>
        {
            CliSession session = output.Bind(context, parse);
            Sdk.Wallets.Wallet wallet = selector.Resolve(session, parse, "Enter the name of the new wallet (coldkey)");
            bool overwrite = keys.Overwrite(parse);
            KeyOutput.EnsureAbsent(overwrite, wallet.ColdkeyFile, wallet.ColdkeyPubFile);
            string? mnemonic = null;
            if (keys.UriKey(parse) is { } pair)
            {
                wallet.SetColdkey(KeyfileData.FromKeyPair(pair), null, overwrite);
                session.Info($"Coldkey created from URI: {keys.UriText(parse)}");
            }
            else
            {
                int words = keys.Words(session, parse);
                string? password = keys.UsePassword(parse) ? keys.Passwords.NewPassword(session, parse, "coldkey") : null;
                mnemonic = wallet.CreateColdkey(password, words, overwrite);
                session.Info("Coldkey created");
                KeyOutput.Mnemonic(session, mnemonic, "coldkey");
            }

            Report(session, wallet, mnemonic, null, coldkey: true, hotkey: false);
            return ExitCodes.Success;
        });
        return command;
    }

    public static Command NewHotkey(CliContext context)
    {
        WalletSelector selector = new();
        KeyCreationOptions keys = new(passwordByDefault: false);
        OutputSettings output = new();
        Command command = new("new-hotkey", "Create a new hotkey in an existing wallet (unencrypted unless --use-password).");
        selector.AddTo(command);
        keys.AddTo(command);
        output.AddTo(command);
        command.SetAction(parse =>
        {
            CliSession session = output.Bind(context, parse);
            Sdk.Wallets.Wallet wallet = selector.Resolve(session, parse, "Enter the wallet name", "Enter the name of the new hotkey");
            WalletSelector.RequireWallet(wallet);
            bool overwrite = keys.Overwrite(parse);
            KeyOutput.EnsureAbsent(overwrite, wallet.HotkeyFile, wallet.HotkeyPubFile);
            string? mnemonic = null;
            KeyPair? pair = keys.UriKey(parse);
            string? password = keys.UsePassword(parse) ? keys.Passwords.NewPassword(session, parse, "hotkey") : null;
            if (pair is not null)
            {
                wallet.SetHotkey(KeyfileData.FromKeyPair(pair), password, overwrite);
                session.Info($"Hotkey created from URI: {keys.UriText(parse)}");
            }
            else
            {
                mnemonic = wallet.CreateHotkey(password, keys.Words(session, parse), overwrite);
                session.Info("Hotkey created");
                KeyOutput.Mnemonic(session, mnemonic, "hotkey");
            }

            Report(session, wallet, null, mnemonic, coldkey: false, hotkey: true);
            return ExitCodes.Success;
        });
        return command;
    }

    private static void Report(CliSession session, Sdk.Wallets.Wallet wallet, string? coldMnemonic, string? hotMnemonic, bool coldkey, bool hotkey)
    {
        if (!session.Json)
        {
            string cold = coldkey ? $", coldkey ss58: ({wallet.GetColdkeyPub().Ss58Address})" : string.Empty;
            string hot = hotkey ? $", hotkey '{wallet.HotkeyName}' ss58: ({wallet.GetHotkeyPub().Ss58Address})" : string.Empty;
            session.Info($"Wallet name: ({wallet.Name}), path: ({KeyOutput.WalletsRoot(wallet)}){cold}{hot}");
            return;
        }

        session.WriteJson(w =>
        {
            w.WriteString("name", wallet.Name);
            w.WriteString("path", KeyOutput.WalletsRoot(wallet));
            if (coldkey)
            {
                KeyOutput.WriteColdkey(w, wallet);
            }

            if (hotkey)
            {
                KeyOutput.WriteHotkey(w, wallet, coldkey ? hotMnemonic : null);
            }

            string? mnemonic = coldkey ? coldMnemonic : hotMnemonic;
            if (mnemonic is not null)
            {
                w.WriteString("mnemonic", mnemonic);
            }
        });
    }
}
