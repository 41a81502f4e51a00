using Bittensor.Core.Primitives;
using Bittensor.Runtime.Framework;

namespace Bittensor.Runtime.Executive;

/// <summary>
/// A pallet-provided check run for every signed extrinsic after the standard extensions (the place of subtensor's
/// SubtensorTransactionExtension, CheckShieldedTxValidity and DrandPriority). It runs both in pool validation and when the
/// extrinsic is applied; returning an error rejects the transaction (e.g. <c>TransactionValidityError.InvalidCustom(n)</c>).
/// A pallet opts in by implementing this interface.
/// </summary>
public interface ITransactionValidator
{
    TransactionValidityError? Validate(DispatchContext context, in AccountId32 who, RuntimeCall call, in DispatchInfo info, uint length);
}
