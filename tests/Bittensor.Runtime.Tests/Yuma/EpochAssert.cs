using Bittensor.Runtime.Epoch;

namespace Bittensor.Runtime.Tests.Yuma;

/// <summary>Equality of two epoch outputs, field by field (a failure names the first field that differs).</summary>
internal static class EpochAssert
{
    public static void Same(EpochOutput expected, EpochOutput actual)
    {
        Assert.Equal(expected.Active, actual.Active);
        Assert.Equal(expected.ValidatorPermit, actual.ValidatorPermit);
        Assert.Equal(expected.Consensus, actual.Consensus);
        Assert.Equal(expected.Incentive, actual.Incentive);
        Assert.Equal(expected.Dividends, actual.Dividends);
        Assert.Equal(expected.ValidatorTrust, actual.ValidatorTrust);
        Assert.Equal(expected.StakeWeight, actual.StakeWeight);
        Assert.Equal(expected.Emission, actual.Emission);
        Assert.Equal(expected.ServerEmission, actual.ServerEmission);
        Assert.Equal(expected.ValidatorEmission, actual.ValidatorEmission);
        Assert.Equal(expected.Bonds.Select(r => r.ToList()), actual.Bonds.Select(r => r.ToList()));
    }
}
