using Bittensor.Runtime.Coinbase;

namespace Bittensor.Runtime.Tests.Coinbase;

/// <summary>A random epoch for <see cref="EmissionDistribution.Distribute"/>.</summary>
public sealed record DistributionCase(DistributionInput Input)
{
    public override string ToString() => $"hotkeys={Input.Emission.Count} pending={Input.Pending}";
}
