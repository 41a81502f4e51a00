using Bittensor.Core.FixedPoint;
using Bittensor.Core.Primitives;
using Bittensor.Runtime.Framework.Types;
using Bittensor.Runtime.Pallets.Subtensor;
using static Bittensor.Runtime.Api.Subtensor.SubnetInfoApi;

namespace Bittensor.Runtime.Api.Subtensor;

/// <summary>
/// <c>get_metagraph</c>, <c>get_all_metagraphs</c>, <c>get_mechagraph</c>, <c>get_all_mechagraphs</c>,
/// <c>get_selective_metagraph</c> and <c>get_selective_mechagraph</c>.
/// </summary>
/// <remarks>
/// opentensor/subtensor@14bc6f9 <c>rpc_info/metagraph.rs</c>. This runtime has one mechanism per subnet
/// (<c>MechanismCountCurrent</c> = 1): mechanism <c>m</c> reads its per-uid <c>Incentive</c> and <c>LastUpdate</c> at
/// <c>m·4096 + netuid</c> as upstream, which is the subnet's own row for <c>m = 0</c>. Identities are all <c>None</c>
/// (no IdentitiesV2), the subnet identity is <c>None</c>, the symbol is the <c>TokenSymbol</c> default, commitments are empty.
/// </remarks>
internal static class MetagraphApi
{
    private const int ValidatorsIndex = 72;
    private const int CommitmentsIndex = 73;

    public static object?[] All(ApiContext c) => [.. c.AllNetuids().Select(n => Metagraph(c, n))];

    public static object?[]? Metagraph(ApiContext c, ushort netuid) =>
        c.SubnetExists(netuid) ? RpcInfoTypes.Row(MetagraphTypes.Metagraph, Fields(c, netuid, netuid)) : null;

    /// <summary><c>get_mechagraph</c>: the metagraph with <c>netuid</c>, <c>last_update</c> and <c>incentives</c> of the mechanism's index.</summary>
    public static object?[]? Mechagraph(ApiContext c, ushort netuid, byte mechId)
    {
        if (!c.SubnetExists(netuid) || mechId >= AbsentStorage.MechanismCount)
        {
            return null;
        }

        (string Name, object? Value)[] fields = Fields(c, netuid, MechIndex(netuid, mechId));
        fields[0] = ("netuid", MechIndex(netuid, mechId));
        return RpcInfoTypes.Row(MetagraphTypes.Metagraph, fields);
    }

    public static object?[] AllMechagraphs(ApiContext c) =>
        [.. c.AllNetuids().SelectMany(n => Enumerable.Range(0, AbsentStorage.MechanismCount).Select(m => (object?)Mechagraph(c, n, (byte)m)))];

    /// <summary>
    /// <c>get_selective_metagraph</c> (<paramref name="mechId"/> null) and <c>get_selective_mechagraph</c>: requested field
    /// indexes are <c>Some</c>, the rest <c>None</c>, unknown indexes are ignored. <c>netuid</c> is the subnet's when index 0
    /// is requested and 0 (<c>NetUid::ROOT</c>, the default) otherwise; the mechagraph form always carries the subnet's netuid.
    /// </summary>
    public static object?[]? Selective(ApiContext c, ushort netuid, byte? mechId, ushort[] indexes)
    {
        if (!c.SubnetExists(netuid))
        {
            return null;
        }

        CompositeType type = MetagraphTypes.SelectiveMetagraph;
        var wanted = new HashSet<int>(indexes.Select(i => (int)i));
        (string Name, object? Value)[] full = Fields(c, netuid, mechId is { } m ? MechIndex(netuid, m) : netuid);
        object?[] values = new object?[type.Fields.Count];
        values[0] = mechId is not null || wanted.Contains(0) ? netuid : (ushort)0;
        for (int i = 1; i < values.Length; i++)
        {
            if (!wanted.Contains(i))
            {
                values[i] = type.Fields[i].Name == "identity" ? new VariantValue(0, []) : null;
                continue;
            }

            values[i] = i switch
            {
                ValidatorsIndex => Validators(c, netuid),
                CommitmentsIndex => Array.Empty<object?>(),
                _ => type.Fields[i].Name == "identity" ? new VariantValue(1, [full[i].Value]) : full[i].Value,
            };
        }

        return values;
    }

    private static ushort MechIndex(ushort netuid, byte mechId) => (ushort)((mechId * AbsentStorage.GlobalMaxSubnetCount) + netuid);

