using Bittensor.Core.Crypto;
using Bittensor.Core.FixedPoint;
using Bittensor.Core.Primitives;
using Bittensor.Runtime.Api.Subtensor;
using Bittensor.Runtime.Framework.Storage;
using Bittensor.Runtime.Framework.Types;
using Bittensor.Runtime.Pallets.Subtensor;
using Bittensor.Runtime.Swap;
using static Bittensor.Runtime.Tests.Api.Subtensor.ApiScenario;

namespace Bittensor.Runtime.Tests.Api.Subtensor;

public class StakeDelegateSwapApiTests
{
    private static object? Get(CompositeType type, object? row, string name) =>
        ((object?[])row!)[type.Fields.ToList().FindIndex(f => f.Name == name)];

    private static byte[] Acc(KeyPair key) => Id(key).ToArray();

    private static ulong Stake(KeyPair hotkey, KeyPair coldkey) => Chain.Module.GetStake(Chain.State, Id(hotkey), Id(coldkey), NetUid);

    [Fact]
    public void GetStakeInfoForColdkey_ListsEveryNonZeroPosition()
    {
        object?[] bob = (object?[])Chain.Query("StakeInfoRuntimeApi_get_stake_info_for_coldkey", Acc(Bob))!;
        CompositeType t = StakeInfoTypes.StakeInfo;

        Assert.Equal(2, bob.Length);
        foreach (object? info in bob)
        {
            var hotkey = (AccountId32)Get(t, info, "hotkey")!;
            Assert.Equal(Id(Bob), Get(t, info, "coldkey"));
            Assert.Equal(NetUid, Get(t, info, "netuid"));
            Assert.Equal(Chain.Module.GetStake(Chain.State, hotkey, Id(Bob), NetUid), Get(t, info, "stake"));
            Assert.Equal(Chain.Module.AlphaDividendsPerSubnet.Get(Chain.State, NetUid, hotkey), Get(t, info, "emission"));
            Assert.Equal(true, Get(t, info, "is_registered"));
            Assert.Equal(0UL, Get(t, info, "locked"));
        }

        Assert.Equal(new[] { Id(Dave), Id(Eve) }.Order(), bob.Select(i => (AccountId32)Get(t, i, "hotkey")!).Order());
        object? ferdie = Assert.Single((object?[])Chain.Query("StakeInfoRuntimeApi_get_stake_info_for_coldkey", Acc(Ferdie))!);
        Assert.Equal(Stake(Eve, Ferdie), Get(t, ferdie, "stake"));
        Assert.True((ulong)Get(t, ferdie, "stake")! > 0);
        Assert.Equal([0], Chain.Call("StakeInfoRuntimeApi_get_stake_info_for_coldkey", Acc(Charlie)));

        object?[] many = (object?[])Chain.Query("StakeInfoRuntimeApi_get_stake_info_for_coldkeys", ApiChain.Args([8], Acc(Bob), Acc(Ferdie)))!;
        Assert.Equal(new object?[] { new object?[] { Id(Bob), bob }, new object?[] { Id(Ferdie), new object?[] { ferdie } } }, many);
        Assert.Equal(ferdie, Chain.Query("StakeInfoRuntimeApi_get_stake_info_for_hotkey_coldkey_netuid", ApiChain.Args(Acc(Eve), Acc(Ferdie), ApiChain.U16(NetUid))));
    }

    [Fact]
    public void GetStakeAvailability_NothingLocked_EverythingAvailable()
    {
        TypeRef args = TypeRef.Option(TypeRef.Vec(TypeRef.U16));
        object?[] Query(params ushort[]? netuids) =>
            (object?[])((object?[])Chain.Query("StakeInfoRuntimeApi_get_stake_availability_for_coldkeys", ApiChain.Args([8], Acc(Ferdie), Acc(Bob), ScaleValue.EncodeToArray(args, netuids?.Select(n => (object?)n).ToArray())))!)[0]!;

        object?[] all = Query(null!);
        Assert.Equal(new[] { Id(Bob), Id(Ferdie) }.Order(), all.Select(p => (AccountId32)((object?[])p!)[0]!));
        var ferdiePair = (object?[])all.Single(p => ((AccountId32)((object?[])p!)[0]!).Equals(Id(Ferdie)))!;
        object?[] ferdie = (object?[])((object?[])ferdiePair[1]!)[0]!;
        object?[] entry = (object?[])Assert.Single(ferdie)!;
        Assert.Equal(NetUid, entry[0]);
        ulong stake = Stake(Eve, Ferdie);
        Assert.Equal(new object?[] { stake, 0UL, stake }, (object?[])entry[1]!);

        Assert.Equal(all, Query(NetUid, NetUid));
        Assert.All(Query([]), p => Assert.Empty((object?[])((object?[])((object?[])p!)[1]!)[0]!));
        Assert.All(Query(0, 1, 5), p => Assert.Empty((object?[])((object?[])((object?[])p!)[1]!)[0]!));
    }

