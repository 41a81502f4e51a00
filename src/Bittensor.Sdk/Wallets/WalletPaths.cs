namespace Bittensor.Sdk.Wallets;

/// <summary>Wallet defaults and environment overrides (btwallet src/constants.rs; <c>BT_WALLET_*</c>).</summary>
public static class WalletPaths
{
    /// <summary>Default wallet (coldkey) name.</summary>
    public const string DefaultName = "default";

    /// <summary>Default hotkey name.</summary>
    public const string DefaultHotkey = "default";

    /// <summary>Default wallets directory.</summary>
    public const string DefaultPath = "~/.bittensor/wallets/";

    /// <summary>Environment variable overriding the wallet name.</summary>
    public const string NameVariable = "BT_WALLET_NAME";

    /// <summary>Environment variable overriding the hotkey name.</summary>
    public const string HotkeyVariable = "BT_WALLET_HOTKEY";

    /// <summary>Environment variable overriding the wallets directory.</summary>
    public const string PathVariable = "BT_WALLET_PATH";

    /// <summary>Expands a leading <c>~</c> to the user's home directory.</summary>
    public static string ExpandHome(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (path == "~" || path.StartsWith("~/", StringComparison.Ordinal) || path.StartsWith("~\\", StringComparison.Ordinal))
        {
            string home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
            return path.Length == 1 ? home : Path.Combine(home, path[2..]);
        }

        return path;
    }
}
