using System.Text.Json;
using Bittensor.Core.FixedPoint;
using Bittensor.Core.Primitives;
using Bittensor.Runtime.Coinbase;
using Bittensor.Runtime.Swap;
using Bittensor.Runtime.Tests.Vectors;

namespace Bittensor.Runtime.Tests.Coinbase;

/// <summary>Every scenario of Vectors/coinbase_dtao.json (subtensor tests/coinbase.rs @14bc6f9), on the mock runtime's settings.</summary>
public class CoinbaseVectorTests
{
    private const ulong MockMinimumReserve = 100;

    private static JsonElement Scenario(string test) =>
        VectorFile.Load("coinbase_dtao.json").GetProperty("scenarios").EnumerateArray().Single(s => s.GetProperty("test").GetString() == test);

    internal static AccountId32 Account(byte id)
    {
        byte[] bytes = new byte[32];
        bytes[0] = id;
        return new AccountId32(bytes);
    }

    private static SubnetCoinbaseState Subnet(ushort netuid, ushort mechanism, ulong tao, ulong alphaIn, double movingPrice = 0, bool enabled = true) =>
        new(netuid, new SubnetPool(mechanism, tao, alphaIn, 0, Balancer.Default, false, SwapEngine.DefaultFeeRate), 0, I96F32.FromDouble(movingPrice), U96F32.Zero, enabled, true, default);

    private static CoinbaseParameters FullInjectionRoot => new(1_000_000_000_000_000_000, ulong.MaxValue, 0, MockMinimumReserve);

    private static CoinbaseParameters MockDefaults => new(0, 0, 0, MockMinimumReserve);

    [Fact]
    public void RootProportion_MainnetTaoWeight_BitExact()
    {
        JsonElement s = Scenario("test_root_proportion");
        JsonElement inputs = s.GetProperty("inputs");
        JsonElement port = s.GetProperty("port_INFERRED");

        U96F32 tw = Proportions.TaoWeight(VectorValues.U64(inputs, "TaoWeight_u64"));
        U96F32 rp = Proportions.RootProportion(VectorValues.U64(inputs, "root_SubnetTAO"), tw, VectorValues.U64(inputs, "alpha_issuance"));

        Assert.Equal((UInt128)port.GetProperty("tao_weight_bits").GetUInt64(), tw.Bits);
        Assert.Equal((UInt128)port.GetProperty("root_prop_bits").GetUInt64(), rp.Bits);
        // The test's own formula (tw · root / (tw · root + alpha)) is the same product.
        U96F32 root = U96F32.FromInt(VectorValues.U64(inputs, "root_SubnetTAO"));
        U96F32 alpha = U96F32.FromInt(VectorValues.U64(inputs, "alpha_issuance"));
        Assert.Equal((tw * root) / ((tw * root) + alpha), rp);
    }

    [Fact]
    public void MovingPrice_FourteenUpdatesAtAlphaTenth_MatchesPort()
    {
        JsonElement s = Scenario("test_coinbase_moving_prices (last part)");
        JsonElement inputs = s.GetProperty("inputs");
        SubnetPool pool = SubnetPool.Dynamic(1_000_000, 1_000_000);
        I96F32 alpha = I96F32.FromDouble(inputs.GetProperty("SubnetMovingAlpha").GetDouble());
        I96F32 moving = I96F32.Zero;
        for (int i = 0; i < inputs.GetProperty("updates").GetInt32(); i++)
        {
            moving = MovingPrice.Update(VectorValues.U64(inputs, "block"), VectorValues.U64(inputs, "FirstEmissionBlockNumber"), VectorValues.U64(inputs, "EMAPriceHalvingBlocks"), alpha, SwapEngine.CurrentPrice(pool), MovingPrice.GetMovingAlphaPrice(1, 1, moving));
        }

        double value = MovingPrice.GetMovingAlphaPrice(1, 1, moving).ToDouble();
        Assert.InRange(value, s.GetProperty("expected").GetDouble() - s.GetProperty("tolerance").GetDouble(), s.GetProperty("expected").GetDouble() + s.GetProperty("tolerance").GetDouble());
        Assert.Equal(s.GetProperty("port_INFERRED").GetDouble(), value);
    }

