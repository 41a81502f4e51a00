using Bittensor.Core.FixedPoint;
using Bittensor.Core.Primitives;
using Bittensor.Runtime.Framework.Types;
using Bittensor.Runtime.Pallets.Subtensor;
using Bittensor.Runtime.Swap;
using static Bittensor.Runtime.Api.Subtensor.SubnetInfoTypes;

namespace Bittensor.Runtime.Api.Subtensor;

/// <summary>
/// <c>SubnetInfoRuntimeApi</c> (version 2): subnet info, hyperparameters (v1, v2, v3), dynamic info, subnet state, the
/// metagraph family (<see cref="MetagraphApi"/>) and the small lookups, in the declaration order of upstream's
/// <c>decl_runtime_apis!</c>.
/// </summary>
/// <remarks>
/// opentensor/subtensor@14bc6f9 <c>rpc_info/subnet_info.rs</c>, <c>dynamic_info.rs</c>, <c>show_subnet.rs</c>,
/// <c>subnets/subnet.rs::get_subnet_account_id</c>, <c>coinbase/root.rs::get_network_to_prune</c>,
/// <c>coinbase/run_coinbase.rs::get_next_epoch_start_block</c>. Items this runtime does not store read as upstream's
/// defaults (<see cref="AbsentStorage"/>). <c>activity_cutoff</c> reports the <c>ActivityCutoff</c> our epoch applies
/// (upstream derives it from <c>ActivityCutoffFactorMilli · tempo / 1000</c>, an item this runtime does not have).
/// </remarks>
internal static class SubnetInfoApi
{
    public static RuntimeApiDescriptor Create()
    {
        FieldDef netuid = ApiMethod.NetUid();
        FieldDef mechId = new("mecid", TypeRef.U8, "MechId");
        FieldDef indexes = new("metagraph_indexes", TypeRef.Vec(TypeRef.U16), "Vec<u16>");
        return new RuntimeApiDescriptor(
            "SubnetInfoRuntimeApi",
            2,
            [
                ApiMethod.Create("get_subnet_info", [netuid], TypeRef.Option(SubnetInfo), (c, a) => Info(c, (ushort)a[0]!, v2: false)),
                ApiMethod.Create("get_subnets_info", [], TypeRef.Vec(TypeRef.Option(SubnetInfo)), (c, _) => AllInfo(c, v2: false)),
                ApiMethod.Create("get_subnet_info_v2", [netuid], TypeRef.Option(SubnetInfoV2), (c, a) => Info(c, (ushort)a[0]!, v2: true)),
                ApiMethod.Create("get_subnets_info_v2", [], TypeRef.Vec(TypeRef.Option(SubnetInfoV2)), (c, _) => AllInfo(c, v2: true)),
                ApiMethod.Create("get_subnet_hyperparams", [netuid], TypeRef.Option(SubnetHyperparams), (c, a) => Hyperparams(c, (ushort)a[0]!, v2: false)),
                ApiMethod.Create("get_subnet_hyperparams_v2", [netuid], TypeRef.Option(SubnetHyperparamsV2), (c, a) => Hyperparams(c, (ushort)a[0]!, v2: true)),
                ApiMethod.Create("get_subnet_hyperparams_v3", [netuid], TypeRef.Option(SubnetHyperparamsV3), (c, a) => HyperparamsV3(c, (ushort)a[0]!)),
                ApiMethod.Create("get_all_dynamic_info", [], TypeRef.Vec(TypeRef.Option(DynamicInfo)), (c, _) => c.AllNetuids().Select(n => Dynamic(c, n)).ToArray()),
                ApiMethod.Create("get_all_metagraphs", [], TypeRef.Vec(TypeRef.Option(MetagraphTypes.Metagraph)), (c, _) => MetagraphApi.All(c)),
                ApiMethod.Create("get_metagraph", [netuid], TypeRef.Option(MetagraphTypes.Metagraph), (c, a) => MetagraphApi.Metagraph(c, (ushort)a[0]!)),
                ApiMethod.Create("get_all_mechagraphs", [], TypeRef.Vec(TypeRef.Option(MetagraphTypes.Metagraph)), (c, _) => MetagraphApi.AllMechagraphs(c)),
                ApiMethod.Create("get_mechagraph", [netuid, mechId], TypeRef.Option(MetagraphTypes.Metagraph), (c, a) => MetagraphApi.Mechagraph(c, (ushort)a[0]!, (byte)a[1]!)),
                ApiMethod.Create("get_dynamic_info", [netuid], TypeRef.Option(DynamicInfo), (c, a) => Dynamic(c, (ushort)a[0]!)),
                ApiMethod.Create("get_subnet_state", [netuid], TypeRef.Option(SubnetState), (c, a) => State(c, (ushort)a[0]!)),
                ApiMethod.Create("get_selective_metagraph", [netuid, indexes], TypeRef.Option(MetagraphTypes.SelectiveMetagraph), (c, a) => MetagraphApi.Selective(c, (ushort)a[0]!, null, Indexes(a[1]))),
                ApiMethod.Create("get_coldkey_auto_stake_hotkey", [ApiMethod.Account("coldkey"), netuid], TypeRef.Option(KnownTypes.AccountId32), (_, _) => null, "AutoStakeDestination is not stored here: always None."),
                ApiMethod.Create("get_selective_mechagraph", [netuid, mechId with { Name = "subid" }, indexes], TypeRef.Option(MetagraphTypes.SelectiveMetagraph), (c, a) => MetagraphApi.Selective(c, (ushort)a[0]!, (byte)a[1]!, Indexes(a[2]))),
                ApiMethod.Create("get_subnet_to_prune", [], TypeRef.Option(TypeRef.U16), (c, _) => SubnetToPrune(c)),
                ApiMethod.Create("get_subnet_account_id", [netuid], TypeRef.Option(KnownTypes.AccountId32), (c, a) => SubnetAccount(c, (ushort)a[0]!)),
                ApiMethod.Create("get_next_epoch_start_block", [netuid], TypeRef.Option(TypeRef.U64), (c, a) => NextEpochStart(c, (ushort)a[0]!)),
            ],
            []);
    }

