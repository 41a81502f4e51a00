using System.Numerics;
using Bittensor.Core.FixedPoint;
using Bittensor.Runtime.Coinbase;
using Bittensor.Runtime.Swap;

namespace Bittensor.Benchmarks;

/// <summary>
/// The economics hot paths: one swap on a constant-product pool (exact bigmath path) and on a re-weighted pool
/// (ln/exp series path), the series itself, and one block of coinbase emission across 64 dynamic subnets whose
/// pools have been re-weighted by earlier injections (so every protocol buy takes the series path).
/// </summary>
[MemoryDiagnoser]
public class EconomicsBenchmarks
{
    private const int Subnets = 64;

    private static readonly U64F64 NoLimit = SwapEngine.LimitPriceFromRao(SwapEngine.MaxPriceRao);

    private SubnetPool _halfPool;
    private SubnetPool _weightedPool;
    private SubnetCoinbaseState[] _subnets = [];

    [GlobalSetup]
    public void Setup()
    {
        _halfPool = new SubnetPool(1, 50_000_000_000_000, 200_000_000_000_000, 0, Balancer.Default, true, SwapEngine.DefaultFeeRate);
        _weightedPool = _halfPool with { Balancer = new Balancer(new Perquintill(499_999_999_999_500_000)) };
        _subnets = new SubnetCoinbaseState[Subnets];
        for (int i = 0; i < Subnets; i++)
        {
            ulong tao = 10_000_000_000_000 + ((ulong)i * 1_000_000_000_000);
            ulong alpha = 4 * tao / (ulong)(i % 7 + 1);
            SubnetPool pool = new(1, tao, alpha, 3_000_000_000_000, new Balancer(new Perquintill(500_000_000_000_000_000 - ((ulong)i * 1_000_003_000))), true, SwapEngine.DefaultFeeRate);
            _subnets[i] = new SubnetCoinbaseState((ushort)(i + 1), pool, 0, I96F32.FromBits((Int128)(i + 1) << 28), U96F32.Zero, true, true, default);
        }
    }

    [Benchmark]
    public SwapOutcome SwapBuyConstantProduct() => SwapEngine.Swap(_halfPool, SwapDirection.Buy, 1_234_567_890, NoLimit, false, SwapEngine.DefaultMinimumReserve);

    [Benchmark]
    public SwapOutcome SwapBuyWeighted() => SwapEngine.Swap(_weightedPool, SwapDirection.Buy, 1_234_567_890, NoLimit, false, SwapEngine.DefaultMinimumReserve);

    [Benchmark]
    public BigInteger? PowRatioScaledSeries() =>
        SafeBigMath.PowRatioScaled(21_000_000_000_000_000, 21_000_000_000_000_100, 499_999_999_999_500_000, 500_000_000_000_500_000, 256, Perquintill.Accuracy);

    [Benchmark]
    public CoinbaseBlockResult Coinbase64Subnets() =>
        BlockCoinbase.EmitToSubnets(1_000_000_000, _subnets, new CoinbaseParameters(1_000_000_000_000, Proportions.MainnetTaoWeight, Proportions.DefaultSubnetOwnerCut, SwapEngine.DefaultMinimumReserve));
}
