using System.CommandLine;

namespace Bittensor.Cli;

/// <summary>The btcli command tree; each group lives in its own folder.</summary>
public static class BtcliApp
{
    public static async Task<int> RunAsync(string[] args)
    {
        RootCommand root = new("btcli: the Bittensor command line (wallets, keys, subnets, staking, simulation).");
        ParseResult parsed = root.Parse(args);
        return await parsed.InvokeAsync().ConfigureAwait(false);
    }
}
