using Bittensor.Core.Metadata;
using Bittensor.Core.Primitives;
using Bittensor.Sdk.Chain.Types;

namespace Bittensor.Sdk.Chain;

/// <summary>Typed reads of the Python SDK's most-used methods (bittensor core/subtensor.py).</summary>
public sealed partial class SubtensorClient
{
    private const string Subtensor = "SubtensorModule";

    // ---- runtime APIs ----

    /// <summary><c>neurons_lite(netuid)</c>: NeuronInfoRuntimeApi.get_neurons_lite.</summary>
    public async Task<IReadOnlyList<NeuronInfoLite>> GetNeuronsLiteAsync(ushort netuid, H256? at = null, CancellationToken cancellationToken = default)
    {
        ScaleValue result = await CallRuntimeApiAsync("NeuronInfoRuntimeApi", "get_neurons_lite", [ScaleValue.U16(netuid)], at, cancellationToken).ConfigureAwait(false);
        return [.. ScaleFields.Items(result).Select(NeuronInfoLite.FromScale)];
    }

    /// <summary><c>neuron_for_uid</c> (lite record): NeuronInfoRuntimeApi.get_neuron_lite; null when the uid is empty.</summary>
    public async Task<NeuronInfoLite?> GetNeuronLiteAsync(ushort netuid, ushort uid, H256? at = null, CancellationToken cancellationToken = default)
    {
        ScaleValue result = await CallRuntimeApiAsync("NeuronInfoRuntimeApi", "get_neuron_lite", [ScaleValue.U16(netuid), ScaleValue.U16(uid)], at, cancellationToken).ConfigureAwait(false);
        return ScaleFields.Unwrap(result) is ScaleValue some ? NeuronInfoLite.FromScale(some) : null;
    }

    /// <summary><c>get_subnet_hyperparameters(netuid)</c>: get_subnet_hyperparams_v2 (v1 on runtimes without it); null for no subnet.</summary>
    public async Task<SubnetHyperparameters?> GetSubnetHyperparametersAsync(ushort netuid, H256? at = null, CancellationToken cancellationToken = default)
    {
        string method = Metadata.TryGetRuntimeApi("SubnetInfoRuntimeApi", "get_subnet_hyperparams_v2", out _) ? "get_subnet_hyperparams_v2" : "get_subnet_hyperparams";
        ScaleValue result = await CallRuntimeApiAsync("SubnetInfoRuntimeApi", method, [ScaleValue.U16(netuid)], at, cancellationToken).ConfigureAwait(false);
        return ScaleFields.Unwrap(result) is ScaleValue some ? SubnetHyperparameters.FromScale(some) : null;
    }

    /// <summary><c>get_subnet_info(netuid)</c>: get_subnet_info_v2; null for no subnet.</summary>
    public async Task<SubnetInfo?> GetSubnetInfoAsync(ushort netuid, H256? at = null, CancellationToken cancellationToken = default)
    {
        ScaleValue result = await CallRuntimeApiAsync("SubnetInfoRuntimeApi", "get_subnet_info_v2", [ScaleValue.U16(netuid)], at, cancellationToken).ConfigureAwait(false);
        return ScaleFields.Unwrap(result) is ScaleValue some ? SubnetInfo.FromScale(some) : null;
    }

    /// <summary><c>get_all_subnets_info()</c>: get_subnets_info_v2 (entries for removed netuids are skipped).</summary>
    public async Task<IReadOnlyList<SubnetInfo>> GetAllSubnetsInfoAsync(H256? at = null, CancellationToken cancellationToken = default)
    {
        ScaleValue result = await CallRuntimeApiAsync("SubnetInfoRuntimeApi", "get_subnets_info_v2", [], at, cancellationToken).ConfigureAwait(false);
        return [.. ScaleFields.Items(result).Select(ScaleFields.Unwrap).OfType<ScaleValue>().Select(SubnetInfo.FromScale)];
    }

