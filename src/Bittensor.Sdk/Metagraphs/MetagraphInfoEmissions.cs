namespace Bittensor.Sdk.Metagraphs;

/// <summary>The subnet's per-block emissions in TAO units (bittensor MetagraphInfoEmissions).</summary>
public sealed record MetagraphInfoEmissions
{
    public double SubnetEmission { get; init; }

    public double AlphaInEmission { get; init; }

    public double AlphaOutEmission { get; init; }

    public double TaoInEmission { get; init; }

    public double PendingAlphaEmission { get; init; }

    public double PendingRootEmission { get; init; }
}
