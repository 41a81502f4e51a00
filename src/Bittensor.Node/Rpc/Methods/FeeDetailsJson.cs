namespace Bittensor.Node.Rpc.Methods;

/// <summary>
/// <c>payment_queryFeeDetails</c>'s result: <c>{"inclusionFee":{…}|null}</c>. Upstream skips <c>tip</c> in serde (no tip
/// can be passed to the RPC), so it is not written.
/// </summary>
internal sealed record FeeDetailsJson(InclusionFeeJson? InclusionFee);