    /// <summary><c>SubtensorPalletId</c> (<c>PalletId(*b"subtensr")</c>).</summary>
    private static ReadOnlySpan<byte> PalletId => "subtensr"u8;

    private static ushort[] Indexes(object? value) => [.. ((object?[])value!).Select(v => (ushort)v!)];

    private static object?[] AllInfo(ApiContext c, bool v2) => [.. c.AddedNetuidsAscending().Select(n => Info(c, n, v2))];

    /// <summary><c>get_subnet_info</c> / <c>get_subnet_info_v2</c>.</summary>
    private static object?[]? Info(ApiContext c, ushort netuid, bool v2)
    {
        if (!c.SubnetExists(netuid))
        {
            return null;
        }

        SubtensorModule m = c.Module;
        var s = c.Storage;
        (string, object?)[] fields =
        [
            ("netuid", netuid), ("rho", m.Rho.Get(s, netuid)), ("kappa", m.Kappa.Get(s, netuid)), ("difficulty", m.Difficulty.Get(s, netuid)),
            ("immunity_period", m.ImmunityPeriod.Get(s, netuid)), ("max_allowed_validators", m.MaxAllowedValidators.Get(s, netuid)),
            ("min_allowed_weights", m.MinAllowedWeights.Get(s, netuid)), ("max_weights_limit", ushort.MaxValue),
            ("scaling_law_power", AbsentStorage.ScalingLawPower), ("subnetwork_n", m.SubnetworkN.Get(s, netuid)),
            ("max_allowed_uids", m.MaxAllowedUids.Get(s, netuid)), ("blocks_since_last_step", m.BlocksSinceLastStep.Get(s, netuid)),
            ("tempo", m.Tempo.Get(s, netuid)), ("network_modality", (ushort)0), ("network_connect", Array.Empty<object?>()),
            (v2 ? "emission_value" : "emission_values", 0UL), ("burn", m.Burn.Get(s, netuid)), ("owner", m.SubnetOwner.Get(s, netuid)),
        ];
        return v2 ? RpcInfoTypes.Row(SubnetInfoV2, [.. fields, ("identity", null)]) : RpcInfoTypes.Row(SubnetInfo, fields);
    }

