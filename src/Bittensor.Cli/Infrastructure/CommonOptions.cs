using System.CommandLine;

namespace Bittensor.Cli.Infrastructure;

/// <summary>
/// btcli 9.21's shared options (bittensor_cli/cli.py <c>Options</c>), with every alias it accepts: dashed,
/// underscored and the legacy dotted form. Each command gets its own instances.
/// </summary>
public static class CommonOptions
{
    public static Option<string> WalletName() => new("--wallet-name", "--name", "--wallet_name", "--wallet.name")
    {
        Description = "Name of the wallet (default: BT_WALLET_NAME, then the config file, then 'default').",
    };

    public static Option<string> WalletPath() => new("--wallet-path", "-p", "--wallet_path", "--wallet.path")
    {
        Description = "Path where the wallets are located (default: BT_WALLET_PATH, then the config file, then ~/.bittensor/wallets).",
    };

    public static Option<string> Hotkey() => new("--hotkey", "-H", "--wallet_hotkey", "--wallet-hotkey", "--wallet.hotkey")
    {
        Description = "Hotkey of the wallet (default: BT_WALLET_HOTKEY, then the config file, then 'default').",
    };

    public static Option<bool> JsonOutput() => new("--json-output", "--json-out")
    {
        Description = "Print exactly one JSON object instead of the human-readable form.",
    };

    public static Option<bool> Quiet() => new("--quiet") { Description = "Display only critical information on the console." };

    public static Option<bool> Verbose() => new("--verbose") { Description = "Enable verbose output." };

    public static Option<bool> NoPrompt() => new("--no-prompt", "--yes", "--no_prompt", "-y")
    {
        Description = "Never ask anything; a missing value (such as a password) is an error instead.",
    };

    public static Option<string> PasswordFile() => new("--password-file")
    {
        Description = "File whose first line is the wallet password (else BT_WALLET_PASSWORD, else a hidden prompt).",
    };

    public static Option<bool> Overwrite() => new("--overwrite") { Description = "Replace existing key files (never done otherwise)." };

    public static Option<bool> NoOverwrite() => new("--no-overwrite") { Description = "Refuse to replace existing key files (the default).", Hidden = true };
}
