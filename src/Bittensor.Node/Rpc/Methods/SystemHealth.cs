namespace Bittensor.Node.Rpc.Methods;

/// <summary><c>system_health</c>: <c>{"peers":0,"isSyncing":false,"shouldHavePeers":false}</c> (sc-rpc-api <c>system::Health</c>).</summary>
internal sealed record SystemHealth(int Peers, bool IsSyncing, bool ShouldHavePeers);