    /// <summary><c>get_subnet_hyperparams</c> / <c>get_subnet_hyperparams_v2</c>.</summary>
    private static object?[]? Hyperparams(ApiContext c, ushort netuid, bool v2)
    {
        if (!c.SubnetExists(netuid))
        {
            return null;
        }

        SubtensorModule m = c.Module;
        var s = c.Storage;
        (string, object?)[] fields =
        [
            ("rho", m.Rho.Get(s, netuid)), ("kappa", m.Kappa.Get(s, netuid)), ("immunity_period", m.ImmunityPeriod.Get(s, netuid)),
            ("min_allowed_weights", m.MinAllowedWeights.Get(s, netuid)), ("max_weights_limit", ushort.MaxValue), ("tempo", m.Tempo.Get(s, netuid)),
            ("min_difficulty", m.MinDifficulty.Get(s, netuid)), ("max_difficulty", m.MaxDifficulty.Get(s, netuid)),
            ("weights_version", m.WeightsVersionKey.Get(s, netuid)), ("weights_rate_limit", m.WeightsSetRateLimit.Get(s, netuid)),
            ("adjustment_interval", m.AdjustmentInterval.Get(s, netuid)), ("activity_cutoff", (ulong)m.ActivityCutoff.Get(s, netuid)),
            ("registration_allowed", m.NetworkRegistrationAllowed.Get(s, netuid)), ("target_regs_per_interval", m.TargetRegistrationsPerInterval.Get(s, netuid)),
            ("min_burn", m.MinBurn.Get(s, netuid)), ("max_burn", m.MaxBurn.Get(s, netuid)), ("bonds_moving_avg", m.BondsMovingAverage.Get(s, netuid)),
            ("max_regs_per_block", m.MaxRegistrationsPerBlock.Get(s, netuid)), ("serving_rate_limit", m.ServingRateLimit.Get(s, netuid)),
            ("max_validators", m.MaxAllowedValidators.Get(s, netuid)), ("adjustment_alpha", m.AdjustmentAlpha.Get(s, netuid)),
            ("difficulty", m.Difficulty.Get(s, netuid)), ("commit_reveal_period", m.RevealPeriodEpochs.Get(s, netuid)),
            ("commit_reveal_weights_enabled", m.CommitRevealWeightsEnabled.Get(s, netuid)), ("alpha_high", m.AlphaValues.Get(s, netuid).High),
            ("alpha_low", m.AlphaValues.Get(s, netuid).Low), ("liquid_alpha_enabled", m.LiquidAlphaOn.Get(s, netuid)),
        ];
        if (!v2)
        {
            return RpcInfoTypes.Row(SubnetHyperparams, fields);
        }

        return RpcInfoTypes.Row(
            SubnetHyperparamsV2,
            [
                .. fields, ("alpha_sigmoid_steepness", SigmoidSteepness(c, netuid)), ("yuma_version", m.Yuma3On.Get(s, netuid) ? (ushort)3 : (ushort)2),
                ("subnet_is_active", m.SubtokenEnabled.Get(s, netuid)), ("transfers_enabled", m.TransferToggle.Get(s, netuid)),
                ("bonds_reset_enabled", m.BondsResetOn.Get(s, netuid)), ("user_liquidity_enabled", false),
            ]);
    }

    /// <summary><c>get_subnet_hyperparams_v3</c>: named, typed entries in upstream's order.</summary>
    private static object?[]? HyperparamsV3(ApiContext c, ushort netuid)
    {
        if (!c.SubnetExists(netuid))
        {
            return null;
        }

