namespace Bittensor.Node.Rpc.Methods;

/// <summary>A header's digest: <c>{"logs":["0x…"]}</c>, each log the hex of a SCALE-encoded <c>DigestItem</c>.</summary>
internal sealed record DigestJson(IReadOnlyList<string> Logs);
