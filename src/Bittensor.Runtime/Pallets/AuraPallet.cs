using Bittensor.Core.Chain;
using Bittensor.Core.Primitives;
using Bittensor.Core.Scale;
using Bittensor.Runtime.Framework;
using Bittensor.Runtime.Framework.Storage;
using Bittensor.Runtime.Framework.Types;

namespace Bittensor.Runtime.Pallets;

/// <summary>
/// pallet_aura (index 3): the authority set and the current slot, read from the block's <c>PreRuntime("aura", slot u64)</c>
/// digest in <c>on_initialize</c>. SlotDuration = MinimumPeriod × 2 = 12 000 ms (subtensor: 12 s blocks).
/// </summary>
public sealed class AuraPallet : Pallet
{
    public const byte PalletIndex = 3;

    /// <summary>Slot duration in milliseconds (MILLISECS_PER_BLOCK).</summary>
    public const ulong SlotDuration = 12_000;

    private readonly SystemPallet _system;

    public AuraPallet(SystemPallet system)
        : base("Aura", PalletIndex)
    {
        _system = system ?? throw new ArgumentNullException(nameof(system));
        TypeRef publicKey = TypeRef.Composite(["sp_consensus_aura", "sr25519", "app_sr25519", "Public"], [new FieldDef(null, TypeRef.Array(32, TypeRef.U8), "sr25519::Public")]);
        TypeRef authorities = TypeRef.Composite(["bounded_collections", "bounded_vec", "BoundedVec"], [new FieldDef(null, TypeRef.Vec(publicKey), "Vec<T>")], [new TypeParam("T", publicKey), new TypeParam("S", null)]);
        Authorities = DefineValue("Authorities", new ValueCodec<AccountId32[]>(authorities, EncodeAuthorities, DecodeAuthorities), StorageModifier.Default, [], " The current authority set.");
        CurrentSlot = DefineValue("CurrentSlot", new ValueCodec<ulong>(TypeRef.Composite(["sp_consensus_slots", "Slot"], [new FieldDef(null, TypeRef.U64, "u64")]), static (in ulong v, ref ScaleWriter w) => w.WriteU64(v), static (ref ScaleReader r) => r.ReadU64()), StorageModifier.Default, 0UL, " The current slot of this block.", "", " This will be set in `on_initialize`.");
        DefineConstant("SlotDuration", Codecs.U64, SlotDuration, " The slot duration Aura should run with, expressed in milliseconds.");
    }

    /// <summary>Authority public keys (sr25519), as account ids.</summary>
    public StorageValue<AccountId32[]> Authorities { get; }

    public StorageValue<ulong> CurrentSlot { get; }

    /// <summary>The slot in a digest's <c>PreRuntime("aura")</c> item, if any.</summary>
    public static bool TryGetSlot(Digest digest, out ulong slot)
    {
        ArgumentNullException.ThrowIfNull(digest);
        slot = 0;
        DigestItem? item = digest.Find(DigestItemKind.PreRuntime, ConsensusEngineId.Aura);
        if (item is null || item.Payload.Length != 8)
        {
            return false;
        }

        slot = BitConverter.ToUInt64(item.Payload.Span);
        return true;
    }

    /// <summary>A <c>PreRuntime("aura", slot)</c> digest item.</summary>
    public static DigestItem SlotDigest(ulong slot) => DigestItem.PreRuntime(ConsensusEngineId.Aura, BitConverter.GetBytes(slot));

    /// <summary>
    /// <c>on_initialize</c>: a slot in the digest must be greater than the stored one (AllowMultipleBlocksPerSlot = false) and
    /// becomes CurrentSlot.
    /// </summary>
    /// <exception cref="InvalidOperationException">The slot does not increase (the block is invalid).</exception>
    public override Weight OnInitialize(DispatchContext context, uint blockNumber)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!TryGetSlot(_system.Digest.Get(context.Storage), out ulong slot))
        {
            return BlockLimits.ReadsWrites(1, 0);
        }

        ulong current = CurrentSlot.Get(context.Storage);
        if (slot <= current)
        {
            throw new InvalidOperationException($"Slot must increase (current {current}, block {slot})");
        }

        CurrentSlot.Put(context.Storage, slot);
        return BlockLimits.ReadsWrites(2, 1);
    }

    /// <summary>OnTimestampSet: the timestamp's slot (<c>now / SlotDuration</c>) must equal CurrentSlot.</summary>
    public DispatchError? OnTimestampSet(DispatchContext context, ulong now)
    {
        ArgumentNullException.ThrowIfNull(context);
        ulong slot = now / SlotDuration;
        ulong current = CurrentSlot.Get(context.Storage);
        return current == slot ? null : DispatchError.Other($"Timestamp slot must match `CurrentSlot` (timestamp slot {slot}, current {current})");
    }

    /// <summary>The block author: <c>authorities[slot % n]</c> for the slot in the current digest (subtensor BlockAuthorFromAura).</summary>
    public bool TryGetAuthor(DispatchContext context, out AccountId32 author)
    {
        ArgumentNullException.ThrowIfNull(context);
        author = default;
        AccountId32[] authorities = Authorities.Get(context.Storage);
        if (authorities.Length == 0 || !TryGetSlot(_system.Digest.Get(context.Storage), out ulong slot))
        {
            return false;
        }

        author = authorities[(int)(slot % (ulong)authorities.Length)];
        return true;
    }

    private static void EncodeAuthorities(in AccountId32[] value, ref ScaleWriter writer) => writer.WriteVec<AccountId32, AccountId32Codec>(value);

    private static AccountId32[] DecodeAuthorities(ref ScaleReader reader) => reader.ReadVec<AccountId32, AccountId32Codec>();
}
