namespace Bittensor.Node.Rpc.Methods;

/// <summary>
/// <c>payment_queryInfo</c>'s result, pallet_transaction_payment <c>RuntimeDispatchInfo</c> (types.rs): camelCase, the
/// class in camelCase (<c>"normal"</c>), the fee as a decimal string (<c>serde_balance</c>); the weight keeps
/// sp_weights' snake_case field names (<c>Weight</c> has no serde rename).
/// </summary>
internal sealed record RuntimeDispatchInfoJson(WeightJson Weight, string Class, string PartialFee);
