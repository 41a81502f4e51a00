using Bittensor.Runtime.Swap;
using FsCheck;
using FsCheck.Fluent;

namespace Bittensor.Runtime.Tests.Swap;

/// <summary>FsCheck generators for the economics properties: magnitudes spread log-uniformly so small and huge values both occur.</summary>
public static class EconomicsArbitraries
{
    /// <summary>A uniformly random u64 in [<paramref name="low"/>, <paramref name="high"/>] (from four 16-bit chunks; the modulo bias is irrelevant here).</summary>
    public static Gen<ulong> Between(ulong low, ulong high)
    {
        Gen<int> chunk = Gen.Choose(0, 0xFFFF);
        return from a in chunk
               from b in chunk
               from c in chunk
               from d in chunk
               let word = ((ulong)(uint)a << 48) | ((ulong)(uint)b << 32) | ((ulong)(uint)c << 16) | (uint)d
               select high - low == ulong.MaxValue ? word : low + (word % (high - low + 1));
    }

    /// <summary>2^(bits−1) .. 2^bits − 1 for a random bit length in [minBits, maxBits].</summary>
    public static Gen<ulong> Magnitude(int minBits, int maxBits) =>
        from bits in Gen.Choose(minBits, maxBits)
        from value in Between(1UL << (bits - 1), bits == 64 ? ulong.MaxValue : (1UL << bits) - 1)
        select value;

    public static Gen<Perquintill> QuoteWeight() =>
        Gen.Frequency(
            [(2, Gen.Constant(Balancer.Default.Quote)),
            (5, Between(Perquintill.Accuracy / 100, Perquintill.Accuracy - (Perquintill.Accuracy / 100)).Select(v => new Perquintill(v)))]);

    public static Arbitrary<PoolOrder> PoolOrders()
    {
        Gen<PoolOrder> gen =
            from tao in Magnitude(21, 55)
            from alpha in Magnitude(21, 55)
            from quote in QuoteWeight()
            from fee in Gen.Elements<ushort>(0, SwapEngine.DefaultFeeRate, 1000, SwapEngine.MaxFeeRate)
            from amount in Magnitude(1, 58)
            from direction in Gen.Elements(SwapDirection.Buy, SwapDirection.Sell)
            select new PoolOrder(new SubnetPool(1, tao, alpha, 0, new Balancer(quote), true, fee), amount, direction);
        return Arb.From(gen);
    }

    public static Arbitrary<Issuance> Issuances() =>
        Arb.From(Gen.Frequency(
            [(6, Magnitude(1, 54).Select(v => new Issuance(v))),
            (3, Between(10_000_000_000_000_000, 21_000_000_000_000_100).Select(v => new Issuance(v))),
            (1, Gen.Elements(0UL, 20_999_999_999_999_999UL, 21_000_000_000_000_000UL, ulong.MaxValue).Select(v => new Issuance(v)))]));
}
