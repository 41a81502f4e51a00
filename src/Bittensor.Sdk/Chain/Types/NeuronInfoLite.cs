using Bittensor.Core.Metadata;
using Bittensor.Core.Primitives;

namespace Bittensor.Sdk.Chain.Types;

/// <summary>
/// <c>NeuronInfoRuntimeApi.get_neurons_lite</c> record (subtensor rpc_info/neuron_info.rs NeuronInfoLite; bittensor
/// chain_data/neuron_info_lite.py). u16-scaled scores are kept raw; the <c>…Ratio</c> properties divide by 65535 as
/// the SDK does. Stake is per coldkey in rao.
/// </summary>
public sealed record NeuronInfoLite
{
    public required AccountId32 Hotkey { get; init; }

    public required AccountId32 Coldkey { get; init; }

    public required ushort Uid { get; init; }

    public required ushort Netuid { get; init; }

    public bool Active { get; init; }

    public required ChainAxonInfo Axon { get; init; }

    public required ChainPrometheusInfo Prometheus { get; init; }

    public IReadOnlyList<(AccountId32 Coldkey, ulong Rao)> Stake { get; init; } = [];

    public ulong Rank { get; init; }

    public ulong Emission { get; init; }

    public ulong Incentive { get; init; }

    public ulong Consensus { get; init; }

    public ulong Trust { get; init; }

    public ulong ValidatorTrust { get; init; }

    public ulong Dividends { get; init; }

    public ulong LastUpdate { get; init; }

    public bool ValidatorPermit { get; init; }

    public ulong PruningScore { get; init; }

    /// <summary>Sum of <see cref="Stake"/> in rao.</summary>
    public ulong TotalStake => Stake.Aggregate(0UL, (sum, s) => checked(sum + s.Rao));

    public double IncentiveRatio => Incentive / 65535.0;

    public double ConsensusRatio => Consensus / 65535.0;

    public double DividendsRatio => Dividends / 65535.0;

    public double ValidatorTrustRatio => ValidatorTrust / 65535.0;

    public static NeuronInfoLite FromScale(ScaleValue value) => new()
    {
        Hotkey = ScaleFields.Account(value, "hotkey"),
        Coldkey = ScaleFields.Account(value, "coldkey"),
        Uid = ScaleFields.U16(value, "uid"),
        Netuid = ScaleFields.U16(value, "netuid"),
        Active = ScaleFields.BoolOrDefault(value, "active"),
        Axon = ChainAxonInfo.FromScale(ScaleFields.Get(value, "axon_info")),
        Prometheus = ChainPrometheusInfo.FromScale(ScaleFields.Get(value, "prometheus_info")),
        Stake = [.. ScaleFields.Items(ScaleFields.Get(value, "stake")).Select(s => (ScaleFields.Account(s[0]), s[1].ToUInt64()))],
        Rank = ScaleFields.U64OrDefault(value, "rank"),
        Emission = ScaleFields.U64OrDefault(value, "emission"),
        Incentive = ScaleFields.U64OrDefault(value, "incentive"),
        Consensus = ScaleFields.U64OrDefault(value, "consensus"),
        Trust = ScaleFields.U64OrDefault(value, "trust"),
        ValidatorTrust = ScaleFields.U64OrDefault(value, "validator_trust"),
        Dividends = ScaleFields.U64OrDefault(value, "dividends"),
        LastUpdate = ScaleFields.U64OrDefault(value, "last_update"),
        ValidatorPermit = ScaleFields.BoolOrDefault(value, "validator_permit"),
        PruningScore = ScaleFields.U64OrDefault(value, "pruning_score"),
    };
}
