using Bittensor.Core.Metadata;
using Bittensor.Core.Primitives;

namespace Bittensor.Sdk.Chain.Types;

/// <summary><c>SubnetInfoRuntimeApi.get_subnet_info_v2</c> / <c>get_subnets_info_v2</c> (subtensor rpc_info/subnet_info.rs SubnetInfov2).</summary>
public sealed record SubnetInfo
{
    public required ushort Netuid { get; init; }

    public ulong Rho { get; init; }

    public ulong Kappa { get; init; }

    public ulong Difficulty { get; init; }

    public ulong ImmunityPeriod { get; init; }

    public ulong MaxAllowedValidators { get; init; }

    public ulong MinAllowedWeights { get; init; }

    public ulong MaxWeightsLimit { get; init; }

    public ulong SubnetworkN { get; init; }

    public ulong MaxAllowedUids { get; init; }

    public ulong BlocksSinceLastStep { get; init; }

    public ulong Tempo { get; init; }

    public ulong EmissionValue { get; init; }

    public ulong Burn { get; init; }

    public required AccountId32 Owner { get; init; }

    public static SubnetInfo FromScale(ScaleValue value) => new()
    {
        Netuid = ScaleFields.U16(value, "netuid"),
        Rho = ScaleFields.U64OrDefault(value, "rho"),
        Kappa = ScaleFields.U64OrDefault(value, "kappa"),
        Difficulty = ScaleFields.U64OrDefault(value, "difficulty"),
        ImmunityPeriod = ScaleFields.U64OrDefault(value, "immunity_period"),
        MaxAllowedValidators = ScaleFields.U64OrDefault(value, "max_allowed_validators"),
        MinAllowedWeights = ScaleFields.U64OrDefault(value, "min_allowed_weights"),
        MaxWeightsLimit = ScaleFields.U64OrDefault(value, "max_weights_limit"),
        SubnetworkN = ScaleFields.U64OrDefault(value, "subnetwork_n"),
        MaxAllowedUids = ScaleFields.U64OrDefault(value, "max_allowed_uids"),
        BlocksSinceLastStep = ScaleFields.U64OrDefault(value, "blocks_since_last_step"),
        Tempo = ScaleFields.U64OrDefault(value, "tempo"),
        EmissionValue = ScaleFields.U64OrDefault(value, "emission_value"),
        Burn = ScaleFields.U64OrDefault(value, "burn"),
        Owner = ScaleFields.Account(value, "owner"),
    };
}
