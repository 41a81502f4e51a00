using System.CommandLine;
using Bittensor.Examples.Subnet.Data;

namespace Bittensor.Examples.Subnet.Neurons;

/// <summary>The options miners and validators share, spelt as btcli spells them.</summary>
public sealed class NeuronOptions
{
    public Option<string> Network { get; } = new("--network", "--subtensor.network") { Description = "The chain's ws:// or wss:// URL (or finney, test, local).", DefaultValueFactory = _ => "ws://127.0.0.1:9944" };

    public Option<ushort> Netuid { get; } = new("--netuid") { Description = "The subnet.", Required = true };

    public Option<string> WalletName { get; } = new("--wallet-name", "--wallet.name") { Description = "The wallet (coldkey) name.", DefaultValueFactory = _ => "default" };

    public Option<string?> WalletPath { get; } = new("--wallet-path", "--wallet.path") { Description = "The wallets directory (default ~/.bittensor/wallets)." };

    public Option<string> Hotkey { get; } = new("--hotkey", "--wallet.hotkey") { Description = "The hotkey name.", DefaultValueFactory = _ => "default" };

    public Option<string?> DataDirectory { get; } = new("--data") { Description = $"The SpamAssassin corpus directory (else ${DataLocator.EnvironmentVariable}, else artifacts/datasets/spam-assassin above the executable)." };

    public Option<int?> Seed { get; } = new("--seed") { Description = "Seed for the random choices (the lazy miner's answers, the validator's samples)." };

    /// <summary>Adds the options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        foreach (Option option in new Option[] { Network, Netuid, WalletName, WalletPath, Hotkey, DataDirectory, Seed })
        {
            command.Options.Add(option);
        }
    }

    /// <summary>Reads the parsed values.</summary>
    public NeuronSettings Read(ParseResult parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        return new NeuronSettings(
            parse.GetValue(Network)!,
            parse.GetValue(Netuid),
            parse.GetValue(WalletName)!,
            parse.GetValue(WalletPath),
            parse.GetValue(Hotkey)!,
            parse.GetValue(DataDirectory),
            parse.GetValue(Seed));
    }
}
