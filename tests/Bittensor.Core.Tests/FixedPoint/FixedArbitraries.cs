using FsCheck;
using FsCheck.Fluent;

namespace Bittensor.Core.Tests.FixedPoint;

/// <summary>
/// Bit patterns that reach the edges: uniformly random words, random words shifted to random lengths (so
/// every magnitude occurs), their complements (negative values), powers of two ± 1, tiny values, and the
/// container extremes of every width.
/// </summary>
public static class FixedArbitraries
{
    private static readonly UInt128[] Extremes =
    [
        UInt128.Zero, UInt128.One, UInt128.MaxValue,
        (UInt128)int.MaxValue, unchecked((UInt128)(uint)int.MinValue), uint.MaxValue,
        long.MaxValue, unchecked((UInt128)(ulong)long.MinValue), ulong.MaxValue,
        (UInt128)Int128.MaxValue, (UInt128)Int128.MinValue,
        UInt128.One << 18, UInt128.One << 23, UInt128.One << 32, UInt128.One << 64,
        (UInt128.One << 17) * 3, (UInt128.One << 31) * 3, (UInt128.One << 63) * 3,
    ];

    public static Arbitrary<Pattern> Patterns() => PatternGen().Select(v => new Pattern(v)).ToArbitrary();

    public static Arbitrary<DoubleBits> Doubles() =>
        Gen.Frequency(
            (3, PatternGen().Select(v => (long)(ulong)v)),
            (3, Gen.Zip(Gen.Choose(-1 << 20, 1 << 20), Gen.Choose(-70, 70))
                .Select(t => BitConverter.DoubleToInt64Bits(Math.ScaleB(t.Item1, t.Item2)))),
            (1, Gen.Elements(0.1, 0.2, 0.5, -0.5, 1.5, 2.5, -2.5, 1e-9, 5e-324, -0.0, double.Epsilon)
                .Select(BitConverter.DoubleToInt64Bits)))
        .Where(b => double.IsFinite(BitConverter.Int64BitsToDouble(b)))
        .Select(b => new DoubleBits(b))
        .ToArbitrary();

    private static Gen<UInt128> PatternGen()
    {
        Gen<int> chunk = Gen.Choose(0, 0xFFFF);
        Gen<UInt128> word = Gen.Zip(Gen.Zip(Gen.Zip(chunk, chunk), Gen.Zip(chunk, chunk)), Gen.Zip(Gen.Zip(chunk, chunk), Gen.Zip(chunk, chunk)))
            .Select(t =>
            {
                UInt128 v = UInt128.Zero;
                foreach (int c in new[] { t.Item1.Item1.Item1, t.Item1.Item1.Item2, t.Item1.Item2.Item1, t.Item1.Item2.Item2, t.Item2.Item1.Item1, t.Item2.Item1.Item2, t.Item2.Item2.Item1, t.Item2.Item2.Item2 })
                {
                    v = (v << 16) | (uint)c;
                }

                return v;
            });
        Gen<int> shift = Gen.Choose(0, 127);
        return Gen.Frequency(
            (2, word),
            (4, Gen.Zip(word, shift).Select(t => t.Item1 >> t.Item2)),
            (3, Gen.Zip(word, shift).Select(t => ~(t.Item1 >> t.Item2))),
            (2, Gen.Zip(shift, Gen.Choose(-1, 1)).Select(t => (UInt128.One << t.Item1) + (UInt128)(long)t.Item2)),
            (1, Gen.Choose(0, 1000).Select(i => (UInt128)i)),
            (1, Gen.Choose(1, 1000).Select(i => UInt128.Zero - (UInt128)i)),
            (2, Gen.Elements(Extremes)));
    }
}