        SubtensorModule m = c.Module;
        var s = c.Storage;
        (string Name, byte Tag, object? Value)[] entries =
        [
            ("kappa", U16, m.Kappa.Get(s, netuid)), ("immunity_period", U16, m.ImmunityPeriod.Get(s, netuid)),
            ("min_allowed_weights", U16, m.MinAllowedWeights.Get(s, netuid)), ("max_weights_limit", U16, ushort.MaxValue),
            ("tempo", U16, m.Tempo.Get(s, netuid)), ("weights_version", U64, m.WeightsVersionKey.Get(s, netuid)),
            ("weights_rate_limit", U64, m.WeightsSetRateLimit.Get(s, netuid)), ("activity_cutoff", U64, (ulong)m.ActivityCutoff.Get(s, netuid)),
            ("activity_cutoff_factor", U32, AbsentStorage.ActivityCutoffFactorMilli), ("registration_allowed", Bool, m.NetworkRegistrationAllowed.Get(s, netuid)),
            ("target_regs_per_interval", U16, m.TargetRegistrationsPerInterval.Get(s, netuid)), ("min_burn", Tao, m.MinBurn.Get(s, netuid)),
            ("max_burn", Tao, m.MaxBurn.Get(s, netuid)), ("burn_half_life", U16, m.BurnHalfLife.Get(s, netuid)),
            ("burn_increase_mult", FixedU64F64, new object?[] { m.BurnIncreaseMult.Get(s, netuid) }), ("bonds_moving_avg", U64, m.BondsMovingAverage.Get(s, netuid)),
            ("max_regs_per_block", U16, m.MaxRegistrationsPerBlock.Get(s, netuid)), ("serving_rate_limit", U64, m.ServingRateLimit.Get(s, netuid)),
            ("max_validators", U16, m.MaxAllowedValidators.Get(s, netuid)), ("commit_reveal_period", U64, m.RevealPeriodEpochs.Get(s, netuid)),
            ("commit_reveal_weights_enabled", Bool, m.CommitRevealWeightsEnabled.Get(s, netuid)), ("alpha_high", U16, m.AlphaValues.Get(s, netuid).High),
            ("alpha_low", U16, m.AlphaValues.Get(s, netuid).Low), ("liquid_alpha_enabled", Bool, m.LiquidAlphaOn.Get(s, netuid)),
            ("alpha_sigmoid_steepness", FixedI32F32, SigmoidSteepness(c, netuid)), ("yuma_version", U16, m.Yuma3On.Get(s, netuid) ? (ushort)3 : (ushort)2),
            ("subnet_is_active", Bool, m.SubtokenEnabled.Get(s, netuid)), ("transfers_enabled", Bool, m.TransferToggle.Get(s, netuid)),
            ("bonds_reset_enabled", Bool, m.BondsResetOn.Get(s, netuid)), ("user_liquidity_enabled", Bool, false),
            ("owner_cut_enabled", Bool, AbsentStorage.OwnerCutEnabled), ("owner_cut_auto_lock_enabled", Bool, AbsentStorage.OwnerCutAutoLockEnabled),
            ("min_childkey_take", U16, AbsentStorage.MinChildkeyTake),
        ];
        return [.. entries.Select(e => (object?)new object?[] { System.Text.Encoding.ASCII.GetBytes(e.Name), new VariantValue(e.Tag, [e.Value]) })];
    }

    // HyperparamValue variant indexes.
    private const byte Bool = 0, U16 = 1, U32 = 2, U64 = 3, Tao = 5, FixedI32F32 = 6, FixedU64F64 = 7;

    /// <summary><c>get_alpha_sigmoid_steepness</c>: <c>I32F32(AlphaSigmoidSteepness)</c> as its bits.</summary>
    private static object?[] SigmoidSteepness(ApiContext c, ushort netuid) => [(long)c.Module.AlphaSigmoidSteepness.Get(c.Storage, netuid) << 32];

