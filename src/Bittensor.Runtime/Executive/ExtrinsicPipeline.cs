using Bittensor.Core.Chain.Extrinsics;
using Bittensor.Core.Primitives;
using Bittensor.Runtime.Framework;
using Bittensor.Runtime.Pallets;

namespace Bittensor.Runtime.Executive;

/// <summary>
/// The steps an extrinsic goes through (sp_runtime UncheckedExtrinsic::check, frame_executive apply/validate and subtensor's
/// TxExtension): decode, look up and verify the signer, then the extensions' validate and prepare, dispatch and post-dispatch.
/// Shared by block execution and pool validation.
/// </summary>
internal sealed class ExtrinsicPipeline(SubtensorRuntime runtime)
{
    /// <summary>ChargeTransactionPaymentWrapper's extra weight: 3 DB reads. The other extensions' weights are taken as zero.</summary>
    public static readonly Weight SignedExtensionWeight = BlockLimits.ReadsWrites(3, 0);

    /// <summary>
    /// Decodes and checks the signature: unknown version, undecodable call or trailing bytes → <paramref name="decodeError"/>;
    /// a non-Id address → Unknown(CannotLookup); an era whose birth block hash is unknown → AncientBirthBlock; a signature that
    /// does not verify over <c>call ++ extra ++ implicit</c> (wrong spec/tx version, genesis, expired era, tampering) → BadProof.
    /// </summary>
    public CheckedExtrinsic? Check(DispatchContext context, byte[] encoded, out TransactionValidityError? error, out string? decodeError) =>
        Check(context, encoded, preverified: null, out error, out decodeError);

    /// <summary>
    /// <see cref="Check(DispatchContext, byte[], out TransactionValidityError?, out string?)"/> reusing the decoding and signature
    /// verdict of <see cref="Preverify"/> for these same bytes. The verdict counts only if the signing payload computed now, from
    /// the state at this point of the block, equals the one it was computed over; otherwise the signature is verified again.
    /// </summary>
    public CheckedExtrinsic? Check(DispatchContext context, byte[] encoded, PreverifiedSignature? preverified, out TransactionValidityError? error, out string? decodeError)
    {
        error = null;
        // A verdict counts only for the very array it was computed on.
        if (preverified is not null && !ReferenceEquals(preverified.Encoded, encoded))
        {
            preverified = null;
        }

        UncheckedExtrinsic? extrinsic;
        if (preverified is not null)
        {
            extrinsic = preverified.Extrinsic;
            decodeError = null;
        }
        else if (!UncheckedExtrinsic.TryDecode(encoded, runtime.Extensions, out extrinsic, out decodeError))
        {
            return null;
        }

        if (!runtime.Definition.TryDecodeCall(extrinsic.Call.Span, out RuntimeCall? call, out decodeError))
        {
            return null;
        }

        DispatchInfo callInfo = call.GetDispatchInfo();
        if (extrinsic.Signature is not { } signature)
        {
            return new CheckedExtrinsic(encoded, extrinsic, call, null, callInfo);
        }

        if (!signature.Signer.TryGetAccountId(out AccountId32 signer))
        {
            error = TransactionValidityError.Unknown(UnknownTransaction.CannotLookup, $"signer address {signature.Signer.Kind} is not an account id");
            return null;
        }

        ulong current = context.BlockNumber;
        ulong birth = signature.Extra.Era.Birth(current);
        if (birth > current || birth > uint.MaxValue || !runtime.System.BlockHash.ContainsKey(context.Storage, (uint)birth))
        {
            error = TransactionValidityError.Invalid(InvalidTransaction.AncientBirthBlock, $"era birth block {birth} is not among the last {SystemPallet.BlockHashCount} blocks at block {current}");
            return null;
        }

        byte[] payload = SigningPayload(context, extrinsic, signature, (uint)birth);
        bool valid = preverified is not null && preverified.Payload.AsSpan().SequenceEqual(payload)
            ? preverified.Valid
            : signature.Signature.Verify(payload, signer);
        if (!valid)
        {
            error = TransactionValidityError.Invalid(InvalidTransaction.BadProof);
            return null;
        }

        return new CheckedExtrinsic(encoded, extrinsic, call, signer, callInfo with { ExtensionWeight = SignedExtensionWeight });
    }

