using Bittensor.Core.Chain;
using Bittensor.Core.Chain.Extrinsics;
using Bittensor.Core.Primitives;
using Bittensor.Core.Storage;
using Bittensor.Runtime.Framework;
using Bittensor.Runtime.Framework.Storage;
using Bittensor.Runtime.Pallets;

namespace Bittensor.Runtime.Executive;

/// <summary>
/// The subtensor runtime: System (0), Timestamp (2), Aura (3), Balances (5), TransactionPayment (6) and Sudo (12), plus any
/// pallets the caller adds (SubtensorModule at 7, AdminUtils at 19, …), with spec 425's version and transaction extension
/// list. It starts block executions and answers the pool and RPC runtime calls (validate_transaction, query_info,
/// account_nonce). The object is immutable and stateless: all chain state lives in the stores passed in.
/// </summary>
public sealed class SubtensorRuntime
{
    private readonly ExtrinsicPipeline _pipeline;

    /// <summary>Composes the runtime; the core pallets are created here and handed to <paramref name="additionalPallets"/>.</summary>
    /// <param name="additionalPallets">Builds the extra pallets from the core ones (their hooks run in index order with the rest).</param>
    /// <param name="version">Defaults to <see cref="RuntimeVersion.Subtensor"/>.</param>
    /// <param name="extensions">Defaults to <see cref="TransactionExtensionSchema.Spec425"/>.</param>
    public SubtensorRuntime(Func<CorePallets, IEnumerable<Pallet>>? additionalPallets = null, RuntimeVersion? version = null, TransactionExtensionSchema? extensions = null)
    {
        Version = version ?? RuntimeVersion.Subtensor;
        Extensions = extensions ?? TransactionExtensionSchema.Spec425;
        var system = new SystemPallet(Version);
        var aura = new AuraPallet(system);
        var timestamp = new TimestampPallet(aura);
        var balances = new BalancesPallet(system);
        var payment = new TransactionPaymentPallet(balances, aura);
        var sudo = new SudoPallet();
        Core = new CorePallets(system, timestamp, aura, balances, payment, sudo);
        IEnumerable<Pallet> extra = additionalPallets?.Invoke(Core) ?? [];
        Definition = new RuntimeDefinition(Version, Extensions, [system, timestamp, aura, balances, payment, sudo, .. extra]);
        _pipeline = new ExtrinsicPipeline(this);
    }

    public RuntimeVersion Version { get; }

    public TransactionExtensionSchema Extensions { get; }

    public RuntimeDefinition Definition { get; }

    public CorePallets Core { get; }

    public SystemPallet System => Core.System;

    public TimestampPallet Timestamp => Core.Timestamp;

    public AuraPallet Aura => Core.Aura;

    public BalancesPallet Balances => Core.Balances;

    public TransactionPaymentPallet TransactionPayment => Core.TransactionPayment;

    public SudoPallet Sudo => Core.Sudo;

    internal ExtrinsicPipeline Pipeline => _pipeline;

    /// <summary>
    /// Starts a block on top of <paramref name="parentState"/> (a snapshot of the parent block's state):
    /// <c>Core_initialize_block</c> with the header's number, parent hash and digest (roots are ignored).
    /// </summary>
    public BlockExecutor BeginBlock(IReadOnlyKeyValueStore parentState, Header header)
    {
        var executor = new BlockExecutor(this, parentState);
        executor.InitializeBlock(header);
        return executor;
    }

    /// <summary>
    /// <c>execute_block</c> for import: re-executes a block's extrinsics on the parent state and checks that every extrinsic is
    /// included and that the state and extrinsics roots match <paramref name="header"/> (which must carry no seal).
    /// </summary>
    /// <exception cref="InvalidOperationException">An extrinsic is not includable or a root differs.</exception>
    public BlockExecutor ExecuteBlock(IReadOnlyKeyValueStore parentState, Header header, IReadOnlyList<byte[]> extrinsics)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(extrinsics);
        BlockExecutor executor = BeginBlock(parentState, header);
        executor.PreverifySignatures(extrinsics);
        for (int i = 0; i < extrinsics.Count; i++)
        {
            ApplyExtrinsicResult result = executor.ApplyExtrinsic(extrinsics[i]);
            if (!result.IsIncluded)
            {
                throw new InvalidOperationException($"block {header.Number}: extrinsic {i} is not includable: {result}");
            }
        }

        Header produced = executor.FinalizeBlock();
        if (produced.StateRoot != header.StateRoot)
        {
            throw new InvalidOperationException($"block {header.Number}: state root {produced.StateRoot} differs from the header's {header.StateRoot}");
        }

        if (produced.ExtrinsicsRoot != header.ExtrinsicsRoot)
        {
            throw new InvalidOperationException($"block {header.Number}: extrinsics root {produced.ExtrinsicsRoot} differs from the header's {header.ExtrinsicsRoot}");
        }

