namespace Bittensor.Cli.Chain;

/// <summary>Which wallet options a chain command takes.</summary>
public enum WalletUse
{
    /// <summary>No wallet: a read of public chain state.</summary>
    None,

    /// <summary><c>--wallet-name</c> and <c>--wallet-path</c>: the coldkey.</summary>
    Coldkey,

    /// <summary>The coldkey options plus <c>--hotkey</c>.</summary>
    ColdkeyAndHotkey,
}
