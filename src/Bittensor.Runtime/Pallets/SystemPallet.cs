using Bittensor.Core.Chain;
using Bittensor.Core.Hashing;
using Bittensor.Core.Primitives;
using Bittensor.Runtime.Framework;
using Bittensor.Runtime.Framework.Storage;
using Bittensor.Runtime.Framework.Types;

namespace Bittensor.Runtime.Pallets;

/// <summary>
/// frame_system (index 0): accounts and their reference counts, block number, parent and block hashes, events and the
/// per-block bookkeeping the executive drives. Storage, events and errors follow finney's metadata in name, order and
/// type; only the calls <c>remark</c> (0) and <c>remark_with_event</c> (7) are implemented (set_code and friends are out of scope).
/// </summary>
public sealed partial class SystemPallet : Pallet
{
    public const byte PalletIndex = 0;

    /// <summary>BlockHashCount: block hashes kept for mortal eras.</summary>
    public const uint BlockHashCount = 2400;

    /// <summary>MaxConsumers (subtensor: ConstU32&lt;16&gt;).</summary>
    public const uint MaxConsumers = 16;

    public const ushort Ss58Prefix = 42;

    /// <summary>The well-known key <c>:extrinsic_index</c>.</summary>
    public static readonly byte[] ExtrinsicIndexKey = ":extrinsic_index"u8.ToArray();

    /// <summary>The well-known key <c>:intrablock_entropy</c>.</summary>
    public static readonly byte[] IntrablockEntropyKey = ":intrablock_entropy"u8.ToArray();

    /// <summary>The default AccountData (new-logic flag set), which marks an account with no balance data.</summary>
    public static readonly AccountData DefaultAccountData = new(Balance.Zero, Balance.Zero, Balance.Zero, AccountData.NewLogicFlag);

