using Bittensor.Runtime.Swap;

namespace Bittensor.Runtime.Tests.Swap;

/// <summary>A dynamic pool and an order against it.</summary>
public sealed record PoolOrder(SubnetPool Pool, ulong Amount, SwapDirection Direction)
{
    public override string ToString() =>
        $"tao={Pool.SubnetTao} alpha={Pool.AlphaIn} quote={Pool.Balancer.Quote.Parts} fee={Pool.FeeRate} amount={Amount} {Direction}";
}
