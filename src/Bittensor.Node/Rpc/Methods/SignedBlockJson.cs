namespace Bittensor.Node.Rpc.Methods;

/// <summary>
/// <c>chain_getBlock</c>'s result, sp_runtime's <c>SignedBlock</c>: <c>{"block":{…},"justifications":null}</c>. A single
/// authority finalizes on import and keeps no GRANDPA justifications, so they are always null.
/// </summary>
internal sealed record SignedBlockJson(BlockJson Block, IReadOnlyList<string>? Justifications);