    [Fact]
    public void MovingPrice_AtPriceOne_StaysExactlyOne()
    {
        JsonElement inputs = Scenario("test_coinbase_moving_prices (first part)").GetProperty("inputs");
        I96F32 next = MovingPrice.Update(VectorValues.U64(inputs, "block"), 1, MovingPrice.DefaultHalvingBlocks, MovingPrice.DefaultMovingAlpha, U64F64.One, U64F64.One);

        Assert.Equal(I96F32.One, next);
    }

    [Fact]
    public void MovingPrice_AlphaOne_JumpsToWithinFivePercent()
    {
        JsonElement inputs = Scenario("test_coinbase_moving_prices (alpha=1 part)").GetProperty("inputs");
        I96F32 next = MovingPrice.Update(VectorValues.U64(inputs, "block"), VectorValues.U64(inputs, "FirstEmissionBlockNumber"), MovingPrice.DefaultHalvingBlocks, I96F32.One, U64F64.One, U64F64.Zero);

        Assert.True(U64F64.One - U64F64.FromFixed(next) < U64F64.FromDouble(0.05));
    }

    [Fact]
    public void MovingPrice_RecentStart_BarelyMoves()
    {
        JsonElement s = Scenario("test_update_moving_price_initial");
        JsonElement inputs = s.GetProperty("inputs");
        I96F32 next = MovingPrice.Update(VectorValues.U64(inputs, "block"), VectorValues.U64(inputs, "FirstEmissionBlockNumber"), MovingPrice.DefaultHalvingBlocks, I96F32.FromDouble(0.5), U64F64.One, U64F64.Zero);

        Assert.True(next.ToDouble() < 0.001);
        Assert.Equal(s.GetProperty("port_INFERRED").GetDouble(), next.ToDouble());
    }

    [Fact]
    public void MovingPrice_LongAfterStart_MovesHalfway()
    {
        JsonElement s = Scenario("test_update_moving_price_after_time");
        JsonElement inputs = s.GetProperty("inputs");
        I96F32 next = MovingPrice.Update(VectorValues.U64(inputs, "block"), VectorValues.U64(inputs, "FirstEmissionBlockNumber"), MovingPrice.DefaultHalvingBlocks, I96F32.FromDouble(0.5), U64F64.One, U64F64.Zero);

        Assert.InRange(next.ToDouble(), 0.5 - 0.001, 0.5 + 0.001);
        Assert.Equal(s.GetProperty("port_INFERRED").GetDouble(), next.ToDouble());
    }

    [Fact]
    public void AlphaIssuanceBase_TwoStableSubnets_HalfEachExactly()
    {
        JsonElement expected = Scenario("test_coinbase_alpha_issuance_base").GetProperty("expected");
        SubnetCoinbaseState[] subnets = [Subnet(1, 0, 1_000_000, 1_000_000), Subnet(2, 0, 1_000_000, 1_000_000)];

        CoinbaseBlockResult r = BlockCoinbase.EmitToSubnets(1_000_000, subnets, FullInjectionRoot);

        Assert.Equal(VectorValues.U64(expected, "SubnetAlphaIn_1"), r.Subnets[0].State.Pool.AlphaIn);
        Assert.Equal(VectorValues.U64(expected, "SubnetAlphaIn_2"), r.Subnets[1].State.Pool.AlphaIn);
    }