    /// <summary><c>get_delegates()</c>: DelegateInfoRuntimeApi.get_delegates.</summary>
    public async Task<IReadOnlyList<DelegateInfo>> GetDelegatesAsync(H256? at = null, CancellationToken cancellationToken = default)
    {
        ScaleValue result = await CallRuntimeApiAsync("DelegateInfoRuntimeApi", "get_delegates", [], at, cancellationToken).ConfigureAwait(false);
        return [.. ScaleFields.Items(result).Select(DelegateInfo.FromScale)];
    }

    /// <summary><c>get_delegate_by_hotkey</c>: DelegateInfoRuntimeApi.get_delegate; null when not a delegate.</summary>
    public async Task<DelegateInfo?> GetDelegateAsync(AccountId32 hotkey, H256? at = null, CancellationToken cancellationToken = default)
    {
        ScaleValue result = await CallRuntimeApiAsync("DelegateInfoRuntimeApi", "get_delegate", [Account(hotkey)], at, cancellationToken).ConfigureAwait(false);
        return ScaleFields.Unwrap(result) is ScaleValue some ? DelegateInfo.FromScale(some) : null;
    }

    /// <summary><c>get_subnet_burn_cost()</c>: the network registration cost in rao.</summary>
    public async Task<ulong> GetSubnetBurnCostAsync(H256? at = null, CancellationToken cancellationToken = default) =>
        (await CallRuntimeApiAsync("SubnetRegistrationRuntimeApi", "get_network_registration_cost", [], at, cancellationToken).ConfigureAwait(false)).ToUInt64();

    // ---- storage ----

    /// <summary><c>get_balance(address)</c>: System.Account free balance in rao.</summary>
    public async Task<ulong> GetBalanceAsync(AccountId32 account, H256? at = null, CancellationToken cancellationToken = default)
    {
        ScaleValue info = (await QueryStorageAsync("System", "Account", [Account(account)], at, cancellationToken).ConfigureAwait(false))!;
        return info["data"]["free"].ToUInt64();
    }

    /// <summary><c>get_existential_deposit()</c>: the Balances.ExistentialDeposit constant in rao.</summary>
    public ulong GetExistentialDeposit() => QueryConstant("Balances", "ExistentialDeposit").ToUInt64();

    /// <summary><c>get_total_subnets()</c>: SubtensorModule.TotalNetworks.</summary>
    public async Task<ushort> GetTotalSubnetsAsync(H256? at = null, CancellationToken cancellationToken = default) =>
        checked((ushort)await U64Async("TotalNetworks", [], at, cancellationToken).ConfigureAwait(false));

    /// <summary><c>get_all_subnets_netuid()</c>: the keys of SubtensorModule.NetworksAdded that are true.</summary>
    public async Task<IReadOnlyList<ushort>> GetAllSubnetNetuidsAsync(H256? at = null, CancellationToken cancellationToken = default)
    {
        var entries = await QueryMapAsync(Subtensor, "NetworksAdded", null, at, cancellationToken: cancellationToken).ConfigureAwait(false);
        return [.. entries.Where(e => e.Value.ToBoolean()).Select(e => checked((ushort)e.Keys[0]!.ToUInt64())).Order()];
    }

    /// <summary><c>subnet_exists(netuid)</c>: SubtensorModule.NetworksAdded[netuid].</summary>
    public async Task<bool> SubnetExistsAsync(ushort netuid, H256? at = null, CancellationToken cancellationToken = default) =>
        (await QueryStorageAsync(Subtensor, "NetworksAdded", [ScaleValue.U16(netuid)], at, cancellationToken).ConfigureAwait(false))!.ToBoolean();

    /// <summary><c>subnetwork_n(netuid)</c>: registered UIDs.</summary>
    public async Task<ushort> GetSubnetworkNAsync(ushort netuid, H256? at = null, CancellationToken cancellationToken = default) =>
        checked((ushort)await U64Async("SubnetworkN", [ScaleValue.U16(netuid)], at, cancellationToken).ConfigureAwait(false));

    /// <summary><c>tempo(netuid)</c>.</summary>
    public Task<ulong> GetTempoAsync(ushort netuid, H256? at = null, CancellationToken cancellationToken = default) =>
        U64Async("Tempo", [ScaleValue.U16(netuid)], at, cancellationToken);

