using Bittensor.Core.FixedPoint;
using Bittensor.Core.Metadata;

namespace Bittensor.Sdk.Chain.Types;

/// <summary>
/// <c>SubnetInfoRuntimeApi.get_subnet_hyperparams_v2</c> (subtensor rpc_info/subnet_info.rs SubnetHyperparamsV2;
/// bittensor chain_data/subnet_hyperparameters.py). Fields a runtime lacks read as 0/false.
/// </summary>
public sealed record SubnetHyperparameters
{
    public ulong Rho { get; init; }

    public ulong Kappa { get; init; }

    public ulong ImmunityPeriod { get; init; }

    public ulong MinAllowedWeights { get; init; }

    public ulong MaxWeightsLimit { get; init; }

    public ulong Tempo { get; init; }

    public ulong MinDifficulty { get; init; }

    public ulong MaxDifficulty { get; init; }

    public ulong WeightsVersion { get; init; }

    public ulong WeightsRateLimit { get; init; }

    public ulong AdjustmentInterval { get; init; }

    public ulong ActivityCutoff { get; init; }

    public bool RegistrationAllowed { get; init; }

    public ulong TargetRegsPerInterval { get; init; }

    public ulong MinBurn { get; init; }

    public ulong MaxBurn { get; init; }

    public ulong BondsMovingAvg { get; init; }

    public ulong MaxRegsPerBlock { get; init; }

    public ulong ServingRateLimit { get; init; }

    public ulong MaxValidators { get; init; }

    public ulong AdjustmentAlpha { get; init; }

    public ulong Difficulty { get; init; }

    public ulong CommitRevealPeriod { get; init; }

    public bool CommitRevealWeightsEnabled { get; init; }

    public ulong AlphaHigh { get; init; }

    public ulong AlphaLow { get; init; }

    public bool LiquidAlphaEnabled { get; init; }

    /// <summary><c>alpha_sigmoid_steepness</c>: the I32F32 the runtime reports (bittensor shows it as a float).</summary>
    public I32F32 AlphaSigmoidSteepness { get; init; }

    public ulong YumaVersion { get; init; }

    public bool SubnetIsActive { get; init; }

    public bool TransfersEnabled { get; init; }

    public bool BondsResetEnabled { get; init; }

    public bool UserLiquidityEnabled { get; init; }

    public static SubnetHyperparameters FromScale(ScaleValue value) => new()
    {
        Rho = ScaleFields.U64OrDefault(value, "rho"),
        Kappa = ScaleFields.U64OrDefault(value, "kappa"),
        ImmunityPeriod = ScaleFields.U64OrDefault(value, "immunity_period"),
        MinAllowedWeights = ScaleFields.U64OrDefault(value, "min_allowed_weights"),
        MaxWeightsLimit = ScaleFields.U64OrDefault(value, "max_weights_limit"),
        Tempo = ScaleFields.U64(value, "tempo"),
        MinDifficulty = ScaleFields.U64OrDefault(value, "min_difficulty"),
        MaxDifficulty = ScaleFields.U64OrDefault(value, "max_difficulty"),
        WeightsVersion = ScaleFields.U64OrDefault(value, "weights_version"),
        WeightsRateLimit = ScaleFields.U64OrDefault(value, "weights_rate_limit"),
        AdjustmentInterval = ScaleFields.U64OrDefault(value, "adjustment_interval"),
        ActivityCutoff = ScaleFields.U64OrDefault(value, "activity_cutoff"),
        RegistrationAllowed = ScaleFields.BoolOrDefault(value, "registration_allowed"),
        TargetRegsPerInterval = ScaleFields.U64OrDefault(value, "target_regs_per_interval"),
        MinBurn = ScaleFields.U64OrDefault(value, "min_burn"),
        MaxBurn = ScaleFields.U64OrDefault(value, "max_burn"),
        BondsMovingAvg = ScaleFields.U64OrDefault(value, "bonds_moving_avg"),
        MaxRegsPerBlock = ScaleFields.U64OrDefault(value, "max_regs_per_block"),
        ServingRateLimit = ScaleFields.U64OrDefault(value, "serving_rate_limit"),
        MaxValidators = ScaleFields.U64OrDefault(value, "max_validators"),
        AdjustmentAlpha = ScaleFields.U64OrDefault(value, "adjustment_alpha"),
        Difficulty = ScaleFields.U64OrDefault(value, "difficulty"),
        CommitRevealPeriod = ScaleFields.U64OrDefault(value, "commit_reveal_period"),
        CommitRevealWeightsEnabled = ScaleFields.BoolOrDefault(value, "commit_reveal_weights_enabled"),
        AlphaHigh = ScaleFields.U64OrDefault(value, "alpha_high"),
        AlphaLow = ScaleFields.U64OrDefault(value, "alpha_low"),
        LiquidAlphaEnabled = ScaleFields.BoolOrDefault(value, "liquid_alpha_enabled"),
        AlphaSigmoidSteepness = value.TryGetField("alpha_sigmoid_steepness", out ScaleValue? steepness)
            ? I32F32.FromBits((long)ScaleFields.Get(steepness, "bits").ToInt128())
            : default,
        YumaVersion = ScaleFields.U64OrDefault(value, "yuma_version"),
        SubnetIsActive = ScaleFields.BoolOrDefault(value, "subnet_is_active"),
        TransfersEnabled = ScaleFields.BoolOrDefault(value, "transfers_enabled"),
        BondsResetEnabled = ScaleFields.BoolOrDefault(value, "bonds_reset_enabled"),
        UserLiquidityEnabled = ScaleFields.BoolOrDefault(value, "user_liquidity_enabled"),
    };
}