    [Fact]
    public void AlphaIssuanceDifferent_PricesOneAndTwo_ThirdsExactly()
    {
        JsonElement expected = Scenario("test_coinbase_alpha_issuance_different").GetProperty("expected");
        SubnetCoinbaseState[] subnets = [Subnet(1, 1, 1_000_000, 1_000_000, 1), Subnet(2, 1, 2_000_000, 1_000_000, 2)];

        CoinbaseBlockResult r = BlockCoinbase.EmitToSubnets(1_000_000, subnets, FullInjectionRoot);

        Assert.Equal(VectorValues.U64(expected, "SubnetAlphaIn_1"), r.Subnets[0].State.Pool.AlphaIn);
        Assert.Equal(VectorValues.U64(expected, "SubnetAlphaIn_2"), r.Subnets[1].State.Pool.AlphaIn);
        // 333_333 + 666_666 TAO injected after flooring each term: the last rao of the credit is recycled.
        Assert.Equal(1UL, r.RecycledTao);
    }

    [Fact]
    public void AlphaIssuanceWithCapTrigger_LowPrice_CapsInjectionButFullAlphaOut()
    {
        JsonElement s = Scenario("test_coinbase_alpha_issuance_with_cap_trigger");
        JsonElement inputs = s.GetProperty("inputs");
        ulong tao = VectorValues.U64(inputs, "SubnetTAO");
        ulong alpha = VectorValues.U64(inputs, "SubnetAlphaIn");
        SubnetCoinbaseState[] subnets = [Subnet(1, 1, tao, alpha, 1), Subnet(2, 1, tao, alpha, 2)];

        CoinbaseBlockResult r = BlockCoinbase.EmitToSubnets(VectorValues.U64(inputs, "block_emission"), subnets, FullInjectionRoot);

        foreach (SubnetCoinbaseResult subnet in r.Subnets)
        {
            Assert.True(subnet.State.Pool.AlphaIn < alpha + 1_000_000_000);
            Assert.Equal(VectorValues.U64(s.GetProperty("expected"), "SubnetAlphaOutEmission_both"), subnet.AlphaOutEmission);
            Assert.True(subnet.ExcessTao > 0);
        }
    }

    [Fact]
    public void TaoIssuanceMultiple_ThreeStableSubnets_ThirdEachWithinOne()
    {
        SubnetCoinbaseState[] subnets = [Subnet(1, 0, 0, 0), Subnet(2, 0, 0, 0), Subnet(3, 0, 0, 0)];
        const ulong Emission = 3_333_333;

        CoinbaseBlockResult r = BlockCoinbase.EmitToSubnets(Emission, subnets, MockDefaults);

        foreach (SubnetCoinbaseResult subnet in r.Subnets)
        {
            Assert.InRange(subnet.State.Pool.SubnetTao, (Emission / 3) - 1, (Emission / 3) + 1);
        }

        ulong staked = r.Subnets.Aggregate(0UL, (acc, s) => acc + s.TotalStakeIncrease);
        Assert.InRange(staked, Emission - 3, Emission + 3);
        Assert.InRange(Emission - r.RecycledTao, Emission - 3, Emission + 3);
    }

