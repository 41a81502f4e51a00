namespace Bittensor.Runtime.Epoch;

/// <summary>
/// The subnet hyperparameters one epoch reads, in their stored units (u16 proportions with 65535 = 1.0,
/// millionths for the bond moving average, blocks, rao).
/// </summary>
/// <remarks>
/// Read by subtensor <c>epoch/run_epoch.rs::epoch_mechanism</c> through <c>get_tempo</c>,
/// <c>get_activity_cutoff_blocks</c>, <c>get_max_allowed_validators</c>, <c>get_float_kappa</c>,
/// <c>get_float_bonds_penalty</c>, <c>get_bonds_moving_average</c>, <c>Yuma3On</c>, <c>LiquidAlphaOn</c>,
/// <c>get_alpha_values_32</c>, <c>get_alpha_sigmoid_steepness</c>, <c>get_stake_threshold</c> and
/// <c>get_commit_reveal_weights_enabled</c> (opentensor/subtensor@14bc6f9).
/// </remarks>
public sealed record EpochParameters
{
    /// <summary><c>Tempo</c>: only used for the bond column mask when <c>LastMechansimStepBlock</c> is 0.</summary>
    public ushort Tempo { get; init; } = 360;

    /// <summary>Activity cutoff in blocks (the chain derives it from tempo and <c>ActivityCutoffFactorMilli</c>).</summary>
    public ulong ActivityCutoff { get; init; } = 5000;

    /// <summary><c>MaxAllowedValidators</c>: k of the top-k validator permit rule.</summary>
    public ushort MaxAllowedValidators { get; init; } = 64;

    /// <summary><c>Kappa</c> as stored (u16 / 65535).</summary>
    public ushort Kappa { get; init; } = 32_767;

    /// <summary><c>BondsPenalty</c> as stored (u16 / 65535).</summary>
    public ushort BondsPenalty { get; init; } = 65_535;

    /// <summary><c>BondsMovingAverage</c> in millionths (900000 gives an EMA factor of 0.1).</summary>
    public ulong BondsMovingAverage { get; init; } = 900_000;

    /// <summary><c>Yuma3On</c>.</summary>
    public bool Yuma3 { get; init; } = true;

    /// <summary><c>LiquidAlphaOn</c> (only read on the Yuma 3 path).</summary>
    public bool LiquidAlpha { get; init; }

    /// <summary>Low liquid alpha as stored in <c>AlphaValues</c> (u16 / 65535).</summary>
    public ushort AlphaLow { get; init; } = 45_875;

    /// <summary>High liquid alpha as stored in <c>AlphaValues</c> (u16 / 65535).</summary>
    public ushort AlphaHigh { get; init; } = 58_982;

    /// <summary><c>AlphaSigmoidSteepness</c>.</summary>
    public short AlphaSigmoidSteepness { get; init; } = 1000;

    /// <summary><c>StakeThreshold</c> in rao: stake below it (floored) counts as 0, except the owner's.</summary>
    public ulong StakeThreshold { get; init; }

    /// <summary><c>CommitRevealWeightsEnabled</c>: when set, <see cref="EpochInput.CommitBlocks"/> masks weights.</summary>
    public bool CommitReveal { get; init; }
}
