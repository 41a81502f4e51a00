using Bittensor.Core.Chain;
using Bittensor.Core.Hashing;
using Bittensor.Core.Primitives;
using Bittensor.Core.Storage.Trie;
using Bittensor.Runtime.Framework;

namespace Bittensor.Runtime.Pallets;

/// <summary>Block bookkeeping (frame_system lib.rs initialize, note_extrinsic, note_applied_extrinsic, note_finished_extrinsics, finalize).</summary>
public sealed partial class SystemPallet
{
    /// <summary>
    /// <c>initialize</c>: phase Initialization, <c>:extrinsic_index</c> = 0, intrablock entropy, Number, Digest, ParentHash,
    /// BlockHash[number − 1] = parent hash, BlockWeight cleared. (Events are reset by the executive before this.)
    /// </summary>
    public void Initialize(DispatchContext context, uint number, in H256 parentHash, Digest digest)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(digest);
        ExecutionPhase.Put(context.Storage, Phase.Initialization);
        context.Phase = Phase.Initialization;
        context.Storage.Set(ExtrinsicIndexKey, [0, 0, 0, 0]);
        // (b"frame_system::initialize", parent_hash).using_encoded(blake2_256): a byte array literal encodes without a length prefix.
        byte[] entropySeed = [.. "frame_system::initialize"u8, .. parentHash.AsSpan()];
        context.Storage.Set(IntrablockEntropyKey, Blake2b.Hash256(entropySeed));
        Number.Put(context.Storage, number);
        Digest.Put(context.Storage, digest);
        ParentHash.Put(context.Storage, parentHash);
        BlockHash.Insert(context.Storage, number - 1, parentHash);
        BlockWeight.Kill(context.Storage);
        context.BlockNumber = number;
    }

    /// <summary><c>reset_events</c>: clears Events, EventCount and EventTopics.</summary>
    public void ResetEvents(DispatchContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.ClearEvents();
        EventsValue.Kill(context.Storage);
        EventCount.Kill(context.Storage);
        EventTopics.Clear(context.Storage);
    }

    /// <summary><c>note_finished_initialize</c>: phase ApplyExtrinsic(0).</summary>
    public void NoteFinishedInitialize(DispatchContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        ExecutionPhase.Put(context.Storage, Phase.ApplyExtrinsic(0));
        context.Phase = Phase.ApplyExtrinsic(0);
    }

    /// <summary>The index of the extrinsic being applied (<c>:extrinsic_index</c>).</summary>
    public static uint ExtrinsicIndex(DispatchContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        byte[]? raw = context.Storage.Get(ExtrinsicIndexKey);
        return raw is { Length: 4 } ? BitConverter.ToUInt32(raw) : 0;
    }

    /// <summary><c>note_extrinsic</c>: ExtrinsicData[index] = the full encoding.</summary>
    public void NoteExtrinsic(DispatchContext context, byte[] encoded)
    {
        ArgumentNullException.ThrowIfNull(context);
        ExtrinsicData.Insert(context.Storage, ExtrinsicIndex(context), encoded);
    }

    /// <summary>
    /// <c>note_applied_extrinsic</c>: ExtrinsicSuccess or ExtrinsicFailed with the actual weight plus the class's base
    /// extrinsic weight, then the next extrinsic index and phase.
    /// </summary>
    public void NoteAppliedExtrinsic(DispatchContext context, in DispatchResult result, in DispatchInfo info)
    {
        ArgumentNullException.ThrowIfNull(context);
        Weight weight = result.ActualWeightFor(info).SaturatingAdd(BlockLimits.BaseExtrinsic);
        var eventInfo = new DispatchEventInfo(weight, info.Class, result.PaysFeeFor(info));
        context.DepositEvent(result.Error is { } error ? ExtrinsicFailed.Create(error, eventInfo) : ExtrinsicSuccess.Create(eventInfo));
        uint next = ExtrinsicIndex(context) + 1;
        context.Storage.Set(ExtrinsicIndexKey, BitConverter.GetBytes(next));
        ExecutionPhase.Put(context.Storage, Phase.ApplyExtrinsic(next));
        context.Phase = Phase.ApplyExtrinsic(next);
        ExtrinsicWeightReclaimed.Kill(context.Storage);
    }

    /// <summary><c>note_finished_extrinsics</c>: ExtrinsicCount = the index reached, <c>:extrinsic_index</c> taken, phase Finalization.</summary>
    public void NoteFinishedExtrinsics(DispatchContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        uint count = ExtrinsicIndex(context);
        context.Storage.Remove(ExtrinsicIndexKey);
        ExtrinsicCount.Put(context.Storage, count);
        ExecutionPhase.Put(context.Storage, Phase.Finalization);
        context.Phase = Phase.Finalization;
    }

    /// <summary>
    /// <c>finalize</c>: writes the block's events, clears per-block items, builds the extrinsics root from ExtrinsicData
    /// (ordered trie, V0 for system_version 1), prunes BlockHash[number − 2401] (keeping genesis) and computes the state root.
    /// </summary>
    public Header FinalizeHeader(DispatchContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        EventsValue.Put(context.Storage, EventRecord.EncodeAll(context.Events));
        EventCount.Put(context.Storage, (uint)context.Events.Count);

        ExecutionPhase.Kill(context.Storage);
        AllExtrinsicsLen.Kill(context.Storage);
        context.Storage.Remove(IntrablockEntropyKey);
        InherentsApplied.Kill(context.Storage);

        uint number = Number.Get(context.Storage);
        H256 parentHash = ParentHash.Get(context.Storage);
        Digest digest = Digest.Get(context.Storage);
        uint count = ExtrinsicCount.Take(context.Storage);
        var extrinsics = new List<byte[]>((int)count);
        for (uint i = 0; i < count; i++)
        {
            extrinsics.Add(ExtrinsicData.Take(context.Storage, i));
        }

        H256 extrinsicsRoot = TrieRoot.Ordered(extrinsics, Version.ExtrinsicsRootVersion);
        uint toRemove = number > BlockHashCount + 1 ? number - BlockHashCount - 1 : 0;
        if (toRemove != 0)
        {
            BlockHash.Remove(context.Storage, toRemove);
        }

        H256 stateRoot = context.Overlay.StateRoot(Version.StateVersion);
        return new Header(parentHash, number, stateRoot, extrinsicsRoot, digest);
    }

    /// <summary>Adds weight to a class's block total without limit checks (<c>register_extra_weight_unchecked</c>).</summary>
    public void RegisterExtraWeight(DispatchContext context, Weight weight, DispatchClass dispatchClass)
    {
        ArgumentNullException.ThrowIfNull(context);
        Weight[] consumed = (Weight[])BlockWeight.Get(context.Storage).Clone();
        consumed[(int)dispatchClass] = consumed[(int)dispatchClass].SaturatingAdd(weight);
        BlockWeight.Put(context.Storage, consumed);
    }

    /// <summary>Mandatory dispatches and the block's own weights are accounted but never limited.</summary>
    public Weight TotalBlockWeight(DispatchContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        Weight[] consumed = BlockWeight.Get(context.Storage);
        return consumed[0].SaturatingAdd(consumed[1]).SaturatingAdd(consumed[2]);
    }
}