    public SystemPallet(RuntimeVersion version)
        : base("System", PalletIndex)
    {
        ArgumentNullException.ThrowIfNull(version);
        Version = version;
        var perClassWeight = SystemTypes.PerDispatchClass(KnownTypes.Weight, "Weight");
        Account = DefineMap("Account", StorageHasher.Blake2_128Concat, Codecs.AccountId32, Codecs.AccountInfo, StorageModifier.Default, new AccountInfo(0, 0, 0, 0, DefaultAccountData), " The full account information for a particular account ID.");
        ExtrinsicCount = DefineValue("ExtrinsicCount", Codecs.U32, StorageModifier.Optional, 0u, " Total extrinsics count for the current block.");
        InherentsApplied = DefineValue("InherentsApplied", Codecs.Bool, StorageModifier.Default, false, " Whether all inherents have been applied.");
        BlockWeight = DefineValue("BlockWeight", new ValueCodec<Weight[]>(perClassWeight, EncodePerClass, DecodePerClass), StorageModifier.Default, [Weight.Zero, Weight.Zero, Weight.Zero], " The current weight for the block.");
        AllExtrinsicsLen = DefineValue("AllExtrinsicsLen", Codecs.U32, StorageModifier.Optional, 0u, " Total length (in bytes) for all extrinsics put together, for the current block.");
        BlockHash = DefineMap("BlockHash", StorageHasher.Twox64Concat, Codecs.U32, Codecs.H256, StorageModifier.Default, H256.Zero, " Map of block numbers to block hashes.");
        ExtrinsicData = DefineMap("ExtrinsicData", StorageHasher.Twox64Concat, Codecs.U32, Codecs.Bytes, StorageModifier.Default, [], " Extrinsics data for the current block (maps an extrinsic's index to its data).");
        Number = DefineValue("Number", Codecs.U32, StorageModifier.Default, 0u, " The current block number being processed. Set by `execute_block`.");
        ParentHash = DefineValue("ParentHash", Codecs.H256, StorageModifier.Default, H256.Zero, " Hash of the previous block.");
        Digest = DefineValue("Digest", Codecs.Digest, StorageModifier.Default, Core.Chain.Digest.Empty, " Digest of the current block, also part of the block header.");
        EventsValue = DefineValue("Events", RawValueCodec.For(TypeRef.Vec(KnownTypes.EventRecord)), StorageModifier.Default, [0], " Events deposited for the current block.");
        EventCount = DefineValue("EventCount", Codecs.U32, StorageModifier.Default, 0u, " The number of events in the `Events<T>` list.");
        EventTopics = DefineMap("EventTopics", StorageHasher.Blake2_128Concat, Codecs.H256, RawValueCodec.For(TypeRef.Vec(TypeRef.Tuple(TypeRef.U32, TypeRef.U32))), StorageModifier.Default, [0], " Mapping between a topic (represented by T::Hash) and a vector of indexes of events in the `<Events<T>>` list.");
        LastRuntimeUpgrade = DefineValue("LastRuntimeUpgrade", RawValueCodec.For(SystemTypes.LastRuntimeUpgradeInfo), StorageModifier.Optional, [], " Stores the `spec_version` and `spec_name` of when the last runtime upgrade happened.");
        UpgradedToU32RefCount = DefineValue("UpgradedToU32RefCount", Codecs.Bool, StorageModifier.Default, false, " True if we have upgraded so that `type RefCount` is `u32`. False (default) if not.");
        UpgradedToTripleRefCount = DefineValue("UpgradedToTripleRefCount", Codecs.Bool, StorageModifier.Default, false, " True if we have upgraded so that AccountInfo contains three types of `RefCount`. False (default) if not.");
        ExecutionPhase = DefineValue("ExecutionPhase", Codecs.Phase, StorageModifier.Optional, Phase.Initialization, " The execution phase of the block.");
        ExtrinsicWeightReclaimed = DefineValue("ExtrinsicWeightReclaimed", Codecs.Weight, StorageModifier.Default, Weight.Zero, " The weight reclaimed for the extrinsic.");

        Remark = DefineCall(0, "remark", [P("remark", TypeRef.Bytes, "Vec<u8>")], DoRemark, args => new DispatchInfo(new Weight(1_724_000 + (387UL * (ulong)args.Bytes(0).Length), 0), Weight.Zero, DispatchClass.Normal, Pays.Yes), " Make some on-chain remark.", "", " Can be executed by every `origin`.");
        RemarkWithEvent = DefineCall(7, "remark_with_event", [P("remark", TypeRef.Bytes, "Vec<u8>")], DoRemarkWithEvent, args => new DispatchInfo(new Weight(4_970_000 + (1_723UL * (ulong)args.Bytes(0).Length), 0), Weight.Zero, DispatchClass.Normal, Pays.Yes), " Make some on-chain remark and emit event.");

        ExtrinsicSuccess = DefineEvent(0, "ExtrinsicSuccess", [P("dispatch_info", KnownTypes.DispatchEventInfo, "DispatchEventInfo")], " An extrinsic completed successfully.");
        ExtrinsicFailed = DefineEvent(1, "ExtrinsicFailed", [P("dispatch_error", KnownTypes.DispatchError, "DispatchError"), P("dispatch_info", KnownTypes.DispatchEventInfo, "DispatchEventInfo")], " An extrinsic failed.");
        CodeUpdated = DefineEvent(2, "CodeUpdated", [], " `:code` was updated.");
        NewAccount = DefineEvent(3, "NewAccount", [P("account", KnownTypes.AccountId32, "T::AccountId")], " A new account was created.");
        KilledAccount = DefineEvent(4, "KilledAccount", [P("account", KnownTypes.AccountId32, "T::AccountId")], " An account was reaped.");
        Remarked = DefineEvent(5, "Remarked", [P("sender", KnownTypes.AccountId32, "T::AccountId"), P("hash", KnownTypes.H256, "T::Hash")], " On on-chain remark happened.");
        DefineEvent(6, "UpgradeAuthorized", [P("code_hash", KnownTypes.H256, "T::Hash"), P("check_version", TypeRef.Bool, "bool")], " An upgrade was authorized.");
        DefineEvent(7, "RejectedInvalidAuthorizedUpgrade", [P("code_hash", KnownTypes.H256, "T::Hash"), P("error", KnownTypes.DispatchError, "DispatchError")], " An invalid authorized upgrade was rejected while trying to apply it.");

        DefineError(0, "InvalidSpecName", " The name of specification does not match between the current runtime", " and the new runtime.");
        DefineError(1, "SpecVersionNeedsToIncrease", " The specification version is not allowed to decrease between the current runtime", " and the new runtime.");
        DefineError(2, "FailedToExtractRuntimeVersion", " Failed to extract the runtime version from the new runtime.", string.Empty, " Either calling `Core_version` or decoding `RuntimeVersion` failed.");
        DefineError(3, "NonDefaultComposite", " Suicide called when the account has non-default composite data.");
        DefineError(4, "NonZeroRefCount", " There is a non-zero reference count preventing the account from being purged.");
        DefineError(5, "CallFiltered", " The origin filter prevent the call to be dispatched.");
        DefineError(6, "MultiBlockMigrationsOngoing", " A multi-block migration is ongoing and prevents the current code from being replaced.");
        DefineError(7, "NothingAuthorized", " No upgrade authorized.");
        DefineError(8, "Unauthorized", " The submitted code is not authorized.");

        DefineConstant("BlockWeights", RawValueCodec.For(SystemTypes.BlockWeights), BlockLimits.EncodedBlockWeights, " Block & extrinsics weights: base values and limits.");
        DefineConstant("BlockLength", RawValueCodec.For(SystemTypes.BlockLength), Hex.Decode("0x000078000000a0000000a000"), " The maximum length of a block (in bytes).");
        DefineConstant("BlockHashCount", Codecs.U32, BlockHashCount, " Maximum number of block number to block hash mappings to keep (oldest pruned first).");
        DefineConstant("DbWeight", RawValueCodec.For(SystemTypes.RuntimeDbWeight), [.. BitConverter.GetBytes(BlockLimits.DbRead), .. BitConverter.GetBytes(BlockLimits.DbWrite)], " The weight of runtime database operations the runtime can invoke.");
        DefineConstant("Version", RawValueCodec.For(SystemTypes.RuntimeVersion), version.Encode(), " Get the chain's in-code version.");
        DefineConstant("SS58Prefix", Codecs.U16, Ss58Prefix, " The designated SS58 prefix of this chain.");
    }