    [Fact]
    public void GetStakeFee_IsTheSwapFeeOfTheDestination_AndZeroForTheSamePosition()
    {
        TypeRef position = TypeRef.Option(TypeRef.Tuple(KnownTypes.AccountId32, TypeRef.U16));
        byte[] Fee(object? origin, object? destination) => Chain.Call(
            "StakeInfoRuntimeApi_get_stake_fee",
            ApiChain.Args(ScaleValue.EncodeToArray(position, origin), Acc(Bob), ScaleValue.EncodeToArray(position, destination), Acc(Bob), BitConverter.GetBytes(1_000_000_000UL)));

        object?[] eve = [Id(Eve), NetUid];
        Assert.Equal(BitConverter.GetBytes(1_000_000_000UL * 33 / 65535), Fee(null, eve));
        Assert.Equal(new byte[8], Fee(eve, new object?[] { Id(Eve), NetUid }));
        Assert.Equal(new byte[8], Fee(new object?[] { Id(Eve), (ushort)0 }, null));
    }

    [Fact]
    public void LockQueries_WithoutLocks_AreNoneAndZero()
    {
        byte[] args = ApiChain.Args(Acc(Bob), ApiChain.U16(NetUid));
        Assert.Equal([0], Chain.Call("StakeInfoRuntimeApi_get_coldkey_lock", args));
        Assert.Equal(new byte[16], Chain.Call("StakeInfoRuntimeApi_get_hotkey_conviction", args));
        Assert.Equal([0], Chain.Call("StakeInfoRuntimeApi_get_most_convicted_hotkey_on_subnet", ApiChain.U16(NetUid)));
    }

    [Fact]
    public void GetDelegates_ShowsTheNominatorsAndDailyReturn()
    {
        IStorage s = Chain.State;
        SubtensorModule m = Chain.Module;
        CompositeType t = StakeInfoTypes.DelegateInfo;
        object? eve = Assert.Single((object?[])Chain.Query("DelegateInfoRuntimeApi_get_delegates")!);

        Assert.Equal(Id(Eve), Get(t, eve, "delegate_ss58"));
        Assert.Equal(Id(Bob), Get(t, eve, "owner_ss58"));
        Assert.Equal(SubtensorModule.DefaultDelegateTake, Get(t, eve, "take"));
        Assert.Equal(new object?[] { NetUid }, (object?[])Get(t, eve, "registrations")!);
        Assert.Equal(new object?[] { NetUid }, (object?[])Get(t, eve, "validator_permits")!);
        object?[] nominators = (object?[])Get(t, eve, "nominators")!;
        Assert.Equal(new[] { Id(Bob), Id(Ferdie) }.Order(), nominators.Select(n => (AccountId32)((object?[])n!)[0]!));
        foreach (object?[] nominator in nominators.Cast<object?[]>())
        {
            var coldkey = (AccountId32)nominator[0]!;
            Assert.Equal(new object?[] { new object?[] { NetUid, m.GetStake(s, Id(Eve), coldkey, NetUid) } }, (object?[])nominator[1]!);
        }

        ulong emission = m.Emission.Get(s, NetUid)[Uid(Eve)];
        Assert.True(emission > 0);
        ulong expected = U64F64.FromInt(emission).SaturatingMul(U64F64.FromInt(7200).SafeDiv(U64F64.FromInt(10))).SaturatingToInt<ulong>();
        Assert.Equal(expected, Get(t, eve, "total_daily_return"));
        Assert.Equal(0UL, Get(t, eve, "return_per_1000"));

        Assert.Equal(eve, Chain.Query("DelegateInfoRuntimeApi_get_delegate", Acc(Eve)));
        Assert.Equal([0], Chain.Call("DelegateInfoRuntimeApi_get_delegate", Acc(Dave)));
    }

