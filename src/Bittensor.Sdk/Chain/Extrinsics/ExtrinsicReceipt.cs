using Bittensor.Core.Metadata;
using Bittensor.Core.Primitives;

namespace Bittensor.Sdk.Chain.Extrinsics;

/// <summary>
/// What became of a submitted extrinsic (the Python SDK's ExtrinsicResponse core): its hash, the block it was
/// included in and its index there, its events, and success or the decoded dispatch error.
/// </summary>
public sealed record ExtrinsicReceipt(H256 ExtrinsicHash, H256? BlockHash, int? Index, bool Success, ChainModuleError? Error, IReadOnlyList<ScaleValue> Events)
{
    /// <summary>TransactionPayment.TransactionFeePaid actual_fee in rao, when reported.</summary>
    public ulong? Fee { get; init; }
}