    /// <summary><c>get_dynamic_info</c>.</summary>
    internal static object?[]? Dynamic(ApiContext c, ushort netuid)
    {
        if (!c.SubnetExists(netuid))
        {
            return null;
        }

        SubtensorModule m = c.Module;
        var s = c.Storage;
        ulong lastStep = m.LastMechansimStepBlock.Get(s, netuid);
        return RpcInfoTypes.Row(
            DynamicInfo,
            ("netuid", netuid), ("owner_hotkey", m.SubnetOwnerHotkey.Get(s, netuid)), ("owner_coldkey", m.SubnetOwner.Get(s, netuid)),
            ("subnet_name", CompactBytes(SubnetNames.Default(netuid))), ("token_symbol", CompactBytes(AbsentStorage.TokenSymbol())),
            ("tempo", m.Tempo.Get(s, netuid)), ("last_step", lastStep), ("blocks_since_last_step", SubtensorModule.SatSub(c.Block, lastStep)),
            ("emission", 0UL), ("alpha_in", m.SubnetAlphaIn.Get(s, netuid)), ("alpha_out", m.SubnetAlphaOut.Get(s, netuid)),
            ("tao_in", m.SubnetTAO.Get(s, netuid)), ("alpha_out_emission", m.SubnetAlphaOutEmission.Get(s, netuid)),
            ("alpha_in_emission", m.SubnetAlphaInEmission.Get(s, netuid)), ("tao_in_emission", m.SubnetTaoInEmission.Get(s, netuid)),
            ("pending_alpha_emission", PendingAlpha(c, netuid)), ("pending_root_emission", 0UL), ("subnet_volume", m.SubnetVolume.Get(s, netuid)),
            ("network_registered_at", m.NetworkRegisteredAt.Get(s, netuid)), ("subnet_identity", null),
            ("moving_price", MovingPriceBits(c, netuid)));
    }

    /// <summary><c>PendingValidatorEmission + PendingServerEmission</c> (saturating).</summary>
    internal static ulong PendingAlpha(ApiContext c, ushort netuid) =>
        SubtensorModule.SatAdd(c.Module.PendingValidatorEmission.Get(c.Storage, netuid), c.Module.PendingServerEmission.Get(c.Storage, netuid));

    /// <summary><c>SubnetMovingPrice</c> (I96F32) as the <c>FixedI128 { bits }</c> value.</summary>
    internal static object?[] MovingPriceBits(ApiContext c, ushort netuid) => [(Int128)c.Module.SubnetMovingPrice.Get(c.Storage, netuid)];

    /// <summary>Bytes as <c>Vec&lt;Compact&lt;u8&gt;&gt;</c> items.</summary>
    internal static object?[] CompactBytes(byte[] bytes) => [.. bytes.Select(b => (object?)b)];

    /// <summary><c>get_subnet_state</c>.</summary>
    private static object?[]? State(ApiContext c, ushort netuid)
    {
        if (!c.SubnetExists(netuid))
        {
            return null;
        }

        SubtensorModule m = c.Module;
        var s = c.Storage;
        AccountId32[] hotkeys = c.Hotkeys(netuid);
        (ulong[] total, ulong[] alpha, ulong[] tao) = c.StakeWeights(netuid);
        int subnets = c.AllNetuids().Length;

        // LastHotkeyEmissionOnNetuid is not stored here: every hotkey's last emission reads 0 on every subnet.
        object?[] history = [.. Enumerable.Range(0, subnets).Select(_ => (object?)hotkeys.Select(_ => (object?)0UL).ToArray())];
        return RpcInfoTypes.Row(
            SubnetState,
            ("netuid", netuid), ("hotkeys", Boxed(hotkeys)), ("coldkeys", Boxed(hotkeys.Select(h => c.Owner(h)))),
            ("active", Boxed(m.Active.Get(s, netuid))), ("validator_permit", Boxed(m.ValidatorPermit.Get(s, netuid))), ("pruning_score", Array.Empty<object?>()),
            ("last_update", Boxed(m.LastUpdate.Get(s, netuid))), ("emission", Boxed(m.Emission.Get(s, netuid))), ("dividends", Boxed(m.Dividends.Get(s, netuid))),
            ("incentives", Boxed(m.Incentive.Get(s, netuid))), ("consensus", Boxed(m.Consensus.Get(s, netuid))), ("trust", Array.Empty<object?>()),
            ("rank", Array.Empty<object?>()), ("block_at_registration", BlocksAtRegistration(c, netuid)), ("alpha_stake", Boxed(alpha)),
            ("tao_stake", Boxed(tao)), ("total_stake", Boxed(total)), ("emission_history", history));
    }