    [Fact]
    public void GetDelegated_ListsTheDelegatesANominatorBacks_WithoutTheirNominators()
    {
        object?[] item = (object?[])Assert.Single((object?[])Chain.Query("DelegateInfoRuntimeApi_get_delegated", Acc(Ferdie))!)!;
        Assert.Equal(Id(Eve), Get(StakeInfoTypes.DelegateInfo, item[0], "delegate_ss58"));
        Assert.Empty((object?[])Get(StakeInfoTypes.DelegateInfo, item[0], "nominators")!);
        Assert.Equal(new object?[] { NetUid, Stake(Eve, Ferdie) }, (object?[])item[1]!);
        Assert.Equal([0], Chain.Call("DelegateInfoRuntimeApi_get_delegated", Acc(Charlie)));
    }

    [Fact]
    public void SimSwaps_MatchThePoolMathAddStakeUses_AndThePriceIsRaoPerAlpha()
    {
        IStorage s = Chain.State;
        SubnetPool pool = Chain.Module.GetPool(s, NetUid);
        CompositeType t = StakeInfoTypes.SimSwapResult;
        U64F64 price = SwapEngine.CurrentPrice(pool);
        ulong priceRao = BitConverter.ToUInt64(Chain.Call("SwapRuntimeApi_current_alpha_price", ApiChain.U16(NetUid)));
        Assert.Equal(price.SaturatingMul(U64F64.FromInt(1_000_000_000)).SaturatingToInt<ulong>(), priceRao);
        Assert.InRange(priceRao, 1UL, 1_000_000_000_000UL);

        const ulong Amount = 5 * Tao;
        object? buy = Chain.Query("SwapRuntimeApi_sim_swap_tao_for_alpha", ApiChain.Args(ApiChain.U16(NetUid), BitConverter.GetBytes(Amount)));
        SwapResult expected = StakeSwap.SwapTaoForAlpha(pool, Amount, SwapEngine.MaxPriceRao, dropFees: false).Result;
        Assert.Equal(expected.AmountPaidIn, Get(t, buy, "tao_amount"));
        Assert.Equal(expected.AmountPaidOut, Get(t, buy, "alpha_amount"));
        Assert.Equal(expected.FeePaid, Get(t, buy, "tao_fee"));
        Assert.True(expected.FeePaid > 0);
        ulong ideal = U64F64.FromInt(Amount).SafeDiv(price).SaturatingToInt<ulong>();
        Assert.Equal(ideal - expected.AmountPaidOut, Get(t, buy, "alpha_slippage"));

        object? sell = Chain.Query("SwapRuntimeApi_sim_swap_alpha_for_tao", ApiChain.Args(ApiChain.U16(NetUid), BitConverter.GetBytes(Amount)));
        SwapResult sold = StakeSwap.SwapAlphaForTao(pool, Amount, SwapEngine.MinPriceRao, dropFees: false).Result;
        Assert.Equal(sold.AmountPaidOut, Get(t, sell, "tao_amount"));
        Assert.Equal(sold.AmountPaidIn, Get(t, sell, "alpha_amount"));
        Assert.Equal(sold.FeePaid, Get(t, sell, "alpha_fee"));

        // Root (mechanism 0) swaps 1:1 without a fee; a missing subnet swaps nothing, which upstream reports as all of
        // the no-slippage amount lost to slippage.
        object? root = Chain.Query("SwapRuntimeApi_sim_swap_tao_for_alpha", ApiChain.Args(ApiChain.U16(0), BitConverter.GetBytes(Amount)));
        Assert.Equal(new object?[] { Amount, Amount, 0UL, 0UL, 0UL, 0UL }, (object?[])root!);
        object? missing = Chain.Query("SwapRuntimeApi_sim_swap_alpha_for_tao", ApiChain.Args(ApiChain.U16(9), BitConverter.GetBytes(Amount)));
        Assert.Equal(new object?[] { 0UL, 0UL, 0UL, 0UL, Amount, 0UL }, (object?[])missing!);
        Assert.Equal(BitConverter.GetBytes(1_000_000_000UL), Chain.Call("SwapRuntimeApi_current_alpha_price", ApiChain.U16(0)));

        object?[] prices = (object?[])Chain.Query("SwapRuntimeApi_current_alpha_price_all")!;
        Assert.Equal(new object?[] { new object?[] { (ushort)0, 1_000_000_000UL }, new object?[] { NetUid, priceRao } }, prices);
    }
}
