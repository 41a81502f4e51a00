using Bittensor.Core.Chain;
using Bittensor.Core.Primitives;
using Bittensor.Core.Storage;
using Bittensor.Runtime.Framework;
using Bittensor.Runtime.Framework.Storage;
using Bittensor.Runtime.Pallets;

namespace Bittensor.Runtime.Executive;

/// <summary>
/// One block's execution (frame_executive::Executive): <see cref="InitializeBlock"/>, any number of
/// <see cref="ApplyExtrinsic"/>, then <see cref="FinalizeBlock"/>, which returns the header with both roots. All writes stay
/// in an overlay over the parent state; after finalizing, <see cref="GetChanges"/> is the change set to commit atomically.
/// An extrinsic that is not included leaves no trace.
/// </summary>
public sealed class BlockExecutor
{
    private readonly SubtensorRuntime _runtime;
    private readonly DispatchContext _context;
    private readonly List<byte[]> _included = [];
    private Dictionary<byte[], PreverifiedSignature>? _preverified;
    private Header? _header;
    private bool _initialized;

    internal BlockExecutor(SubtensorRuntime runtime, IReadOnlyKeyValueStore parentState)
    {
        _runtime = runtime;
        _context = new DispatchContext(runtime.Definition, new StorageOverlay(parentState ?? throw new ArgumentNullException(nameof(parentState))));
    }

    /// <summary>The block's dispatch context (state overlay, events so far).</summary>
    public DispatchContext Context => _context;

    public uint Number => _context.BlockNumber;

    /// <summary>Events deposited so far in this block.</summary>
    public IReadOnlyList<EventRecord> Events => _context.Events;

    /// <summary>The full encodings of the extrinsics included so far, in order (the block body).</summary>
    public IReadOnlyList<byte[]> IncludedExtrinsics => _included;

    /// <summary>The header produced by <see cref="FinalizeBlock"/>, or null before.</summary>
    public Header? Header => _header;

    /// <summary>
    /// <c>initialize_block</c>: reset events; record a runtime upgrade; System.initialize; every pallet's <c>on_initialize</c>
    /// in index order (where SubtensorModule's block_step runs); base block weight; phase ApplyExtrinsic(0).
    /// </summary>
    public void InitializeBlock(Header header)
    {
        ArgumentNullException.ThrowIfNull(header);
        if (_initialized)
        {
            throw new InvalidOperationException("the block is already initialized");
        }

        if (header.Number == 0)
        {
            throw new ArgumentException("block 0 is the genesis block and is built by the genesis builder", nameof(header));
        }

        _initialized = true;
        SystemPallet system = _runtime.System;
        system.ResetEvents(_context);
        byte[] version = LastRuntimeUpgradeInfo(_runtime.Version);
        if (!system.LastRuntimeUpgrade.TryGet(_context.Storage, out byte[] stored) || !stored.AsSpan().SequenceEqual(version))
        {
            system.LastRuntimeUpgrade.Put(_context.Storage, version);
        }

        system.Initialize(_context, header.Number, header.ParentHash, header.Digest);
        Weight weight = Weight.Zero;
        foreach (Pallet pallet in _runtime.Definition.Pallets)
        {
            weight = weight.SaturatingAdd(pallet.OnInitialize(_context, header.Number));
        }

        system.RegisterExtraWeight(_context, weight.SaturatingAdd(BlockLimits.BaseBlock), DispatchClass.Mandatory);
        system.NoteFinishedInitialize(_context);
    }

    /// <summary>
    /// <c>apply_extrinsic</c>: decode and check the signature, validate and prepare the extensions (nonce bump, fee), dispatch in a
    /// transactional layer (a failing call rolls back only its own changes), pay the fee out and record
    /// ExtrinsicSuccess/ExtrinsicFailed. Unsigned extrinsics must be inherents, before any signed one; a failing inherent is
    /// BadMandatory. A result that is not included changes nothing.
    /// </summary>
    public ApplyExtrinsicResult ApplyExtrinsic(byte[] encoded)
    {
        ArgumentNullException.ThrowIfNull(encoded);
        EnsureOpen();
        _context.BeginTransaction();
        ApplyExtrinsicResult result;
        try
        {
            result = Apply(encoded);
        }
        catch
        {
            _context.RollbackTransaction();
            throw;
        }

        if (result.IsIncluded)
        {
            _context.CommitTransaction();
            _included.Add(encoded);
        }
        else
        {
            _context.RollbackTransaction();
        }

        return result;
    }

    /// <summary>
    /// Verifies the signatures of a known block body in parallel before its extrinsics are applied one by one (block import):
    /// <see cref="ApplyExtrinsic"/> then reuses each verdict for the same byte array when the signing payload is unchanged.
    /// </summary>
    internal void PreverifySignatures(IReadOnlyList<byte[]> extrinsics)
    {
        EnsureOpen();
        _preverified = _runtime.Pipeline.Preverify(_context, extrinsics);
    }