    /// <summary>
    /// Decodes <paramref name="extrinsics"/> and verifies their signatures over the signing payloads the state of
    /// <paramref name="context"/> gives now, in parallel (signature verification is a pure function of public key, message
    /// and signature, so the verdicts do not depend on the order or the thread). Extrinsics that are unsigned, undecodable
    /// or whose era or signer cannot be resolved yet are left out; <see cref="Check(DispatchContext, byte[], PreverifiedSignature?, out TransactionValidityError?, out string?)"/>
    /// handles them in full. Sequential import in Substrate verifies one by one inside execute_block; this only moves
    /// the verifications ahead, the block's execution and results are unchanged.
    /// </summary>
    public Dictionary<byte[], PreverifiedSignature> Preverify(DispatchContext context, IReadOnlyList<byte[]> extrinsics)
    {
        ArgumentNullException.ThrowIfNull(extrinsics);
        var pending = new List<PreverifiedSignature>(extrinsics.Count);
        var signers = new List<(MultiSignature Signature, AccountId32 Signer)>(extrinsics.Count);
        ulong current = context.BlockNumber;
        foreach (byte[] encoded in extrinsics)
        {
            if (!UncheckedExtrinsic.TryDecode(encoded, runtime.Extensions, out UncheckedExtrinsic? extrinsic, out _)
                || extrinsic.Signature is not { } signature
                || !signature.Signer.TryGetAccountId(out AccountId32 signer))
            {
                continue;
            }

            ulong birth = signature.Extra.Era.Birth(current);
            if (birth > current || birth > uint.MaxValue || !runtime.System.BlockHash.ContainsKey(context.Storage, (uint)birth))
            {
                continue;
            }

            pending.Add(new PreverifiedSignature(encoded, extrinsic, SigningPayload(context, extrinsic, signature, (uint)birth)));
            signers.Add((signature.Signature, signer));
        }

        Parallel.For(0, pending.Count, i => pending[i].Valid = signers[i].Signature.Verify(pending[i].Payload, signers[i].Signer));
        var result = new Dictionary<byte[], PreverifiedSignature>(pending.Count, ReferenceEqualityComparer.Instance);
        foreach (PreverifiedSignature entry in pending)
        {
            result.TryAdd(entry.Encoded, entry);
        }

        return result;
    }

    /// <summary>
    /// The extensions' <c>validate</c>, in TxExtension order: CheckNonZeroSender, CheckMortality (longevity), CheckNonce
    /// (Payment for a signer with no providers, Stale), CheckWeight, ChargeTransactionPayment (can pay), SudoTransactionExtension,
    /// then the pallets' <see cref="ITransactionValidator"/>s.
    /// </summary>
    public ValidTransaction? ValidateSigned(DispatchContext context, CheckedExtrinsic xt, out TransactionValidityError? error)
    {
        AccountId32 who = xt.Signer!.Value;
        TransactionExtra extra = xt.Extra;
        if (IsZero(who))
        {
            error = TransactionValidityError.Invalid(InvalidTransaction.BadSigner, "the signer is the zero account");
            return null;
        }

        ulong current = context.BlockNumber;
        ulong longevity = extra.Era.IsImmortal ? ulong.MaxValue : extra.Era.Death(current) - current;

        Core.Chain.AccountInfo account = runtime.System.GetAccount(context.Storage, who);
        if (xt.Info.PaysFee == Pays.Yes && account.Providers == 0 && account.Sufficients == 0)
        {
            error = TransactionValidityError.Invalid(InvalidTransaction.Payment, "the signing account does not exist");
            return null;
        }

        if (extra.Nonce < account.Nonce)
        {
            error = TransactionValidityError.Invalid(InvalidTransaction.Stale, $"nonce {extra.Nonce} is below the account nonce {account.Nonce}");
            return null;
        }

        if (CheckExtrinsicWeightAndLength(context, xt) is { } weightError)
        {
            error = weightError;
            return null;
        }

        FeeDetails fee = runtime.TransactionPayment.ComputeFeeDetails(context, xt.Length, xt.Info, extra.Tip);
        if (!runtime.TransactionPayment.CanWithdrawFee(context, who, fee.FinalFee))
        {
            error = TransactionValidityError.Invalid(InvalidTransaction.Payment, $"cannot pay a fee of {fee.FinalFee} rao");
            return null;
        }

        if (xt.Call.Call.Pallet is SudoPallet sudo && (!sudo.Key.TryGet(context.Storage, out AccountId32 key) || key != who))
        {
            error = TransactionValidityError.Invalid(InvalidTransaction.BadSigner, "only the sudo key may submit Sudo calls");
            return null;
        }

        foreach (Pallet pallet in runtime.Definition.Pallets)
        {
            if (pallet is ITransactionValidator validator && validator.Validate(context, who, xt.Call, xt.Info, xt.Length) is { } custom)
            {
                error = custom;
                return null;
            }
        }

        error = null;
        byte[] provides = Tag(who, extra.Nonce);
        IReadOnlyList<byte[]> requires = extra.Nonce > account.Nonce ? [Tag(who, extra.Nonce - 1)] : [];
        ulong priority = xt.Info.Class == DispatchClass.Operational ? 10_000_000_000UL : 1UL;
        return new ValidTransaction(priority, requires, [provides], longevity, Propagate: true);
    }