    [Fact]
    public void DisabledSubnet_EmissionRedistributedToEnabledOnes()
    {
        JsonElement s = Scenario("test_coinbase_disabled_subnet_emission_redistributes_tao_to_enabled_subnets");
        JsonElement expected = s.GetProperty("expected");
        ulong emission = VectorValues.U64(s.GetProperty("inputs"), "block_emission");
        bool[] enabled = [.. s.GetProperty("inputs").GetProperty("SubnetEmissionEnabled").EnumerateArray().Select(e => e.GetBoolean())];
        SubnetCoinbaseState[] subnets = [Subnet(1, 0, 0, 0, enabled: enabled[0]), Subnet(2, 0, 0, 0, enabled: enabled[1]), Subnet(3, 0, 0, 0, enabled: enabled[2])];
        ulong tolerance = VectorValues.U64(expected, "tolerance");

        (ushort NetUid, U96F32 TaoEmission)[] split = SubnetEmissionShares.BlockEmissions(
            [.. subnets.Select(x => new SubnetShareInput(x.NetUid, U64F64.One, U96F32.Zero, x.EmissionEnabled))], U96F32.FromInt(emission));
        ulong[] expectedEmission = [.. expected.GetProperty("subnet_emission").EnumerateArray().Select(e => e.GetUInt64())];
        for (int i = 0; i < 3; i++)
        {
            Assert.InRange(split[i].TaoEmission.ToDouble(), expectedEmission[i] - (double)tolerance, expectedEmission[i] + (double)tolerance);
        }

        SubnetTerms disabled = SubnetTerms.Compute(split[1].TaoEmission, 0, U64F64.One, U96F32.Zero);
        Assert.Equal((ulong)expected.GetProperty("disabled_alpha_in").GetInt32(), disabled.AlphaIn.SaturatingToInt<ulong>());
        Assert.Equal((ulong)expected.GetProperty("disabled_excess_tao").GetInt32(), disabled.ExcessTao.SaturatingToInt<ulong>());
        Assert.True(disabled.AlphaOut > U96F32.Zero);

        CoinbaseBlockResult r = BlockCoinbase.EmitToSubnets(emission, subnets, MockDefaults);
        Assert.InRange(r.Subnets[0].State.Pool.SubnetTao, (emission / 2) - tolerance, (emission / 2) + tolerance);
        Assert.Equal(0UL, r.Subnets[1].State.Pool.SubnetTao);
        Assert.InRange(r.Subnets[2].State.Pool.SubnetTao, (emission / 2) - tolerance, (emission / 2) + tolerance);
        Assert.InRange(emission - r.RecycledTao, emission - tolerance, emission + tolerance);
        Assert.True(r.Subnets[1].AlphaOutEmission > 0);
    }

    [Fact]
    public void DrainTwoStakersDifferentRoot_TaoWeightOne_EachGetsHalf()
    {
        JsonElement s = Scenario("test_drain_base_with_subnet_with_two_stakers_registered_and_root_different_amounts");
        JsonElement inputs = s.GetProperty("inputs");
        JsonElement pending = inputs.GetProperty("distribute_emission");
        AccountId32 coldkey = Account(3);
        AccountId32 hk1 = Account(1);
        AccountId32 hk2 = Account(2);
        Dictionary<AccountId32, HotkeyDistributionInfo> hotkeys = new()
        {
            [hk1] = new(VectorValues.U64(inputs.GetProperty("hotkey1"), "alpha"), VectorValues.U64(inputs.GetProperty("hotkey1"), "root"), coldkey, 0, 0, [], []),
            [hk2] = new(VectorValues.U64(inputs.GetProperty("hotkey2"), "alpha"), VectorValues.U64(inputs.GetProperty("hotkey2"), "root"), coldkey, 0, 0, [], []),
        };

        // The epoch (no weights, no permits) splits by stake weight alpha + tw·root = 3e9 : 2e9 and pays no incentive.
        DistributionResult r = EmissionDistribution.Distribute(Input(
            new PendingEmission(VectorValues.U64(pending, "pending_server"), VectorValues.U64(pending, "pending_validator"), VectorValues.U64(pending, "pending_root"), VectorValues.U64(pending, "owner_cut")),
            [new HotkeyEmission(hk1, 0, 600_000_000), new HotkeyEmission(hk2, 0, 400_000_000)],
            Proportions.TaoWeight(ulong.MaxValue),
            hotkeys));

        ulong tolerance = VectorValues.U64(s.GetProperty("expected"), "tolerance");
        ulong expectedGain = VectorValues.U64(s.GetProperty("expected"), "alpha_stake_after_each") - 1_000_000_000;
        Assert.Equal(1_000_000_000UL, r.ValidatorAlpha);
        foreach (DividendPayout d in r.AlphaDividends)
        {
            Assert.InRange(d.Take + d.Nominators, expectedGain - tolerance, expectedGain + tolerance);
        }
    }

