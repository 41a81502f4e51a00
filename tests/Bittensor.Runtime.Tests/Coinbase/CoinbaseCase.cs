using Bittensor.Runtime.Coinbase;

namespace Bittensor.Runtime.Tests.Coinbase;

/// <summary>A random block for <see cref="BlockCoinbase.EmitToSubnets"/>.</summary>
public sealed record CoinbaseCase(ulong BlockEmission, SubnetCoinbaseState[] Subnets, CoinbaseParameters Parameters)
{
    public override string ToString() => $"emission={BlockEmission} subnets={Subnets.Length} root={Parameters.RootSubnetTao} tw={Parameters.TaoWeight}";
}
