using System.CommandLine;
using Bittensor.Cli.Infrastructure;
using Bittensor.Sdk.Wallets;

namespace Bittensor.Cli.Wallet;

/// <summary>
/// <c>wallet list</c>: every wallet under the wallets path with its coldkey address and its hotkeys (btcli
/// <c>wallet_list</c>). Only public data is read: nothing is decrypted, and an address that cannot be read shows as "?".
/// </summary>
internal static class WalletListCommand
{
    public static Command Create(CliContext context)
    {
        WalletSelector selector = new(withHotkey: false);
        OutputSettings output = new();
        Command command = new("list", "Show the wallets and hotkeys under the wallets path, with their SS58 addresses.");
        selector.AddTo(command);
        output.AddTo(command);
        command.SetAction(parse =>
        {
            CliSession session = output.Bind(context, parse);
            string root = selector.ResolvePath(session, parse);
            string? only = selector.ExplicitName(parse);
            List<WalletEntry> wallets = [];
            if (Directory.Exists(root))
            {
                foreach (string dir in Directory.GetDirectories(root).Order(StringComparer.Ordinal))
                {
                    string name = Path.GetFileName(dir);
                    if (only is null || string.Equals(name, only, StringComparison.Ordinal))
                    {
                        wallets.Add(Read(dir, name));
                    }
                }
            }

            if (only is not null && wallets.Count == 0)
            {
                throw new CliException($"Wallet '{only}' not found in dir: {root}");
            }

            if (session.Json)
            {
                session.WriteJson(w =>
                {
                    w.WriteString("path", root);
                    w.WriteStartArray("wallets");
                    foreach (WalletEntry wallet in wallets)
                    {
                        w.WriteStartObject();
                        w.WriteString("name", wallet.Name);
                        w.WriteString("ss58Address", wallet.Address);
                        w.WriteStartArray("hotkeys");
                        foreach (HotkeyEntry hotkey in wallet.Hotkeys)
                        {
                            w.WriteStartObject();
                            w.WriteString("name", hotkey.Name);
                            w.WriteString("ss58Address", hotkey.Address);
                            w.WriteBoolean("pubOnly", hotkey.PubOnly);
                            w.WriteEndObject();
                        }

                        w.WriteEndArray();
                        w.WriteEndObject();
                    }

                    w.WriteEndArray();
                });
                return ExitCodes.Success;
            }

            session.Verbose($"Using wallets path: {root}");
            TextWriter o = context.Output;
            o.WriteLine("Wallets");
            if (wallets.Count == 0)
            {
                o.WriteLine($"└── No wallets found in {root}.");
            }

            for (int i = 0; i < wallets.Count; i++)
            {
                WalletEntry wallet = wallets[i];
                bool lastWallet = i == wallets.Count - 1;
                o.WriteLine($"{(lastWallet ? "└── " : "├── ")}Coldkey {wallet.Name}  ss58_address {wallet.Address ?? "?"}");
                string indent = lastWallet ? "    " : "│   ";
                for (int j = 0; j < wallet.Hotkeys.Count; j++)
                {
                    HotkeyEntry hotkey = wallet.Hotkeys[j];
                    string suffix = hotkey.PubOnly ? " (hotkeypub only)" : string.Empty;
                    o.WriteLine($"{indent}{(j == wallet.Hotkeys.Count - 1 ? "└── " : "├── ")}Hotkey {hotkey.Name}  ss58_address {hotkey.Address ?? "?"}{suffix}");
                }
            }

            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The wallet's hotkey names by SS58 address (readable, unencrypted hotkey files only).</summary>
    internal static IReadOnlyDictionary<string, string> HotkeyNames(string walletDirectory) =>
        Read(walletDirectory, string.Empty).Hotkeys.Where(h => h.Address is not null).GroupBy(h => h.Address!, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Name, StringComparer.Ordinal);

    private static WalletEntry Read(string dir, string name)
    {
        string? coldkey = Address(new Keyfile(Path.Combine(dir, "coldkeypub.txt")));
        List<HotkeyEntry> hotkeys = [];
        string hotkeyDir = Path.Combine(dir, "hotkeys");
        if (Directory.Exists(hotkeyDir))
        {
            HashSet<string> files = new(Directory.GetFiles(hotkeyDir).Select(Path.GetFileName).OfType<string>().Where(f => !f.StartsWith('.')), StringComparer.Ordinal);
            SortedSet<string> names = new(StringComparer.Ordinal);
            foreach (string file in files)
            {
                names.Add(file.EndsWith("pub.txt", StringComparison.Ordinal) ? file[..^"pub.txt".Length] : file);
            }

            foreach (string hotkey in names)
            {
                Keyfile full = new(Path.Combine(hotkeyDir, hotkey));
                Keyfile pub = new(Path.Combine(hotkeyDir, hotkey + "pub.txt"));
                string? address = full.Exists ? Address(full) : null;
                bool pubOnly = address is null && pub.Exists;
                address ??= Address(pub);
                hotkeys.Add(new HotkeyEntry(hotkey, address, pubOnly && !full.Exists));
            }
        }

        return new WalletEntry(name, coldkey, hotkeys);
    }

    /// <summary>The address of an unencrypted keyfile, or null (missing, encrypted or unreadable).</summary>
    private static string? Address(Keyfile file)
    {
        if (!file.Exists)
        {
            return null;
        }

        try
        {
            return file.IsEncrypted ? null : file.Read().Ss58Address;
        }
        catch (KeyfileException)
        {
            // A damaged file is listed with "?" rather than hiding the other wallets.
            return null;
        }
    }

    private sealed record HotkeyEntry(string Name, string? Address, bool PubOnly);

    private sealed record WalletEntry(string Name, string? Address, List<HotkeyEntry> Hotkeys);
}