    public RuntimeVersion Version { get; }

    public StorageMap<AccountId32, AccountInfo> Account { get; }

    public StorageValue<uint> ExtrinsicCount { get; }

    public StorageValue<bool> InherentsApplied { get; }

    /// <summary>Consumed weight per class (normal, operational, mandatory).</summary>
    public StorageValue<Weight[]> BlockWeight { get; }

    public StorageValue<uint> AllExtrinsicsLen { get; }

    public StorageMap<uint, H256> BlockHash { get; }

    public StorageMap<uint, byte[]> ExtrinsicData { get; }

    public StorageValue<uint> Number { get; }

    public StorageValue<H256> ParentHash { get; }

    public StorageValue<Digest> Digest { get; }

    /// <summary>The encoded <c>Vec&lt;EventRecord&gt;</c>, written when the block is finalized.</summary>
    public StorageValue<byte[]> EventsValue { get; }

    public StorageValue<uint> EventCount { get; }

    public StorageMap<H256, byte[]> EventTopics { get; }

    public StorageValue<byte[]> LastRuntimeUpgrade { get; }

    public StorageValue<bool> UpgradedToU32RefCount { get; }

    public StorageValue<bool> UpgradedToTripleRefCount { get; }

    public StorageValue<Phase> ExecutionPhase { get; }

    public StorageValue<Weight> ExtrinsicWeightReclaimed { get; }

    public CallDescriptor Remark { get; }

    public CallDescriptor RemarkWithEvent { get; }

    public EventDescriptor ExtrinsicSuccess { get; }

    public EventDescriptor ExtrinsicFailed { get; }

    public EventDescriptor CodeUpdated { get; }

    public EventDescriptor NewAccount { get; }

    public EventDescriptor KilledAccount { get; }

    public EventDescriptor Remarked { get; }

    /// <summary><c>remark</c>: any origin; does nothing.</summary>
    private static DispatchResult DoRemark(DispatchContext context, Origin origin, CallArgs args) => DispatchResult.Ok;

    /// <summary><c>remark_with_event</c>: signed; emits Remarked(sender, blake2_256(remark)).</summary>
    private DispatchResult DoRemarkWithEvent(DispatchContext context, Origin origin, CallArgs args)
    {
        if (!origin.TryGetSigner(out AccountId32 who))
        {
            return DispatchError.BadOrigin;
        }

        context.DepositEvent(Remarked.Create(who, H256.Blake2b256(args.Bytes(0))));
        return DispatchResult.Ok;
    }

    private static void EncodePerClass(in Weight[] value, ref Core.Scale.ScaleWriter writer)
    {
        for (int i = 0; i < 3; i++)
        {
            Weight weight = value[i];
            writer.Write(in weight);
        }
    }

    private static Weight[] DecodePerClass(ref Core.Scale.ScaleReader reader) => [reader.Read<Weight>(), reader.Read<Weight>(), reader.Read<Weight>()];
}