    /// <summary>
    /// The extensions' <c>prepare</c>: CheckNonce (Future if ahead, else bump the nonce), CheckWeight (block limits), then
    /// ChargeTransactionPayment withdraws the fee (Payment if it cannot).
    /// </summary>
    public TransactionValidityError? PrepareSigned(DispatchContext context, CheckedExtrinsic xt, out FeeDetails fee, out ulong withdrawn)
    {
        AccountId32 who = xt.Signer!.Value;
        TransactionExtra extra = xt.Extra;
        fee = default;
        withdrawn = 0;
        Core.Chain.AccountInfo account = runtime.System.GetAccount(context.Storage, who);
        if (extra.Nonce > account.Nonce)
        {
            return TransactionValidityError.Invalid(InvalidTransaction.Future, $"nonce {extra.Nonce} is ahead of the account nonce {account.Nonce}");
        }

        runtime.System.Account.Insert(context.Storage, who, account with { Nonce = account.Nonce + 1 });
        if (NoteBlockWeightAndLength(context, xt) is { } weightError)
        {
            return weightError;
        }

        fee = runtime.TransactionPayment.ComputeFeeDetails(context, xt.Length, xt.Info, extra.Tip);
        if (!runtime.TransactionPayment.WithdrawFee(context, who, fee.FinalFee, out withdrawn))
        {
            return TransactionValidityError.Invalid(InvalidTransaction.Payment, $"cannot pay a fee of {fee.FinalFee} rao");
        }

        return null;
    }

    /// <summary>ChargeTransactionPayment post_dispatch: the fee for the actual weight and pays-fee, refund, author payout, TransactionFeePaid.</summary>
    public void PostDispatchSigned(DispatchContext context, CheckedExtrinsic xt, in DispatchResult result, ulong withdrawn)
    {
        AccountId32 who = xt.Signer!.Value;
        ulong tip = xt.Extra.Tip;
        FeeDetails actual = runtime.TransactionPayment.ComputeFeeDetails(context, xt.Length, result.ActualWeightFor(xt.Info), result.PaysFeeFor(xt.Info), tip);
        runtime.TransactionPayment.CorrectAndDepositFee(context, who, actual.FinalFee, tip, withdrawn);
        RefundUnusedWeight(context, xt, result);
    }

    /// <summary>CheckWeight's validate part: the extrinsic's own weight (proof size plus length) and the block length limit.</summary>
    public TransactionValidityError? CheckExtrinsicWeightAndLength(DispatchContext context, CheckedExtrinsic xt)
    {
        Weight total = xt.Info.TotalWeight.SaturatingAdd(new Weight(0, xt.Length));
        if (BlockLimits.MaxExtrinsic(xt.Info.Class) is { } max && total.AnyGreaterThan(max))
        {
            return TransactionValidityError.Invalid(InvalidTransaction.ExhaustsResources, "the extrinsic exceeds its class's max_extrinsic weight");
        }

        uint length = runtime.System.AllExtrinsicsLen.Get(context.Storage);
        if ((ulong)length + xt.Length > BlockLimits.MaxLength(xt.Info.Class))
        {
            return TransactionValidityError.Invalid(InvalidTransaction.ExhaustsResources, "the block length limit would be exceeded");
        }

        return null;
    }