    /// <summary><c>immunity_period(netuid)</c>.</summary>
    public Task<ulong> GetImmunityPeriodAsync(ushort netuid, H256? at = null, CancellationToken cancellationToken = default) =>
        U64Async("ImmunityPeriod", [ScaleValue.U16(netuid)], at, cancellationToken);

    /// <summary><c>difficulty(netuid)</c>.</summary>
    public Task<ulong> GetDifficultyAsync(ushort netuid, H256? at = null, CancellationToken cancellationToken = default) =>
        U64Async("Difficulty", [ScaleValue.U16(netuid)], at, cancellationToken);

    /// <summary><c>max_weight_limit(netuid)</c> as the raw u16 (the SDK divides by 65535).</summary>
    public Task<ulong> GetMaxWeightLimitAsync(ushort netuid, H256? at = null, CancellationToken cancellationToken = default) =>
        U64Async("MaxWeightsLimit", [ScaleValue.U16(netuid)], at, cancellationToken);

    /// <summary><c>min_allowed_weights(netuid)</c>.</summary>
    public Task<ulong> GetMinAllowedWeightsAsync(ushort netuid, H256? at = null, CancellationToken cancellationToken = default) =>
        U64Async("MinAllowedWeights", [ScaleValue.U16(netuid)], at, cancellationToken);

    /// <summary><c>recycle(netuid)</c>: the neuron registration burn in rao.</summary>
    public Task<ulong> GetBurnCostAsync(ushort netuid, H256? at = null, CancellationToken cancellationToken = default) =>
        U64Async("Burn", [ScaleValue.U16(netuid)], at, cancellationToken);

    /// <summary><c>get_uid_for_hotkey_on_subnet</c>: SubtensorModule.Uids[netuid][hotkey], null when not registered.</summary>
    public async Task<ushort?> GetUidForHotkeyOnSubnetAsync(AccountId32 hotkey, ushort netuid, H256? at = null, CancellationToken cancellationToken = default)
    {
        ScaleValue? uid = await QueryStorageAsync(Subtensor, "Uids", [ScaleValue.U16(netuid), Account(hotkey)], at, cancellationToken).ConfigureAwait(false);
        return uid is null ? null : checked((ushort)uid.ToUInt64());
    }

    /// <summary><c>is_hotkey_registered_on_subnet</c>.</summary>
    public async Task<bool> IsHotkeyRegisteredOnSubnetAsync(AccountId32 hotkey, ushort netuid, H256? at = null, CancellationToken cancellationToken = default) =>
        await GetUidForHotkeyOnSubnetAsync(hotkey, netuid, at, cancellationToken).ConfigureAwait(false) is not null;

    /// <summary><c>get_netuids_for_hotkey</c>: the netuids where SubtensorModule.IsNetworkMember[hotkey][netuid] is true.</summary>
    public async Task<IReadOnlyList<ushort>> GetNetuidsForHotkeyAsync(AccountId32 hotkey, H256? at = null, CancellationToken cancellationToken = default)
    {
        var entries = await QueryMapAsync(Subtensor, "IsNetworkMember", [Account(hotkey)], at, cancellationToken: cancellationToken).ConfigureAwait(false);
        return [.. entries.Where(e => e.Value.ToBoolean()).Select(e => checked((ushort)e.Keys[1]!.ToUInt64())).Order()];
    }

    /// <summary><c>is_hotkey_registered_any</c>.</summary>
    public async Task<bool> IsHotkeyRegisteredAnyAsync(AccountId32 hotkey, H256? at = null, CancellationToken cancellationToken = default) =>
        (await GetNetuidsForHotkeyAsync(hotkey, at, cancellationToken).ConfigureAwait(false)).Count > 0;

    /// <summary><c>is_hotkey_registered(hotkey, netuid?)</c>.</summary>
    public Task<bool> IsHotkeyRegisteredAsync(AccountId32 hotkey, ushort? netuid = null, H256? at = null, CancellationToken cancellationToken = default) =>
        netuid is ushort n ? IsHotkeyRegisteredOnSubnetAsync(hotkey, n, at, cancellationToken) : IsHotkeyRegisteredAnyAsync(hotkey, at, cancellationToken);

