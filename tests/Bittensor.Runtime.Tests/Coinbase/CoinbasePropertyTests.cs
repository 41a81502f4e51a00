using Bittensor.Core.FixedPoint;
using Bittensor.Core.Primitives;
using Bittensor.Runtime.Coinbase;
using Bittensor.Runtime.Swap;
using Bittensor.Runtime.Tests.Swap;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Bittensor.Runtime.Tests.Coinbase;

/// <summary>Invariants of block emission, the per-block coinbase and the epoch distribution on random inputs.</summary>
public class CoinbasePropertyTests
{
    private const int Runs = 200;

    [Property(Arbitrary = new[] { typeof(EconomicsArbitraries) }, MaxTest = Runs)]
    public void BlockEmission_HigherIssuance_NeverEmitsMore(Issuance a, Issuance b)
    {
        (ulong low, ulong high) = a.Value <= b.Value ? (a.Value, b.Value) : (b.Value, a.Value);

        ulong eLow = BlockEmission.ForIssuance(low);
        ulong eHigh = BlockEmission.ForIssuance(high);

        Assert.True(eHigh <= eLow, $"E({high}) = {eHigh} > E({low}) = {eLow}");
        Assert.True(eLow <= BlockEmission.DefaultBlockEmission);
        if (high >= BlockEmission.TotalSupply)
        {
            Assert.Equal(0UL, eHigh);
        }
    }

    [Property(Arbitrary = new[] { typeof(CoinbasePropertyTests) }, MaxTest = Runs)]
    public void EmitToSubnets_AnyBlock_ConservesTheCredit(CoinbaseCase c)
    {
        CoinbaseBlockResult r = BlockCoinbase.EmitToSubnets(c.BlockEmission, c.Subnets, c.Parameters);

        ulong spent = 0;
        foreach (SubnetCoinbaseResult s in r.Subnets)
        {
            spent += s.TaoToSubnetAccount;
            Assert.True(s.TaoInEmission + s.ExcessTao <= s.TaoToSubnetAccount);
            Assert.Equal(s.Split.AlphaCreated, s.AlphaOutEmission);
            Assert.True(s.Split.OwnerCut + s.Split.Server + s.Split.Validator + s.Split.RootAlpha <= s.AlphaOutEmission);
        }

        Assert.Equal(c.BlockEmission, spent + r.RecycledTao);
    }

    [Property(Arbitrary = new[] { typeof(CoinbasePropertyTests) }, MaxTest = Runs)]
    public void Distribute_AnyEpoch_NeverPaysMoreThanTheEmission(DistributionCase c)
    {
        DistributionResult r = EmissionDistribution.Distribute(c.Input);
        PendingEmission p = c.Input.Pending;
        ulong total = p.Server + p.Validator + p.RootAlpha + p.OwnerCut;

        Assert.True(r.TotalCredited + r.BurnedAlpha + r.Withheld.Where(w => w.Recycled).Aggregate(0UL, (a, w) => a + w.Amount) <= total, $"credited {r.TotalCredited} of {total}");
        Assert.True(r.MinerBurned <= U96F32.One);
    }

    public static Arbitrary<CoinbaseCase> CoinbaseCases()
    {
        Gen<SubnetCoinbaseState> subnet =
            from mechanism in Gen.Elements<ushort>(0, 1, 1, 1)
            from tao in EconomicsArbitraries.Magnitude(1, 54)
            from alphaIn in EconomicsArbitraries.Magnitude(1, 54)
            from alphaOut in EconomicsArbitraries.Magnitude(1, 54)
            from moving in EconomicsArbitraries.Between(0, 1UL << 33)
            from burned in EconomicsArbitraries.Between(0, 1UL << 32)
            from enabled in Gen.Frequency([(4, Gen.Constant(true)), (1, Gen.Constant(false))])
            from ownerCut in Gen.Elements(true, false)
            from quote in EconomicsArbitraries.QuoteWeight()
            from initialized in Gen.Elements(true, false)
            select new SubnetCoinbaseState(0, new SubnetPool(mechanism, tao, alphaIn, alphaOut, new Balancer(quote), initialized, SwapEngine.DefaultFeeRate), 0, I96F32.FromBits(moving), U96F32.FromBits(burned), enabled, ownerCut, default);
        Gen<CoinbaseCase> gen =
            from count in Gen.Choose(1, 6)
            from subnets in Gen.ArrayOf(subnet, count)
            from emission in Gen.Elements(0UL, 1UL, 3_333_333UL, 1_000_000_000UL, 500_000_000UL)
            from rootTao in EconomicsArbitraries.Magnitude(1, 60)
            from taoWeight in EconomicsArbitraries.Between(0, ulong.MaxValue)
            from cut in Gen.Elements<ushort>(0, Proportions.DefaultSubnetOwnerCut, ushort.MaxValue)
            select new CoinbaseCase(
                emission,
                [.. subnets.Select((s, i) => s with { NetUid = (ushort)(i + 1) })],
                new CoinbaseParameters(rootTao, taoWeight, cut, SwapEngine.DefaultMinimumReserve));
        return Arb.From(gen);
    }