    /// <summary>CheckWeight's prepare part (check_weight.rs calculate_consumed_weight): accrue length and weight, checking class and block totals.</summary>
    public TransactionValidityError? NoteBlockWeightAndLength(DispatchContext context, CheckedExtrinsic xt)
    {
        if (CheckExtrinsicWeightAndLength(context, xt) is { } error)
        {
            return error;
        }

        runtime.System.AllExtrinsicsLen.Put(context.Storage, runtime.System.AllExtrinsicsLen.Get(context.Storage) + xt.Length);
        DispatchClass dispatchClass = xt.Info.Class;
        Weight extrinsicWeight = xt.Info.TotalWeight.SaturatingAdd(BlockLimits.BaseExtrinsic).SaturatingAdd(new Weight(0, xt.Length));
        Weight[] consumed = (Weight[])runtime.System.BlockWeight.Get(context.Storage).Clone();
        Weight perClass = consumed[(int)dispatchClass].SaturatingAdd(extrinsicWeight);
        consumed[(int)dispatchClass] = perClass;
        if (BlockLimits.MaxTotal(dispatchClass) is { } maxTotal && perClass.AnyGreaterThan(maxTotal))
        {
            return TransactionValidityError.Invalid(InvalidTransaction.ExhaustsResources, "the class's block weight limit would be exceeded");
        }

        Weight all = consumed[0].SaturatingAdd(consumed[1]).SaturatingAdd(consumed[2]);
        if (all.AnyGreaterThan(BlockLimits.MaxBlock) && BlockLimits.Reserved(dispatchClass) is { } reserved && perClass.AnyGreaterThan(reserved))
        {
            return TransactionValidityError.Invalid(InvalidTransaction.ExhaustsResources, "the block weight limit would be exceeded");
        }

        runtime.System.BlockWeight.Put(context.Storage, consumed);
        return null;
    }

    /// <summary>CheckWeight post_dispatch: gives back weight the dispatch reported as unused.</summary>
    private void RefundUnusedWeight(DispatchContext context, CheckedExtrinsic xt, in DispatchResult result)
    {
        Weight unspent = xt.Info.TotalWeight.SaturatingSub(result.ActualWeightFor(xt.Info));
        if (unspent == Weight.Zero)
        {
            return;
        }

        Weight[] consumed = (Weight[])runtime.System.BlockWeight.Get(context.Storage).Clone();
        consumed[(int)xt.Info.Class] = consumed[(int)xt.Info.Class].SaturatingSub(unspent);
        runtime.System.BlockWeight.Put(context.Storage, consumed);
    }

    /// <summary>What the signer signed: <c>call ++ extra ++ implicit</c> (hashed when longer than 256 bytes) with the genesis and era birth hashes from state.</summary>
    private byte[] SigningPayload(DispatchContext context, UncheckedExtrinsic extrinsic, ExtrinsicSignature signature, uint birth)
    {
        var implicitData = new TransactionImplicit(
            runtime.Version.SpecVersion,
            runtime.Version.TransactionVersion,
            runtime.System.BlockHash.Get(context.Storage, 0),
            runtime.System.BlockHash.Get(context.Storage, birth),
            MetadataHash: null);
        return runtime.Extensions.SigningPayload(extrinsic.Call.Span, signature.Extra, implicitData);
    }

    private static bool IsZero(in AccountId32 who)
    {
        foreach (byte b in who.AsSpan())
        {
            if (b != 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The pool tag <c>(who, nonce).encode()</c>.</summary>
    private static byte[] Tag(in AccountId32 who, uint nonce) => [.. who.AsSpan(), .. BitConverter.GetBytes(nonce)];
}
