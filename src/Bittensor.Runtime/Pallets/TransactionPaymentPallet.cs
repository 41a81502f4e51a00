using Bittensor.Core.Primitives;
using Bittensor.Runtime.Framework;
using Bittensor.Runtime.Framework.Storage;
using Bittensor.Runtime.Framework.Types;

namespace Bittensor.Runtime.Pallets;

/// <summary>
/// pallet_transaction_payment (index 6) with subtensor's configuration (runtime/src/lib.rs, pallets/transaction-fee):
/// fee = base_fee + length_fee + multiplier × weight_fee (+ tip), where WeightToFee is LinearWeightToFee
/// (Perbill(500 000) × ref_time, i.e. ref_time / 2000 rounded to nearest with ties down), LengthToFee is IdentityFee
/// (1 rao per byte), base_fee = WeightToFee(ExtrinsicBaseWeight) and the multiplier is constant 1 (ConstFeeMultiplier).
/// Fees and tips go to the block author (SubtensorTxFeeHandler → TransactionFeeHandler); with no author they are burned.
/// Paying fees in alpha (for unstake-like SubtensorModule calls) is not part of this runtime yet.
/// </summary>
public sealed class TransactionPaymentPallet : Pallet
{
    public const byte PalletIndex = 6;

    /// <summary>OperationalFeeMultiplier (only used for pool priority).</summary>
    public const byte OperationalFeeMultiplier = 5;

    /// <summary>FixedU128 one (the default NextFeeMultiplier).</summary>
    public static readonly UInt128 MultiplierOne = 1_000_000_000_000_000_000;

    private readonly BalancesPallet _balances;
    private readonly AuraPallet _aura;

    public TransactionPaymentPallet(BalancesPallet balances, AuraPallet aura)
        : base("TransactionPayment", PalletIndex)
    {
        _balances = balances ?? throw new ArgumentNullException(nameof(balances));
        _aura = aura ?? throw new ArgumentNullException(nameof(aura));
        TypeRef fixedU128 = TypeRef.Composite(["sp_arithmetic", "fixed_point", "FixedU128"], [new FieldDef(null, TypeRef.U128, "u128")], codec: ClrValueCodec<UInt128, Core.Scale.U128Codec>.Instance);
        NextFeeMultiplier = DefineValue("NextFeeMultiplier", new ValueCodec<UInt128>(fixedU128, static (in UInt128 v, ref Core.Scale.ScaleWriter w) => w.WriteU128(v), static (ref Core.Scale.ScaleReader r) => r.ReadU128()), StorageModifier.Default, MultiplierOne);
        TypeRef releases = TypeRef.Variant(["pallet_transaction_payment", "Releases"], [new VariantDef("V1Ancient", 0, []), new VariantDef("V2", 1, [])]);
        DefineValue("StorageVersion", RawValueCodec.For(releases), StorageModifier.Default, [0]);
        TransactionFeePaid = DefineEvent(0, "TransactionFeePaid", [P("who", KnownTypes.AccountId32, "T::AccountId"), P("actual_fee", TypeRef.U64, "BalanceOf<T>"), P("tip", TypeRef.U64, "BalanceOf<T>")], " A transaction fee `actual_fee`, of which `tip` was added to the minimum inclusion fee,", " has been paid by `who`.");
        DefineConstant("OperationalFeeMultiplier", Codecs.U8, OperationalFeeMultiplier, " A fee multiplier for `Operational` extrinsics to compute \"virtual tip\" to boost their", " `priority`");
    }

    public StorageValue<UInt128> NextFeeMultiplier { get; }

    public EventDescriptor TransactionFeePaid { get; }

    /// <summary>
    /// LinearWeightToFee (pallets/transaction-fee lib.rs): <c>Perbill::from_parts(500_000) * ref_time</c>, Perbill multiplication
    /// rounding to the nearest with ties down (sp_arithmetic Rounding::NearestPrefDown). The weight is capped at max_block.
    /// </summary>
    public static ulong WeightToFee(Weight weight)
    {
        ulong refTime = Math.Min(weight.RefTime, BlockLimits.MaxBlock.RefTime);
        ulong quotient = refTime / 2000;
        ulong remainder = refTime % 2000;
        return remainder > 1000 ? quotient + 1 : quotient;
    }

    /// <summary><c>compute_fee_details</c> for an extrinsic of <paramref name="length"/> bytes with the given dispatch info.</summary>
    public FeeDetails ComputeFeeDetails(DispatchContext context, uint length, in DispatchInfo info, ulong tip) =>
        ComputeFeeDetails(context, length, info.TotalWeight, info.PaysFee, tip);

    /// <summary><c>compute_fee_raw</c>: with Pays::No only the tip is due.</summary>
    public FeeDetails ComputeFeeDetails(DispatchContext context, uint length, Weight weight, Pays pays, ulong tip)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (pays == Pays.No)
        {
            return new FeeDetails(false, 0, 0, 0, tip);
        }

        UInt128 multiplier = NextFeeMultiplier.Get(context.Storage);
        UInt128 adjusted = (UInt128)WeightToFee(weight) * multiplier / MultiplierOne;
        ulong adjustedWeightFee = adjusted > ulong.MaxValue ? ulong.MaxValue : (ulong)adjusted;
        return new FeeDetails(true, WeightToFee(BlockLimits.BaseExtrinsic), length, adjustedWeightFee, tip);
    }

    /// <summary>
    /// <c>can_withdraw_fee</c> (validation): the fee must be withdrawable keeping the account alive. Zero fees always pass.
    /// </summary>
    public bool CanWithdrawFee(DispatchContext context, in AccountId32 who, ulong fee) =>
        fee == 0 || _balances.CanWithdraw(context, who, fee) == WithdrawConsequence.Success;

    /// <summary>
    /// <c>withdraw_fee</c> (SubtensorTxFeeHandler): <c>Balances::withdraw(fee, Exact, Preserve, Polite)</c>, emitting Withdraw.
    /// Returns false (InvalidTransaction::Payment) when the account cannot pay.
    /// </summary>
    public bool WithdrawFee(DispatchContext context, in AccountId32 who, ulong fee, out ulong withdrawn)
    {
        withdrawn = 0;
        if (fee == 0)
        {
            return true;
        }

        return _balances.WithdrawCredit(context, who, fee, Precision.Exact, Preservation.Preserve, Fortitude.Polite, out withdrawn) is null;
    }

    /// <summary>
    /// <c>correct_and_deposit_fee</c> then the TransactionFeePaid event: refunds <c>withdrawn − corrected fee</c> to the payer if it
    /// still exists (a Deposit event even when 0, as upstream), pays the rest (fee and tip) to the block author, or burns it
    /// when there is no author or the author cannot receive it.
    /// </summary>
    public void CorrectAndDepositFee(DispatchContext context, in AccountId32 who, ulong correctedFee, ulong tip, ulong withdrawn)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (withdrawn != 0)
        {
            ulong refund = withdrawn > correctedFee ? withdrawn - correctedFee : 0;
            ulong refunded = 0;
            if (_balances.TotalBalance(context, who) > 0 && _balances.DepositDebt(context, who, refund, Precision.BestEffort, out ulong debt) is null)
            {
                refunded = debt;
            }

            ulong credit = withdrawn - refunded;
            if (credit != 0)
            {
                if (!_aura.TryGetAuthor(context, out AccountId32 author) || !_balances.ResolveCredit(context, author, credit))
                {
                    _balances.BurnIssuance(context, credit);
                }
            }
        }

        context.DepositEvent(TransactionFeePaid.Create(who, correctedFee, tip));
    }
}
