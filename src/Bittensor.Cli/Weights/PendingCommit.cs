namespace Bittensor.Cli.Weights;

/// <summary>A weights commit this wallet made and has not revealed: what reveal_weights must send to match its hash.</summary>
public sealed record PendingCommit(ushort Netuid, string Hotkey, ushort[] Uids, ushort[] Values, ushort[] Salt, ulong VersionKey, string Hash, string Block);
