namespace Bittensor.Node.Rpc.Methods;

/// <summary>One entry of <c>system_peers</c> (sc-rpc-api <c>system::PeerInfo</c>); the node has no peers, so the list is empty.</summary>
internal sealed record SystemPeerInfo(string PeerId, string Roles, string BestHash, ulong BestNumber);
