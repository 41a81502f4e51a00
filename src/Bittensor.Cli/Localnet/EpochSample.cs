namespace Bittensor.Cli.Localnet;

/// <summary>One epoch of the run as read at the block it ran in: each uid's emission (rao) from that epoch.</summary>
public sealed record EpochSample(uint Block, IReadOnlyDictionary<ushort, ulong> Emission);
