namespace Bittensor.Node.Rpc.Methods;

/// <summary>
/// pallet_transaction_payment <c>InclusionFee</c> over <c>NumberOrHex</c>: subtensor's u64 balances fit
/// <c>NumberOrHex::Number</c>, so the parts are JSON numbers.
/// </summary>
internal sealed record InclusionFeeJson(ulong BaseFee, ulong LenFee, ulong AdjustedWeightFee);
