namespace Bittensor.Cli.Localnet;

/// <summary>
/// Where a localnet keeps things. The home folder (<c>~/.bittensor/localnet</c>) always holds the state file and the
/// chart; the data root (the home folder, or a fresh temporary folder with <c>--tmp</c>) holds the chain database,
/// the dev wallets and the child logs.
/// </summary>
public sealed record LocalnetPaths(string Home, string Root)
{
    public string StateFile => Path.Combine(Home, LocalnetState.FileName);

    public string Chain => Path.Combine(Root, "chain");

    public string Wallets => Path.Combine(Root, "wallets");

    public string Logs => Path.Combine(Root, "logs");

    public string DefaultChart => Path.Combine(Home, "emission.svg");

    /// <summary><c>~/.bittensor/localnet</c>.</summary>
    public static string DefaultHome() => Sdk.Wallets.WalletPaths.ExpandHome("~/.bittensor/localnet");
}
