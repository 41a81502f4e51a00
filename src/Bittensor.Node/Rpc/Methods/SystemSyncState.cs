namespace Bittensor.Node.Rpc.Methods;

/// <summary><c>system_syncState</c> (sc-rpc-api <c>SyncState</c>): a lone authority is always at the highest block it knows.</summary>
internal sealed record SystemSyncState(uint StartingBlock, uint CurrentBlock, uint? HighestBlock);
