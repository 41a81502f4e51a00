using System.CommandLine;
using Bittensor.Cli.Infrastructure;
using Bittensor.Sdk.Wallets;

namespace Bittensor.Cli.Wallet;

/// <summary>
/// <c>--wallet-name</c>, <c>--wallet-path</c>, <c>--hotkey</c> and where their defaults come from, in order: the option,
/// <c>BT_WALLET_NAME</c>/<c>BT_WALLET_PATH</c>/<c>BT_WALLET_HOTKEY</c>, the config file, then a prompt on a terminal
/// (as btcli's <c>wallet_ask</c>), then "default" and <c>~/.bittensor/wallets/</c>.
/// </summary>
public sealed class WalletSelector
{
    private readonly Option<string> _name = CommonOptions.WalletName();
    private readonly Option<string> _path = CommonOptions.WalletPath();
    private readonly Option<string> _hotkey = CommonOptions.Hotkey();

    public WalletSelector(bool withHotkey = true)
    {
        WithHotkey = withHotkey;
    }

    public bool WithHotkey { get; }

    public void AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.Options.Add(_name);
        command.Options.Add(_path);
        if (WithHotkey)
        {
            command.Options.Add(_hotkey);
        }
    }

    /// <summary>True when the user named a wallet, path or hotkey on the command line.</summary>
    public bool AnyGiven(ParseResult parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        return parse.GetValue(_name) is not null || parse.GetValue(_path) is not null || (WithHotkey && parse.GetValue(_hotkey) is not null);
    }

    /// <summary>The wallet name given on the command line only (null when absent).</summary>
    public string? ExplicitName(ParseResult parse) => parse.GetValue(_name);

    /// <summary>The hotkey given on the command line only (null when absent).</summary>
    public string? ExplicitHotkey(ParseResult parse) => WithHotkey ? parse.GetValue(_hotkey) : null;

    /// <summary>The wallets directory, expanded.</summary>
    public string ResolvePath(CliSession session, ParseResult parse)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(parse);
        string? path = parse.GetValue(_path);
        if (path is "default")
        {
            path = WalletPaths.DefaultPath;
        }

        path ??= session.Environment.Variable(WalletPaths.PathVariable)
            ?? session.Config.GetString("wallet_path")
            ?? session.Ask("Enter the path to the wallets directory", WalletPaths.DefaultPath);
        return WalletPaths.ExpandHome(path);
    }

    /// <summary>Builds the SDK wallet handle for this invocation.</summary>
    public Sdk.Wallets.Wallet Resolve(CliSession session, ParseResult parse, string namePrompt = "Enter the wallet name", string hotkeyPrompt = "Enter the wallet hotkey")
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(parse);
        string path = ResolvePath(session, parse);
        string name = parse.GetValue(_name)
            ?? session.Environment.Variable(WalletPaths.NameVariable)
            ?? session.Config.GetString("wallet_name")
            ?? session.Ask(namePrompt, WalletPaths.DefaultName);
        string hotkey = (WithHotkey ? parse.GetValue(_hotkey) : null)
            ?? session.Environment.Variable(WalletPaths.HotkeyVariable)
            ?? session.Config.GetString("wallet_hotkey")
            ?? (WithHotkey ? session.Ask(hotkeyPrompt, WalletPaths.DefaultHotkey) : WalletPaths.DefaultHotkey);
        try
        {
            Sdk.Wallets.Wallet wallet = new(name, hotkey, path, session.Environment.KeyCache);
            session.Verbose($"Using {wallet}");
            return wallet;
        }
        catch (ArgumentException ex)
        {
            throw new CliException(ex.Message.Split(" (Parameter", 2)[0], ex);
        }
    }

    /// <summary>Fails unless the wallet has a coldkey or coldkeypub.txt (btcli <c>is_valid_wallet</c>).</summary>
    public static void RequireWallet(Sdk.Wallets.Wallet wallet)
    {
        ArgumentNullException.ThrowIfNull(wallet);
        if (!wallet.ColdkeyPubFile.Exists && !wallet.ColdkeyFile.Exists)
        {
            throw new CliException($"Wallet '{wallet.Name}' does not exist in {WalletPaths.ExpandHome(wallet.Path)} (no coldkey or coldkeypub.txt)");
        }
    }

    /// <summary>Fails unless the wallet's hotkey exists.</summary>
    public static void RequireHotkey(Sdk.Wallets.Wallet wallet)
    {
        ArgumentNullException.ThrowIfNull(wallet);
        RequireWallet(wallet);
        if (!wallet.HotkeyFile.Exists && !wallet.HotkeyPubFile.Exists)
        {
            throw new CliException($"Wallet '{wallet.Name}' exists but the hotkey '{wallet.HotkeyName}' does not");
        }
    }
}
