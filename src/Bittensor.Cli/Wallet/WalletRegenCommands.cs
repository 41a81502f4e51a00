using System.CommandLine;
using Bittensor.Cli.Infrastructure;
using Bittensor.Core.Crypto;
using Bittensor.Sdk.Wallets;

namespace Bittensor.Cli.Wallet;

/// <summary>
/// <c>wallet regen-coldkey</c>, <c>regen-coldkeypub</c>, <c>regen-hotkey</c>, <c>regen-hotkeypub</c>: restore keys
/// from a mnemonic (plain or numbered <c>1-word 2-word …</c>), a seed, a polkadot.js JSON backup, or a public key.
/// </summary>
internal static class WalletRegenCommands
{
    public static Command RegenColdkey(CliContext context) => Regen(context, cold: true);

    public static Command RegenHotkey(CliContext context) => Regen(context, cold: false);

    public static Command RegenColdkeyPub(CliContext context) => RegenPub(context, cold: true);

    public static Command RegenHotkeyPub(CliContext context) => RegenPub(context, cold: false);

    private static Command Regen(CliContext context, bool cold)
    {
        string key = cold ? "coldkey" : "hotkey";
        WalletSelector selector = new();
        KeyCreationOptions keys = new(passwordByDefault: cold, withUri: false, withWords: false);
        OutputSettings output = new();
        Option<string> mnemonic = new("--mnemonic") { Description = "Mnemonic used to regenerate your key, e.g. \"horse cart dog ...\"." };
        Option<string> seed = new("--seed") { Description = "Seed hex string used to regenerate your key, e.g. 0x1234..." };
        Option<string> json = new("--json", "-j") { Description = "Path to a JSON file containing the encrypted key backup (e.g. from polkadot.js)." };
        Option<string> jsonPassword = new("--json-password") { Description = "Password to decrypt the JSON file." };
        Command command = new($"regen-{key}", $"Regenerate a {key} from a mnemonic, a seed or a polkadot.js JSON backup.")
        {
            mnemonic, seed, json, jsonPassword,
        };
        selector.AddTo(command);
        keys.AddTo(command);
        output.AddTo(command);
        command.SetAction(parse =>
        {
            CliSession session = output.Bind(context, parse);
            Sdk.Wallets.Wallet wallet = selector.Resolve(session, parse, cold ? "Enter the name of the new wallet (coldkey)" : "Enter the wallet name");
            if (!cold)
            {
                WalletSelector.RequireWallet(wallet);
            }

            bool overwrite = keys.Overwrite(parse);
            Keyfile[] targets = cold ? [wallet.ColdkeyFile, wallet.ColdkeyPubFile] : [wallet.HotkeyFile, wallet.HotkeyPubFile];
            KeyOutput.EnsureAbsent(overwrite, targets);
            KeyfileData data = Source(session, parse, mnemonic, seed, json, jsonPassword)();
            string? password = keys.UsePassword(parse) ? keys.Passwords.NewPassword(session, parse, key) : null;
            if (cold)
            {
                wallet.SetColdkey(data, password, overwrite);
            }
            else
            {
                wallet.SetHotkey(data, password, overwrite);
            }

            if (session.Json)
            {
                session.WriteJson(w =>
                {
                    w.WriteString("name", wallet.Name);
                    w.WriteString("path", KeyOutput.WalletsRoot(wallet));
                    if (cold)
                    {
                        KeyOutput.WriteColdkey(w, wallet);
                    }
                    else
                    {
                        KeyOutput.WriteHotkey(w, wallet);
                    }
                });
            }
            else
            {
                session.Info($"Regenerated {key} successfully!");
                session.Info($"Wallet name: ({wallet.Name}), path: ({KeyOutput.WalletsRoot(wallet)}), {key} ss58: ({data.Ss58Address})");
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static Func<KeyfileData> Source(CliSession session, ParseResult parse, Option<string> mnemonic, Option<string> seed, Option<string> json, Option<string> jsonPassword)
    {
        string? phrase = parse.GetValue(mnemonic);
        string? seedHex = parse.GetValue(seed);
        string? jsonPath = parse.GetValue(json);
        int given = (phrase is null ? 0 : 1) + (seedHex is null ? 0 : 1) + (jsonPath is null ? 0 : 1);
        if (given > 1)
        {
            throw new CliException("give only one of --mnemonic, --seed, --json");
        }

        if (given == 0)
        {
            if (!session.CanAsk)
            {
                throw new CliException("nothing to regenerate from: pass --mnemonic, --seed or --json");
            }

            string choice = session.Ask("Select one of the following to enter: [1] Mnemonic [2] Seed hex string [3] Path to JSON File", "1");
            string answer = session.Ask($"Please enter your {choice switch { "2" => "seed hex string", "3" => "path to JSON File", _ => "mnemonic" }}", string.Empty);
            (phrase, seedHex, jsonPath) = choice switch { "2" => ((string?)null, (string?)answer, (string?)null), "3" => (null, null, answer), _ => (answer, null, null) };
        }

        if (phrase is not null)
        {
            string normalized = ParseMnemonic(phrase);
            if (!Mnemonic.TryToEntropy(normalized, out _, out string? error))
            {
                throw new CliException($"Mnemonic phrase is invalid: {error}");
            }

            return KeySource.FromMnemonic(normalized).Create;
        }

        if (seedHex is not null)
        {
            string hex = seedHex.StartsWith("0x", StringComparison.OrdinalIgnoreCase) ? seedHex : "0x" + seedHex;
            return Validated(KeySource.FromSeed(hex), "--seed");
        }

        string file = WalletPaths.ExpandHome(jsonPath!);
        if (!File.Exists(file))
        {
            throw new CliException($"The JSON file '{jsonPath}' does not exist.");
        }

        string passphrase = parse.GetValue(jsonPassword)
            ?? session.ReadSecret("Enter the backup password for JSON file: ")
            ?? throw new CliException("--json needs --json-password (the backup's passphrase)");
        return Validated(KeySource.FromPolkadotJson(File.ReadAllText(file), passphrase), "--json");
    }

    /// <summary>btcli <c>parse_mnemonic</c>: "2-drive 1-bottom …" is put in order; numbers must run from 1 without gaps.</summary>
    internal static string ParseMnemonic(string mnemonic)
    {
        string[] words = mnemonic.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (!mnemonic.Contains('-', StringComparison.Ordinal))
        {
            return string.Join(' ', words);
        }

        List<(int Index, string Word)> items = [];
        foreach (string item in words)
        {
            string[] parts = item.Split('-', 2);
            if (parts.Length != 2 || !int.TryParse(parts[0], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int index))
            {
                throw new CliException($"Mnemonic phrase is invalid: '{item}' is not of the form N-word");
            }

            items.Add((index, parts[1]));
        }

        items.Sort((a, b) => a.Index.CompareTo(b.Index));
        if (items[0].Index != 1)
        {
            throw new CliException("Numbered mnemonics must begin with 1");
        }

        for (int i = 0; i < items.Count; i++)
        {
            if (items[i].Index != i + 1)
            {
                throw new CliException("Missing or duplicate numbers in a numbered mnemonic. Double-check your numbered mnemonics and try again.");
            }
        }

        return string.Join(' ', items.Select(x => x.Word));
    }

    private static Command RegenPub(CliContext context, bool cold)
    {
        string key = cold ? "coldkey" : "hotkey";
        WalletSelector selector = new();
        OutputSettings output = new();
        Option<string> publicKey = new("--public-key-hex", "--public-key", "--public_key_hex") { Description = "The public key in hex format." };
        Option<string> ss58 = new("--ss58", "--ss58-address", "--ss58_address") { Description = $"The SS58 address of the {key}." };
        Option<bool> overwrite = CommonOptions.Overwrite();
        Option<bool> noOverwrite = CommonOptions.NoOverwrite();
        Command command = new($"regen-{key}pub", $"Regenerate the public {key} file from an SS58 address or public key.")
        {
            publicKey, ss58, overwrite, noOverwrite,
        };
        selector.AddTo(command);
        output.AddTo(command);
        command.SetAction(parse =>
        {
            CliSession session = output.Bind(context, parse);
            Sdk.Wallets.Wallet wallet = selector.Resolve(session, parse, $"Enter the name of the wallet for the new {key}pub");
            string? address = parse.GetValue(ss58);
            string? hex = parse.GetValue(publicKey);
            if (address is not null && hex is not null)
            {
                throw new CliException("give only one of --ss58 and --public-key-hex");
            }

            string text = address ?? hex ?? (session.CanAsk ? session.Ask("Enter the ss58_address or the public key in hex", string.Empty) : null)
                ?? throw new CliException("pass --ss58 ADDRESS or --public-key-hex 0x…");
            KeyfileData data;
            try
            {
                data = KeyfileData.PublicOnly(text);
            }
            catch (FormatException ex)
            {
                throw new CliException($"Invalid SS58 address or public key '{text}': {ex.Message}", ex);
            }

            Keyfile target = cold ? wallet.ColdkeyPubFile : wallet.HotkeyPubFile;
            bool replace = parse.GetValue(overwrite) && !parse.GetValue(noOverwrite);
            KeyOutput.EnsureAbsent(replace, target);
            target.Write(data, null, replace);
            if (session.Json)
            {
                session.WriteJson(w =>
                {
                    w.WriteString("name", wallet.Name);
                    w.WriteString("path", KeyOutput.WalletsRoot(wallet));
                    w.WriteStartObject(key);
                    if (!cold)
                    {
                        w.WriteString("name", wallet.HotkeyName);
                    }

                    w.WriteString("ss58Address", data.Ss58Address);
                    w.WriteEndObject();
                });
            }
            else
            {
                session.Info($"Regenerated {key}pub successfully!");
                session.Info($"Wallet name: ({wallet.Name}), path: ({KeyOutput.WalletsRoot(wallet)}), {key} ss58: ({data.Ss58Address})");
            }

            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Turns the SDK's format errors into one line naming the option.</summary>
    private static Func<KeyfileData> Validated(KeySource inner, string option) => () =>
    {
        try
        {
            return inner.Create();
        }
        catch (FormatException ex)
        {
            throw new CliException($"{option}: {ex.Message}", ex);
        }
    };
}
