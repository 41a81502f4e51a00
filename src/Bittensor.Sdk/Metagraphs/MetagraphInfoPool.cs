namespace Bittensor.Sdk.Metagraphs;

/// <summary>The subnet's AMM pool in TAO units (bittensor MetagraphInfoPool).</summary>
public sealed record MetagraphInfoPool
{
    public double AlphaOut { get; init; }

    public double AlphaIn { get; init; }

    public double TaoIn { get; init; }

    public double SubnetVolume { get; init; }

    /// <summary>The I96F32 moving price as a number.</summary>
    public double MovingPrice { get; init; }
}