    /// <summary><c>get_delegate_take(hotkey)</c> as the raw u16 (65535 = 100 %).</summary>
    public async Task<ulong> GetDelegateTakeAsync(AccountId32 hotkey, H256? at = null, CancellationToken cancellationToken = default) =>
        (await QueryStorageAsync(Subtensor, "Delegates", [Account(hotkey)], at, cancellationToken).ConfigureAwait(false))!.ToUInt64();

    /// <summary><c>blocks_since_last_update(netuid, uid)</c>: current block − LastUpdate[netuid][uid]; null for an unknown uid.</summary>
    public async Task<ulong?> BlocksSinceLastUpdateAsync(ushort netuid, ushort uid, CancellationToken cancellationToken = default)
    {
        uint current = await GetCurrentBlockAsync(cancellationToken).ConfigureAwait(false);
        ScaleValue updates = (await QueryStorageAsync(Subtensor, "LastUpdate", [ScaleValue.U16(netuid)], null, cancellationToken).ConfigureAwait(false))!;
        IReadOnlyList<ScaleValue> items = ScaleFields.Items(updates);
        return uid < items.Count ? current - items[uid].ToUInt64() : null;
    }

    /// <summary><c>weights(netuid)</c>: per setter uid, its sparse (uid, u16 weight) row.</summary>
    public Task<IReadOnlyList<(ushort Uid, IReadOnlyList<(ushort Uid, ushort Value)> Row)>> GetWeightsAsync(ushort netuid, H256? at = null, CancellationToken cancellationToken = default) =>
        SparseMatrixAsync("Weights", netuid, at, cancellationToken);

    /// <summary><c>bonds(netuid)</c>: per uid, its sparse (uid, u16 bond) row.</summary>
    public Task<IReadOnlyList<(ushort Uid, IReadOnlyList<(ushort Uid, ushort Value)> Row)>> GetBondsAsync(ushort netuid, H256? at = null, CancellationToken cancellationToken = default) =>
        SparseMatrixAsync("Bonds", netuid, at, cancellationToken);

    /// <summary><c>get_prometheus_info(netuid, hotkey)</c>; null when none is served.</summary>
    public async Task<ChainPrometheusInfo?> GetPrometheusInfoAsync(ushort netuid, AccountId32 hotkey, H256? at = null, CancellationToken cancellationToken = default) =>
        await QueryStorageAsync(Subtensor, "Prometheus", [ScaleValue.U16(netuid), Account(hotkey)], at, cancellationToken).ConfigureAwait(false) is ScaleValue v
            ? ChainPrometheusInfo.FromScale(v)
            : null;

    /// <summary><c>get_commitment(netuid, uid)</c>'s storage read: Commitments.CommitmentOf[netuid][hotkey] decoded, or null.</summary>
    public Task<ScaleValue?> GetCommitmentAsync(ushort netuid, AccountId32 hotkey, H256? at = null, CancellationToken cancellationToken = default) =>
        QueryStorageAsync("Commitments", "CommitmentOf", [ScaleValue.U16(netuid), Account(hotkey)], at, cancellationToken);

    private static BytesValue Account(AccountId32 account) => ScaleValue.Bytes(account.AsSpan());

    private async Task<ulong> U64Async(string item, IReadOnlyList<ScaleValue> keys, H256? at, CancellationToken cancellationToken) =>
        (await QueryStorageAsync(Subtensor, item, keys, at, cancellationToken).ConfigureAwait(false))!.ToUInt64();

    private async Task<IReadOnlyList<(ushort Uid, IReadOnlyList<(ushort Uid, ushort Value)> Row)>> SparseMatrixAsync(string item, ushort netuid, H256? at, CancellationToken cancellationToken)
    {
        var entries = await QueryMapAsync(Subtensor, item, [ScaleValue.U16(netuid)], at, cancellationToken: cancellationToken).ConfigureAwait(false);
        return [.. entries
            .Select(e => (checked((ushort)e.Keys[1]!.ToUInt64()), (IReadOnlyList<(ushort, ushort)>)[.. ScaleFields.Items(e.Value).Select(p => (checked((ushort)p[0].ToUInt64()), checked((ushort)p[1].ToUInt64())))]))
            .OrderBy(r => r.Item1)];
    }
}
