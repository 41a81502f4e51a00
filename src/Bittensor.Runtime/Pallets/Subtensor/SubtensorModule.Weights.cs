using Bittensor.Core.Primitives;
using Bittensor.Runtime.Epoch;
using Bittensor.Runtime.Framework;
using Bittensor.Runtime.Framework.Storage;
using Bittensor.Runtime.Framework.Types;

namespace Bittensor.Runtime.Pallets.Subtensor;

/// <summary><c>set_weights</c> with upstream checks in upstream order, stored max-upscaled (explicit zeros kept).</summary>
/// <remarks>opentensor/subtensor@14bc6f9 <c>subnets/weights.rs::do_set_weights</c>, <c>epoch/math.rs::vec_u16_max_upscale_to_u16</c>.</remarks>
public sealed partial class SubtensorModule
{
    public CallDescriptor SetWeights { get; private set; } = null!;

    private void DefineWeightCalls()
    {
        SetWeights = DefineCall(
            0,
            "set_weights",
            [P("netuid", TypeRef.U16, "NetUid"), P("dests", TypeRef.Vec(TypeRef.U16), "Vec<u16>"), P("weights", TypeRef.Vec(TypeRef.U16), "Vec<u16>"), P("version_key", TypeRef.U64, "u64")],
            DoSetWeights,
            new Weight(15_540_000_000, 0).SaturatingAdd(BlockLimits.ReadsWrites(4106, 2)),
            pays: Pays.No, docs: " Sets the caller's weights on a subnet (rejected while commit-reveal is enabled).");
    }

    private static ushort[] U16Array(object? value) => value switch
    {
        object?[] items => [.. items.Select(i => (ushort)i!)],
        ushort[] array => array,
        _ => [],
    };

    /// <summary>Total alpha staked to a hotkey on a subnet.</summary>
    public ulong HotkeyStake(IStorage storage, in AccountId32 hotkey, ushort netuid) => TotalHotkeyAlpha.Get(storage, hotkey, netuid);

    private DispatchResult DoSetWeights(DispatchContext context, Origin origin, CallArgs args)
    {
        if (!origin.TryGetSigner(out AccountId32 hotkey))
        {
            return DispatchError.BadOrigin;
        }

        ushort netuid = args.U16(0);
        if (CommitRevealWeightsEnabled.Get(context.Storage, netuid))
        {
            return CommitRevealEnabled;
        }

        DispatchError? error = SetWeightsFor(context, hotkey, netuid, U16Array(args.Values[1]), U16Array(args.Values[2]), args.U64(3));
        return error is { } e ? e : DispatchResult.Ok;
    }

    /// <summary>
    /// <c>do_set_mechanism_weights</c> for the main mechanism: every check of set_weights after the dispatch-level
    /// commit-reveal gate (reveal_weights runs it too).
    /// </summary>
    internal DispatchError? SetWeightsFor(DispatchContext context, in AccountId32 hotkey, ushort netuid, ushort[] uids, ushort[] values, ulong versionKey)
    {
        IStorage s = context.Storage;
        if (netuid == RootNetUid)
        {
            return CanNotSetRootNetworkWeights;
        }

        if (uids.Length != values.Length)
        {
            return WeightVecNotEqualSize;
        }

        if (!NetworksAdded.Get(s, netuid))
        {
            return MechanismDoesNotExist;
        }

        ushort n = SubnetworkN.Get(s, netuid);
        if (uids.Length > n)
        {
            return UidsLengthExceedUidsInSubNet;
        }

        if (!Uids.TryGet(s, netuid, hotkey, out ushort uid))
        {
            return HotKeyNotRegisteredInSubNet;
        }

        bool isOwner = Owner.TryGet(s, hotkey, out AccountId32 coldkey) && SubnetOwner.TryGet(s, netuid, out AccountId32 owner) && coldkey == owner;
        if (!isOwner && HotkeyStake(s, hotkey, netuid) < StakeThreshold.Get(s))
        {
            return NotEnoughStakeToSetWeights;
        }

        ulong requiredVersion = WeightsVersionKey.Get(s, netuid);
        if (requiredVersion != 0 && versionKey < requiredVersion)
        {
            return IncorrectWeightVersionKey;
        }

        ulong block = context.BlockNumber;
        ulong[] lastUpdate = LastUpdate.Get(s, netuid);
        ulong last = uid < lastUpdate.Length ? lastUpdate[uid] : 0;
        if (!PassesRateLimit(WeightsSetRateLimit.Get(s, netuid), block, last))
        {
            return SettingWeightsTooFast;
        }

        bool selfWeight = uids.Length == 1 && uids[0] == uid;
        bool[] permits = ValidatorPermit.Get(s, netuid);
        bool permitted = uid < permits.Length && permits[uid];
        // check_validator_permit exempts a single self-weight and the subnet owner hotkey's uid.
        bool ownerUid = SubnetOwnerHotkey.TryGet(s, netuid, out AccountId32 ownerHotkey) && Uids.TryGet(s, netuid, ownerHotkey, out ushort ou) && ou == uid;
        if (!selfWeight && !ownerUid && !permitted)
        {
            return NeuronNoValidatorPermit;
        }

        if (uids.Distinct().Count() != uids.Length)
        {
            return DuplicateUids;
        }

        if (uids.Any(u => u >= n))
        {
            return UidVecContainInvalidOne;
        }

        if (!selfWeight && uids.Length < Math.Min(MinAllowedWeights.Get(s, netuid), n))
        {
            return WeightVecLengthIsLow;
        }

        ushort[] upscaled = EpochMath.VecU16MaxUpscaleToU16(values);
        ushort limit = MaxWeightsLimit.Get(s, netuid);
        if (!selfWeight && limit != ushort.MaxValue && !WithinMaxWeight(upscaled, limit))
        {
            return MaxWeightExceeded;
        }

        Weights.Insert(s, netuid, uid, [.. uids.Zip(upscaled, (u, w) => (u, w))]);
        if (uid >= lastUpdate.Length)
        {
            Array.Resize(ref lastUpdate, uid + 1);
        }

        lastUpdate[uid] = block;
        LastUpdate.Insert(s, netuid, lastUpdate);
        context.DepositEvent(WeightsSet.Create(netuid, uid));
        return null;
    }

    /// <summary><c>max_weight_limited</c>: the largest weight normalised to u16 (floor) must not exceed the limit.</summary>
    private static bool WithinMaxWeight(ushort[] weights, ushort limit)
    {
        ulong sum = 0;
        ushort max = 0;
        foreach (ushort w in weights)
        {
            sum += w;
            max = Math.Max(max, w);
        }

        return sum == 0 || (ulong)max * ushort.MaxValue / sum <= limit;
    }
}
