using Bittensor.Core.FixedPoint;
using Bittensor.Runtime.Epoch;

namespace Bittensor.Runtime.Tests.Yuma;

/// <summary>Builders for epoch inputs: a plain default subnet and seeded random ones for the property tests.</summary>
internal static class EpochInputs
{
    /// <summary>n uids registered at block 1, updated at block 1, no permits, no weights or bonds, the given stakes.</summary>
    public static EpochInput Plain(ulong[] stake, ulong block, EpochParameters parameters) => new()
    {
        N = (ushort)stake.Length,
        Block = block,
        Stake = [.. stake.Select(s => I64F64.FromInt(s))],
        LastUpdate = [.. stake.Select(_ => 1UL)],
        BlockAtRegistration = [.. stake.Select(_ => 1UL)],
        ValidatorPermit = new bool[stake.Length],
        Weights = [.. stake.Select(_ => Array.Empty<SparseEntry>())],
        Bonds = [.. stake.Select(_ => Array.Empty<SparseEntry>())],
        Parameters = parameters,
        RaoEmission = 1_000_000_000,
    };

    public static EpochParameters Params(bool yuma3 = false, bool liquidAlpha = false) => new()
    {
        Tempo = 1,
        ActivityCutoff = 5000,
        MaxAllowedValidators = 64,
        Kappa = 32_767,
        BondsPenalty = 65_535,
        BondsMovingAverage = 900_000,
        Yuma3 = yuma3,
        LiquidAlpha = liquidAlpha,
        AlphaLow = 6553,
        AlphaHigh = 19_660,
        AlphaSigmoidSteepness = 1000,
    };

    /// <summary>
    /// A random subnet: validators first (old permits, distinct non-zero stakes), miners after; each validator
    /// weights a random ascending subset of other uids (explicit zeros included) and holds random ascending bonds.
    /// </summary>
    public static EpochInput Random(int seed, bool distinctStakes = true, bool shuffleRows = false, int maxN = 20)
    {
        Random rng = new(seed);
        int n = rng.Next(2, maxN);
        int validators = rng.Next(1, Math.Min(n, 400) + 1);
        ulong[] stakes = new ulong[n];
        HashSet<ulong> used = [];
        for (int i = 0; i < validators; i++)
        {
            ulong s;
            do
            {
                s = (ulong)rng.NextInt64(1, 1_000_000_000_000);
            }
            while (distinctStakes && !used.Add(s));
            stakes[i] = s;
        }

        SparseEntry[][] weights = new SparseEntry[n][];
        SparseEntry[][] bonds = new SparseEntry[n][];
        for (int i = 0; i < n; i++)
        {
            weights[i] = i < validators ? RandomRow(rng, n, rng.Next(4) == 0 ? -1 : i, 0.2) : [];
            bonds[i] = i < validators && rng.Next(3) > 0 ? RandomRow(rng, n, -1, 0.0) : [];
            if (shuffleRows)
            {
                rng.Shuffle(weights[i]);
                rng.Shuffle(bonds[i]);
            }
        }

        ushort penalty = rng.Next(3) switch { 0 => 0, 1 => 65_535, _ => (ushort)rng.Next(1, 65_535) };
        return new EpochInput
        {
            N = (ushort)n,
            Block = 100,
            Stake = [.. stakes.Select(s => I64F64.FromInt(s))],
            LastUpdate = [.. Enumerable.Range(0, n).Select(_ => (ulong)rng.Next(10, 100))],
            BlockAtRegistration = [.. Enumerable.Range(0, n).Select(_ => (ulong)(rng.Next(5) == 0 ? rng.Next(0, 100) : rng.Next(0, 5)))],
            ValidatorPermit = [.. Enumerable.Range(0, n).Select(i => i < validators)],
            Weights = weights,
            Bonds = bonds,
            Parameters = new EpochParameters
            {
                Tempo = 10,
                ActivityCutoff = 5000,
                MaxAllowedValidators = (ushort)rng.Next(1, Math.Min(n, 400) + 2),
                Kappa = (ushort)rng.Next(20_000, 45_000),
                BondsPenalty = penalty,
                BondsMovingAverage = (ulong)rng.Next(500_000, 999_000),
                Yuma3 = rng.Next(2) == 0,
                LiquidAlpha = rng.Next(2) == 0,
                AlphaLow = 6553,
                AlphaHigh = 58_982,
                AlphaSigmoidSteepness = (short)rng.Next(1, 2000),
            },
            RaoEmission = (ulong)rng.NextInt64(0, 10_000_000_000_000),
            LastMechanismStepBlock = (ulong)rng.Next(0, 3) * 40,
        };
    }

    private static SparseEntry[] RandomRow(Random rng, int n, int self, double zeroShare)
    {
        List<SparseEntry> row = [];
        for (int j = 0; j < n; j++)
        {
            if (j != self && rng.Next(2) == 0)
            {
                ushort value = rng.NextDouble() < zeroShare ? (ushort)0 : (ushort)rng.Next(1, 65_536);
                row.Add(new SparseEntry((ushort)j, value));
            }
        }

        return [.. row];
    }
}
