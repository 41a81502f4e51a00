using Bittensor.Runtime.Framework;
using Bittensor.Runtime.Framework.Storage;
using Bittensor.Runtime.Framework.Types;

namespace Bittensor.Runtime.Pallets;

/// <summary>
/// pallet_timestamp (index 2): the <c>set(now)</c> inherent, exactly once per block, at least MinimumPeriod (6000 ms) after
/// the previous timestamp, with Aura's slot check (OnTimestampSet = Aura).
/// </summary>
public sealed class TimestampPallet : Pallet
{
    public const byte PalletIndex = 2;

    /// <summary>MinimumPeriod = SLOT_DURATION / 2.</summary>
    public const ulong MinimumPeriod = AuraPallet.SlotDuration / 2;

    private readonly AuraPallet _aura;

    public TimestampPallet(AuraPallet aura)
        : base("Timestamp", PalletIndex)
    {
        _aura = aura ?? throw new ArgumentNullException(nameof(aura));
        Now = DefineValue("Now", Codecs.U64, StorageModifier.Default, 0UL, " The current time for the current block.");
        DidUpdate = DefineValue("DidUpdate", Codecs.Bool, StorageModifier.Default, false, " Whether the timestamp has been updated in this block.");
        Set = DefineCall(0, "set", [P("now", TypeRef.Compact(TypeRef.U64), "T::Moment")], DoSet, new Weight(9_000_000, 1_493).SaturatingAdd(BlockLimits.ReadsWrites(2, 1)), DispatchClass.Mandatory, Pays.Yes, " Set the current time.", "", " This call should be invoked exactly once per block.");
        DefineConstant("MinimumPeriod", Codecs.U64, MinimumPeriod, " The minimum period between blocks.");
    }

    public StorageValue<ulong> Now { get; }

    public StorageValue<bool> DidUpdate { get; }

    public CallDescriptor Set { get; }

    public override bool IsInherent(RuntimeCall call) => call?.Is(Set) ?? false;

    /// <summary><c>on_finalize</c>: the timestamp must have been set in this block.</summary>
    /// <exception cref="InvalidOperationException">No Timestamp.set in the block.</exception>
    public override void OnFinalize(DispatchContext context, uint blockNumber)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!DidUpdate.Take(context.Storage))
        {
            throw new InvalidOperationException("Timestamp must be updated once in the block");
        }
    }

    private DispatchResult DoSet(DispatchContext context, Origin origin, CallArgs args)
    {
        if (!origin.IsNone)
        {
            return DispatchError.BadOrigin;
        }

        if (DidUpdate.Exists(context.Storage))
        {
            return DispatchError.Other("Timestamp must be updated only once in the block");
        }

        ulong now = args.U64(0);
        ulong previous = Now.Get(context.Storage);
        if (previous != 0 && now < previous + MinimumPeriod)
        {
            return DispatchError.Other("Timestamp must increment by at least <MinimumPeriod> between sequential blocks");
        }

        Now.Put(context.Storage, now);
        DidUpdate.Put(context.Storage, true);
        return _aura.OnTimestampSet(context, now) is { } error ? error : DispatchResult.Ok;
    }
}