        return executor;
    }

    /// <summary>
    /// <c>validate_transaction</c> as the pool calls it: against the best block's state, as if in the next block
    /// (Number = best + 1, BlockHash[best] = <paramref name="bestBlockHash"/>), nothing is kept. Mandatory (inherent) calls are
    /// MandatoryValidation; other unsigned calls have no unsigned validator. A future nonce is valid, with a <c>requires</c> tag.
    /// </summary>
    public TransactionValidity ValidateTransaction(IReadOnlyKeyValueStore bestState, byte[] encoded, in H256 bestBlockHash)
    {
        ArgumentNullException.ThrowIfNull(encoded);
        DispatchContext context = NewValidationContext(bestState, bestBlockHash);
        CheckedExtrinsic? xt = _pipeline.Check(context, encoded, out TransactionValidityError? error, out string? decodeError);
        if (decodeError is not null)
        {
            return TransactionValidity.Undecodable(decodeError);
        }

        if (xt is null)
        {
            return TransactionValidity.Invalid(error!.Value);
        }

        if (xt.Info.Class == DispatchClass.Mandatory)
        {
            return TransactionValidity.Invalid(TransactionValidityError.Invalid(InvalidTransaction.MandatoryValidation));
        }

        if (xt.Signer is null)
        {
            return TransactionValidity.Invalid(TransactionValidityError.Unknown(UnknownTransaction.NoUnsignedValidator));
        }

        ValidTransaction? valid = _pipeline.ValidateSigned(context, xt, out error);
        return valid is not null ? TransactionValidity.Ok(valid) : TransactionValidity.Invalid(error!.Value);
    }

    /// <summary>
    /// <c>TransactionPaymentApi_query_info</c>: total weight, class and the fee without tip (0 for unsigned), without checking the signature.
    /// </summary>
    /// <exception cref="FormatException">Undecodable extrinsic or call.</exception>
    public RuntimeDispatchInfo QueryInfo(IReadOnlyKeyValueStore state, byte[] encoded)
    {
        (DispatchContext context, UncheckedExtrinsic extrinsic, DispatchInfo info) = DecodeForQuery(state, encoded);
        ulong fee = extrinsic.IsSigned ? TransactionPayment.ComputeFeeDetails(context, (uint)encoded.Length, info, 0).FinalFee : 0;
        return new RuntimeDispatchInfo(info.TotalWeight, info.Class, fee);
    }

    /// <summary><c>TransactionPaymentApi_query_fee_details</c> (tip 0; no inclusion fee for unsigned extrinsics).</summary>
    /// <exception cref="FormatException">Undecodable extrinsic or call.</exception>
    public FeeDetails QueryFeeDetails(IReadOnlyKeyValueStore state, byte[] encoded)
    {
        (DispatchContext context, UncheckedExtrinsic extrinsic, DispatchInfo info) = DecodeForQuery(state, encoded);
        return extrinsic.IsSigned ? TransactionPayment.ComputeFeeDetails(context, (uint)encoded.Length, info, extrinsic.Signature!.Extra.Tip) : new FeeDetails(false, 0, 0, 0, 0);
    }

    /// <summary><c>AccountNonceApi_account_nonce</c>.</summary>
    public uint AccountNonce(IReadOnlyKeyValueStore state, in AccountId32 account)
    {
        var overlay = new StorageOverlay(state);
        return System.Account.Get(overlay, account).Nonce;
    }

    /// <summary>A dispatch context over <paramref name="state"/> that writes nowhere (its overlay is discarded).</summary>
    public DispatchContext CreateContext(IReadOnlyKeyValueStore state)
    {
        var context = new DispatchContext(Definition, new StorageOverlay(state));
        context.BlockNumber = System.Number.Get(context.Storage);
        return context;
    }

    private DispatchContext NewValidationContext(IReadOnlyKeyValueStore bestState, in H256 bestBlockHash)
    {
        DispatchContext context = CreateContext(bestState);
        uint best = System.Number.Get(context.Storage);
        System.Initialize(context, best + 1, bestBlockHash, Digest.Empty);
        return context;
    }

    private (DispatchContext Context, UncheckedExtrinsic Extrinsic, DispatchInfo Info) DecodeForQuery(IReadOnlyKeyValueStore state, byte[] encoded)
    {
        ArgumentNullException.ThrowIfNull(encoded);
        UncheckedExtrinsic extrinsic = UncheckedExtrinsic.Decode(encoded, Extensions);
        RuntimeCall call = Definition.DecodeCall(extrinsic.Call.Span);
        DispatchInfo info = call.GetDispatchInfo();
        if (extrinsic.IsSigned)
        {
            info = info with { ExtensionWeight = ExtrinsicPipeline.SignedExtensionWeight };
        }

        return (CreateContext(state), extrinsic, info);
    }
}
