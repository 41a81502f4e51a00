namespace Bittensor.Cli.Localnet;

/// <summary>One neuron in the run's summary. Incentive and dividends are the last epoch's (0–1); emission is the sum
/// over the run's epochs and stake the final stake, both in rao.</summary>
public sealed record NeuronResult(ushort Uid, string Hotkey, string Role, string Kind, double Incentive, double Dividends, ulong Emission, ulong Stake);