    public static Arbitrary<DistributionCase> DistributionCases()
    {
        Gen<ulong> small = EconomicsArbitraries.Magnitude(1, 40);
        Gen<DistributionCase> gen =
            from n in Gen.Choose(1, 6)
            from stakes in Gen.ArrayOf(Gen.Zip(small, small), n)
            from owners in Gen.ArrayOf(Gen.Choose(0, 2), n)
            from takes in Gen.ArrayOf(Gen.Elements<ushort>(0, 6553, Proportions.DefaultDelegateTake, ushort.MaxValue), n)
            from parentOf in Gen.ArrayOf(Gen.Choose(-1, n - 1), n)
            from proportions in Gen.ArrayOf(EconomicsArbitraries.Between(0, ulong.MaxValue), n)
            from dividends in Gen.ArrayOf(small, n)
            from incentiveShares in Gen.ArrayOf(Gen.Choose(0, 100), n)
            from pending in Gen.ArrayOf(small, 4)
            from tw in EconomicsArbitraries.Between(0, ulong.MaxValue)
            from ckBurn in EconomicsArbitraries.Between(0, ulong.MaxValue)
            from ownerIndex in Gen.Choose(-1, n - 1)
            from recycle in Gen.Elements(true, false)
            select Build(n, stakes, owners, takes, parentOf, proportions, dividends, incentiveShares, pending, tw, ckBurn, ownerIndex, recycle);
        return Arb.From(gen);
    }

    private static DistributionCase Build(
        int n,
        (ulong, ulong)[] stakes,
        int[] owners,
        ushort[] takes,
        int[] parentOf,
        ulong[] proportions,
        ulong[] dividends,
        int[] incentiveShares,
        ulong[] pending,
        ulong tw,
        ulong ckBurn,
        int ownerIndex,
        bool recycle)
    {
        AccountId32[] keys = [.. Enumerable.Range(0, n).Select(i => CoinbaseVectorTests.Account((byte)(i + 1)))];
        Dictionary<AccountId32, HotkeyDistributionInfo> infos = [];
        for (int i = 0; i < n; i++)
        {
            int p = parentOf[i] == i ? -1 : parentOf[i];
            ChildKeyLink[] parents = p < 0 ? [] : [new ChildKeyLink(proportions[i], keys[p])];
            ChildKeyLink[] children = [.. Enumerable.Range(0, n).Where(j => parentOf[j] == i && j != i).Select(j => new ChildKeyLink(proportions[j], keys[j]))];
            infos[keys[i]] = new HotkeyDistributionInfo(stakes[i].Item1, stakes[i].Item2, CoinbaseVectorTests.Account((byte)(200 + owners[i])), takes[i], takes[(i + 1) % n], children, parents);
        }

        // The epoch never hands out more incentive than the server alpha.
        int shareSum = Math.Max(incentiveShares.Sum(), 1);
        HotkeyEmission[] emission = [.. Enumerable.Range(0, n).Select(i => new HotkeyEmission(keys[i], (ulong)((System.Numerics.BigInteger)pending[0] * incentiveShares[i] / shareSum), dividends[i]))];
        DistributionInput input = new(
            new PendingEmission(pending[0], pending[1], pending[2], pending[3]),
            emission,
            Proportions.TaoWeight(tw),
            Proportions.CkBurn(ckBurn),
            infos,
            Proportions.DefaultDelegateTake,
            CoinbaseVectorTests.Account(200),
            ownerIndex < 0 ? null : keys[ownerIndex],
            ownerIndex < 0 ? [] : [keys[ownerIndex]],
            new Dictionary<AccountId32, AccountId32>(),
            recycle ? RecycleOrBurn.Recycle : RecycleOrBurn.Burn);
        return new DistributionCase(input);
    }
}