    internal static object?[] Boxed<T>(IEnumerable<T> values) => [.. values.Select(v => (object?)v)];

    internal static object?[] BlocksAtRegistration(ApiContext c, ushort netuid)
    {
        ushort n = c.Module.SubnetworkN.Get(c.Storage, netuid);
        return [.. Enumerable.Range(0, n).Select(uid => (object?)c.Module.BlockAtRegistration.Get(c.Storage, netuid, (ushort)uid))];
    }

    /// <summary>
    /// <c>get_network_to_prune</c>: among added non-root subnets past <c>NetworkImmunityPeriod</c>, the lowest moving price,
    /// ties to the earliest registration.
    /// </summary>
    private static ushort? SubnetToPrune(ApiContext c)
    {
        ushort? candidate = null;
        U64F64 candidatePrice = U64F64.MaxValue;
        ulong candidateRegistered = ulong.MaxValue;
        foreach (KeyValuePair<ushort, bool> entry in c.Module.NetworksAdded.Iterate(c.Storage))
        {
            ushort netuid = entry.Key;
            if (!entry.Value || netuid == SubtensorModule.RootNetUid)
            {
                continue;
            }

            ulong registered = c.Module.NetworkRegisteredAt.Get(c.Storage, netuid);
            if (c.Block < SubtensorModule.SatAdd(registered, c.Module.NetworkImmunityPeriod.Get(c.Storage)))
            {
                continue;
            }

            U64F64 price = MovingPrice.GetMovingAlphaPrice(netuid, c.Module.SubnetMechanism.Get(c.Storage, netuid), I96F32.FromBits((Int128)c.Module.SubnetMovingPrice.Get(c.Storage, netuid)));
            if (price < candidatePrice || (price == candidatePrice && registered < candidateRegistered))
            {
                (candidate, candidatePrice, candidateRegistered) = (netuid, price, registered);
            }
        }

        return candidate;
    }

    /// <summary><c>get_subnet_account_id</c>: <c>into_sub_account_truncating(netuid)</c> = "modl" ‖ "subtensr" ‖ netuid (LE) ‖ zeros.</summary>
    private static AccountId32? SubnetAccount(ApiContext c, ushort netuid)
    {
        if (!c.Module.NetworksAdded.ContainsKey(c.Storage, netuid) && netuid != SubtensorModule.RootNetUid)
        {
            return null;
        }

        byte[] account = new byte[32];
        "modl"u8.CopyTo(account);
        PalletId.CopyTo(account.AsSpan(4));
        System.Buffers.Binary.BinaryPrimitives.WriteUInt16LittleEndian(account.AsSpan(12), netuid);
        return new AccountId32(account);
    }

    /// <summary><c>get_next_epoch_start_block</c>: <c>LastEpochBlock + tempo</c>, or the pending owner-triggered epoch if sooner.</summary>
    private static ulong? NextEpochStart(ApiContext c, ushort netuid)
    {
        ushort tempo = c.Module.Tempo.Get(c.Storage, netuid);
        if (tempo == 0)
        {
            return null;
        }

        ulong next = SubtensorModule.SatAdd(c.Module.LastEpochBlock.Get(c.Storage, netuid), tempo);
        ulong pending = c.Module.PendingEpochAt.Get(c.Storage, netuid);
        return pending > 0 ? Math.Min(next, pending) : next;
    }
}
