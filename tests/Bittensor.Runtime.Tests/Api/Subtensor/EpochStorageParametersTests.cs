using Bittensor.Runtime.Framework.Storage;
using Bittensor.Runtime.Pallets.Subtensor;
using static Bittensor.Runtime.Tests.Api.Subtensor.ApiScenario;

namespace Bittensor.Runtime.Tests.Api.Subtensor;

/// <summary>
/// The block step reads the hyperparameters AdminUtils writes (upstream <c>epoch/run_epoch.rs</c> reads
/// <c>get_liquid_alpha_enabled</c> / <c>get_alpha_values_32</c> / <c>get_alpha_sigmoid_steepness</c>;
/// <c>update_moving_price</c> reads <c>EMAPriceHalvingBlocks</c> and <c>SubnetMovingAlpha</c>): the same chain with other stored values gives other
/// bonds and another moving price.
/// </summary>
public class EpochStorageParametersTests
{
    private static readonly Lazy<ApiChain> s_plain = new(() => Build((_, _) => { }));

    /// <summary>The API scenario's chain on a Yuma 3 subnet, after <paramref name="configure"/>.</summary>
    private static ApiChain Build(Action<SubtensorModule, IStorage> configure) => ApiScenario.Build((m, s) =>
    {
        m.Yuma3On.Insert(s, NetUid, true);
        configure(m, s);
    });

    private static (ushort Uid, ushort Value)[][] AllBonds(ApiChain chain)
    {
        ushort n = chain.Module.SubnetworkN.Get(chain.State, NetUid);
        return [.. Enumerable.Range(0, n).Select(uid => chain.Module.Bonds.Get(chain.State, NetUid, (ushort)uid))];
    }

    [Fact]
    public void Epoch_LiquidAlphaOnInStorage_ChangesTheBonds()
    {
        ApiChain plain = s_plain.Value;
        ApiChain liquid = Build((m, s) =>
        {
            m.LiquidAlphaOn.Insert(s, NetUid, true);
            m.AlphaValues.Insert(s, NetUid, (1_700, 2_000));
        });

        (ushort Uid, ushort Value)[][] plainBonds = AllBonds(plain);
        Assert.Contains(plainBonds, row => row.Length > 0);
        Assert.NotEqual(plainBonds, AllBonds(liquid));
    }

    [Fact]
    public void Epoch_AlphaValuesInStorage_AreWhatLiquidAlphaUses()
    {
        (ushort, ushort) low = (1_700, 2_000);
        (ushort, ushort) high = (60_000, 65_000);
        ApiChain lowAlpha = Build((m, s) =>
        {
            m.LiquidAlphaOn.Insert(s, NetUid, true);
            m.AlphaValues.Insert(s, NetUid, low);
        });
        ApiChain highAlpha = Build((m, s) =>
        {
            m.LiquidAlphaOn.Insert(s, NetUid, true);
            m.AlphaValues.Insert(s, NetUid, high);
        });

        Assert.NotEqual(AllBonds(lowAlpha), AllBonds(highAlpha));
    }

    [Fact]
    public void MovingPrice_SubnetMovingAlphaInStorage_ChangesTheMovingPrice()
    {
        // update_moving_price reads SubnetMovingAlpha (default 0.000003); 0.5 moves the price much faster.
        ApiChain plain = s_plain.Value;
        ApiChain fast = Build((m, s) => m.SubnetMovingAlpha.Put(s, (UInt128)1 << 31));

        UInt128 slow = plain.Module.SubnetMovingPrice.Get(plain.State, NetUid);
        Assert.NotEqual(slow, fast.Module.SubnetMovingPrice.Get(fast.State, NetUid));
    }

    [Fact]
    public void MovingPrice_EmaPriceHalvingBlocksInStorage_ChangesTheMovingPrice()
    {
        ApiChain plain = s_plain.Value;
        ApiChain fast = Build((m, s) => m.EMAPriceHalvingBlocks.Insert(s, NetUid, 1UL));

        UInt128 slow = plain.Module.SubnetMovingPrice.Get(plain.State, NetUid);
        Assert.NotEqual(slow, fast.Module.SubnetMovingPrice.Get(fast.State, NetUid));
    }
}
