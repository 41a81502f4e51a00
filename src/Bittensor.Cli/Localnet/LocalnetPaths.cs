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

    /// <summary>Overrides the home folder (tests, or several localnets side by side).</summary>
    public const string HomeVariable = "BT_LOCALNET_HOME";

    /// <summary><c>BT_LOCALNET_HOME</c>, else <c>~/.bittensor/localnet</c>.</summary>
    public static string ResolveHome(Infrastructure.CliEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        return Sdk.Wallets.WalletPaths.ExpandHome(environment.Variable(HomeVariable) ?? "~/.bittensor/localnet");
    }
}
