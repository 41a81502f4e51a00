namespace Bittensor.Sdk.Metagraphs;

/// <summary>
/// The subnet hyperparameters a metagraph carries (bittensor chain_data/metagraph_info.py MetagraphInfoParams),
/// converted as upstream: u16 fractions ÷ 65535, u64 fractions ÷ (2^64 − 1), balances in TAO; the rest raw
/// (kappa stays the raw u16 there, and so here).
/// </summary>
public sealed record MetagraphInfoParams
{
    public ulong ActivityCutoff { get; init; }

    public double AdjustmentAlpha { get; init; }

    public ulong AdjustmentInterval { get; init; }

    public double AlphaHigh { get; init; }

    public double AlphaLow { get; init; }

    public double BondsMovingAvg { get; init; }

    public double Burn { get; init; }

    public ulong CommitRevealPeriod { get; init; }

    public bool CommitRevealWeightsEnabled { get; init; }

    public double Difficulty { get; init; }

    public ulong ImmunityPeriod { get; init; }

    public ulong Kappa { get; init; }

    public bool LiquidAlphaEnabled { get; init; }

    public double MaxBurn { get; init; }

    public double MaxDifficulty { get; init; }

    public ulong MaxRegsPerBlock { get; init; }

    public ulong MaxValidators { get; init; }

    public double MaxWeightsLimit { get; init; }

    public double MinAllowedWeights { get; init; }

    public double MinBurn { get; init; }

    public double MinDifficulty { get; init; }

    public bool PowRegistrationAllowed { get; init; }

    public bool RegistrationAllowed { get; init; }

    public ulong Rho { get; init; }

    public ulong ServingRateLimit { get; init; }

    public ulong TargetRegsPerInterval { get; init; }

    public ulong Tempo { get; init; }

    public ulong WeightsRateLimit { get; init; }

    public ulong WeightsVersion { get; init; }
}