    /// <summary>Every <c>Metagraph</c> field; <paramref name="index"/> is the storage index of the mechanism's per-uid rows.</summary>
    private static (string Name, object? Value)[] Fields(ApiContext c, ushort netuid, ushort index)
    {
        SubtensorModule m = c.Module;
        var s = c.Storage;
        AccountId32[] hotkeys = c.Hotkeys(netuid);
        ulong lastStep = m.LastMechansimStepBlock.Get(s, netuid);
        (ulong[] total, ulong[] alpha, ulong[] tao) = c.StakeWeights(netuid);
        return
        [
            ("netuid", netuid), ("name", CompactBytes(SubnetNames.Default(netuid))), ("symbol", CompactBytes(AbsentStorage.TokenSymbol())),
            ("identity", null), ("network_registered_at", m.NetworkRegisteredAt.Get(s, netuid)),
            ("owner_hotkey", m.SubnetOwnerHotkey.Get(s, netuid)), ("owner_coldkey", m.SubnetOwner.Get(s, netuid)),
            ("block", c.Block), ("tempo", m.Tempo.Get(s, netuid)), ("last_step", lastStep), ("blocks_since_last_step", SubtensorModule.SatSub(c.Block, lastStep)),
            ("subnet_emission", 0UL), ("alpha_in", m.SubnetAlphaIn.Get(s, netuid)), ("alpha_out", m.SubnetAlphaOut.Get(s, netuid)),
            ("tao_in", m.SubnetTAO.Get(s, netuid)), ("alpha_out_emission", m.SubnetAlphaOutEmission.Get(s, netuid)),
            ("alpha_in_emission", m.SubnetAlphaInEmission.Get(s, netuid)), ("tao_in_emission", m.SubnetTaoInEmission.Get(s, netuid)),
            ("pending_alpha_emission", PendingAlpha(c, netuid)), ("pending_root_emission", 0UL), ("subnet_volume", m.SubnetVolume.Get(s, netuid)),
            ("moving_price", MovingPriceBits(c, netuid)),
            ("rho", m.Rho.Get(s, netuid)), ("kappa", m.Kappa.Get(s, netuid)),
            ("min_allowed_weights", m.MinAllowedWeights.Get(s, netuid)), ("max_weights_limit", ushort.MaxValue),
            ("weights_version", m.WeightsVersionKey.Get(s, netuid)), ("weights_rate_limit", m.WeightsSetRateLimit.Get(s, netuid)),
            ("activity_cutoff", (ulong)m.ActivityCutoff.Get(s, netuid)), ("max_validators", m.MaxAllowedValidators.Get(s, netuid)),
            ("num_uids", m.SubnetworkN.Get(s, netuid)), ("max_uids", m.MaxAllowedUids.Get(s, netuid)), ("burn", m.Burn.Get(s, netuid)),
            ("difficulty", m.Difficulty.Get(s, netuid)), ("registration_allowed", m.NetworkRegistrationAllowed.Get(s, netuid)),
            ("pow_registration_allowed", AbsentStorage.NetworkPowRegistrationAllowed), ("immunity_period", m.ImmunityPeriod.Get(s, netuid)),
            ("min_difficulty", m.MinDifficulty.Get(s, netuid)), ("max_difficulty", m.MaxDifficulty.Get(s, netuid)),
            ("min_burn", m.MinBurn.Get(s, netuid)), ("max_burn", m.MaxBurn.Get(s, netuid)), ("adjustment_alpha", m.AdjustmentAlpha.Get(s, netuid)),
            ("adjustment_interval", m.AdjustmentInterval.Get(s, netuid)), ("target_regs_per_interval", m.TargetRegistrationsPerInterval.Get(s, netuid)),
            ("max_regs_per_block", m.MaxRegistrationsPerBlock.Get(s, netuid)), ("serving_rate_limit", m.ServingRateLimit.Get(s, netuid)),
            ("commit_reveal_weights_enabled", m.CommitRevealWeightsEnabled.Get(s, netuid)), ("commit_reveal_period", m.RevealPeriodEpochs.Get(s, netuid)),
            ("liquid_alpha_enabled", m.LiquidAlphaOn.Get(s, netuid)), ("alpha_high", m.AlphaValues.Get(s, netuid).High), ("alpha_low", m.AlphaValues.Get(s, netuid).Low),
            ("bonds_moving_avg", m.BondsMovingAverage.Get(s, netuid)),
            ("hotkeys", Boxed(hotkeys)), ("coldkeys", Boxed(hotkeys.Select(h => c.Owner(h)))), ("identities", new object?[hotkeys.Length]),
            ("axons", Boxed(hotkeys.Select(h => c.Axon(netuid, h)))), ("active", Boxed(m.Active.Get(s, netuid))),
            ("validator_permit", Boxed(m.ValidatorPermit.Get(s, netuid))), ("pruning_score", Array.Empty<object?>()),
            ("last_update", Boxed(m.LastUpdate.Get(s, index))), ("emission", Boxed(m.Emission.Get(s, netuid))),
            ("dividends", Boxed(m.Dividends.Get(s, netuid))), ("incentives", Boxed(m.Incentive.Get(s, index))),
            ("consensus", Boxed(m.Consensus.Get(s, netuid))), ("trust", Array.Empty<object?>()), ("rank", Array.Empty<object?>()),
            ("block_at_registration", BlocksAtRegistration(c, netuid)), ("alpha_stake", Boxed(alpha)), ("tao_stake", Boxed(tao)),
            ("total_stake", Boxed(total)),
            ("tao_dividends_per_hotkey", Boxed(hotkeys.Select(h => new object?[] { h, 0UL }))),
            ("alpha_dividends_per_hotkey", Boxed(hotkeys.Select(h => new object?[] { h, m.AlphaDividendsPerSubnet.Get(s, netuid, h) }))),
        ];
    }

    /// <summary>
    /// <c>get_validators</c>: uids with a validator permit in <c>Keys</c> storage order, stably sorted by total stake weight
    /// ascending, keeping those above <c>StakeThreshold</c>.
    /// </summary>
    private static object?[] Validators(ApiContext c, ushort netuid)
    {
        bool[] permits = c.Module.ValidatorPermit.Get(c.Storage, netuid);
        I64F64 taoWeight = c.TaoWeight();
        I64F64 threshold = I64F64.SaturatingFromInt(c.Module.StakeThreshold.Get(c.Storage));
        return
        [
            .. c.Module.Keys.IteratePrefix(c.Storage, netuid)
                .Where(e => ApiContext.At(permits, e.Key))
                .Select(e => (Uid: e.Key, Stake: c.StakeWeight(e.Value, netuid, taoWeight).Total))
                .OrderBy(v => v.Stake)
                .Where(v => v.Stake > threshold)
                .Select(v => (object?)v.Uid),
        ];
    }
}