    [Fact]
    public void DrainChildkeyParentkey_TenPercentChildTake_ParentNinetyChildTen()
    {
        JsonElement s = Scenario("test_drain_alpha_childkey_parentkey");
        JsonElement inputs = s.GetProperty("inputs");
        AccountId32 parent = Account(1);
        AccountId32 child = Account(2);
        AccountId32 coldkey = Account(3);
        ushort childTake = ushort.MaxValue / 10;
        Dictionary<AccountId32, HotkeyDistributionInfo> hotkeys = new()
        {
            // The parent never registered, so it has no Owner entry (the zero account): a different owner than the child's.
            [parent] = new(VectorValues.U64(inputs, "parent_alpha"), 0, default, Proportions.DefaultDelegateTake, 0, [new ChildKeyLink(ulong.MaxValue, child)], []),
            [child] = new(0, 0, coldkey, Proportions.DefaultDelegateTake, childTake, [], [new ChildKeyLink(ulong.MaxValue, parent)]),
        };

        DistributionResult r = EmissionDistribution.Distribute(Input(
            new PendingEmission(500_000_000, 500_000_000, 0, 0),
            [new HotkeyEmission(child, 0, 1_000_000_000)],
            U96F32.Zero,
            hotkeys));

        const ulong Tolerance = 10_000;
        ulong parentGain = r.AlphaDividends.Single(d => d.Hotkey == parent) is var p ? p.Take + p.Nominators : 0;
        ulong childGain = r.AlphaDividends.Single(d => d.Hotkey == child) is var c ? c.Take + c.Nominators : 0;
        Assert.InRange(parentGain, 900_000_000 - Tolerance, 900_000_000 + Tolerance);
        Assert.InRange(childGain, 100_000_000 - Tolerance, 100_000_000 + Tolerance);
    }

    [Fact]
    public void DividendDistributionTotals_SumsMatchPendingWithinThousand()
    {
        JsonElement inputs = Scenario("test_calculate_dividend_distribution_totals").GetProperty("inputs");
        Dictionary<AccountId32, (ulong Alpha, ulong Root)> stakes = [];
        Dictionary<AccountId32, U96F32> dividends = [];
        byte id = 0;
        foreach (JsonProperty hk in inputs.GetProperty("stake_map").EnumerateObject())
        {
            AccountId32 key = Account(id);
            stakes[key] = (hk.Value[0].GetUInt64(), hk.Value[1].GetUInt64());
            dividends[key] = U96F32.FromInt(inputs.GetProperty("dividends").GetProperty(hk.Name).GetUInt64());
            id++;
        }

        ulong pendingValidator = VectorValues.U64(inputs, "pending_validator_alpha");
        ulong pendingRoot = VectorValues.U64(inputs, "pending_root_alpha");
        (SortedDictionary<AccountId32, U96F32> alpha, SortedDictionary<AccountId32, U96F32> root) =
            EmissionDistribution.DividendDistribution(pendingValidator, pendingRoot, U96F32.FromDouble(inputs.GetProperty("tao_weight").GetDouble()), stakes, dividends);

        ulong alphaTotal = alpha.Values.Aggregate(U96F32.Zero, (a, b) => a + b).SaturatingToInt<ulong>();
        ulong rootTotal = root.Values.Aggregate(U96F32.Zero, (a, b) => a + b).SaturatingToInt<ulong>();
        Assert.InRange(alphaTotal, pendingValidator - 1000, pendingValidator + 1000);
        Assert.InRange(rootTotal, pendingRoot - 1000, pendingRoot + 1000);
    }

    internal static DistributionInput Input(PendingEmission pending, IReadOnlyList<HotkeyEmission> emission, U96F32 taoWeight, IReadOnlyDictionary<AccountId32, HotkeyDistributionInfo> hotkeys) =>
        new(pending, emission, taoWeight, U96F32.Zero, hotkeys, Proportions.DefaultDelegateTake, null, null, [], new Dictionary<AccountId32, AccountId32>(), null);
}