    /// <summary>
    /// <c>finalize_block</c>: ExtrinsicCount, every pallet's <c>on_finalize</c> (Timestamp requires its inherent), then
    /// System.finalize: events written, BlockHash pruned, extrinsics root (ordered trie, V0) and state root (V1).
    /// </summary>
    /// <exception cref="InvalidOperationException">A hook rejects the block (e.g. no Timestamp.set).</exception>
    public Header FinalizeBlock()
    {
        EnsureOpen();
        SystemPallet system = _runtime.System;
        system.NoteFinishedExtrinsics(_context);
        foreach (Pallet pallet in _runtime.Definition.Pallets)
        {
            pallet.OnFinalize(_context, _context.BlockNumber);
        }

        _header = system.FinalizeHeader(_context);
        return _header;
    }

    /// <summary>The block's state changes, sorted by key (null value = delete), to commit in one batch.</summary>
    public IReadOnlyList<KeyValuePair<byte[], byte[]?>> GetChanges() => _context.Overlay.GetChanges();

    /// <summary>The block's state changes as a batch for <see cref="IKeyValueStore.Write"/>.</summary>
    public WriteBatch ToWriteBatch() => _context.Overlay.ToWriteBatch();

    /// <summary>The encoded System.Events of the block (after finalizing) — what <c>state_getStorage(System.Events)</c> returns.</summary>
    public byte[] EncodedEvents() => EventRecord.EncodeAll(_context.Events);

    /// <summary>The current state root (before finalizing it does not include the block's final bookkeeping).</summary>
    public H256 StateRoot() => _context.Overlay.StateRoot(_runtime.Version.StateVersion);

    private ApplyExtrinsicResult Apply(byte[] encoded)
    {
        ExtrinsicPipeline pipeline = _runtime.Pipeline;
        SystemPallet system = _runtime.System;
        PreverifiedSignature? preverified = null;
        _preverified?.Remove(encoded, out preverified);
        CheckedExtrinsic? xt = pipeline.Check(_context, encoded, preverified, out TransactionValidityError? checkError, out string? decodeError);
        if (decodeError is not null)
        {
            return ApplyExtrinsicResult.Undecodable(decodeError);
        }

        if (xt is null)
        {
            return ApplyExtrinsicResult.Invalid(checkError!.Value);
        }

        bool isInherent = xt.Signer is null && xt.Call.Call.Pallet.IsInherent(xt.Call);
        if (xt.Signer is null && !isInherent)
        {
            return ApplyExtrinsicResult.Invalid(TransactionValidityError.Unknown(UnknownTransaction.NoUnsignedValidator, $"{xt.Call.Call} is not an inherent"));
        }

        if (isInherent && system.InherentsApplied.Get(_context.Storage))
        {
            return ApplyExtrinsicResult.Invalid(TransactionValidityError.Invalid(InvalidTransaction.BadMandatory, "inherents must come before the other extrinsics"));
        }

        if (!isInherent)
        {
            system.InherentsApplied.Put(_context.Storage, true);
        }

        system.NoteExtrinsic(_context, encoded);
        ulong withdrawn = 0;
        if (xt.Signer is not null)
        {
            if (pipeline.ValidateSigned(_context, xt, out TransactionValidityError? validateError) is null)
            {
                return ApplyExtrinsicResult.Invalid(validateError!.Value);
            }

            if (pipeline.PrepareSigned(_context, xt, out _, out withdrawn) is { } prepareError)
            {
                return ApplyExtrinsicResult.Invalid(prepareError);
            }
        }
        else if (pipeline.NoteBlockWeightAndLength(_context, xt) is { } weightError)
        {
            return ApplyExtrinsicResult.Invalid(weightError);
        }

        Origin origin = xt.Signer is { } signer ? Origin.Signed(signer) : Origin.None;
        DispatchResult result = _context.Dispatch(xt.Call, origin);
        if (xt.Signer is not null)
        {
            pipeline.PostDispatchSigned(_context, xt, result, withdrawn);
        }

        if (result.Error is { } mandatoryError && xt.Info.Class == DispatchClass.Mandatory)
        {
            return ApplyExtrinsicResult.Invalid(TransactionValidityError.Invalid(InvalidTransaction.BadMandatory, $"{xt.Call.Call} failed: {mandatoryError}"));
        }

        system.NoteAppliedExtrinsic(_context, result, xt.Info);
        return result.Error is { } error ? ApplyExtrinsicResult.Failed(error) : ApplyExtrinsicResult.Succeeded;
    }

    private void EnsureOpen()
    {
        if (!_initialized)
        {
            throw new InvalidOperationException("initialize the block first");
        }

        if (_header is not null)
        {
            throw new InvalidOperationException("the block is already finalized");
        }
    }

    /// <summary><c>LastRuntimeUpgradeInfo { spec_version: Compact&lt;u32&gt;, spec_name }</c>.</summary>
    internal static byte[] LastRuntimeUpgradeInfo(RuntimeVersion version)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(32);
        var writer = new Core.Scale.ScaleWriter(buffer);
        writer.WriteCompact(version.SpecVersion);
        writer.WriteString(version.SpecName);
        return buffer.WrittenSpan.ToArray();
    }
}
