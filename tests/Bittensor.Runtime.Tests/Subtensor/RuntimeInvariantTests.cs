using Bittensor.Core.FixedPoint;
using Bittensor.Core.Primitives;
using Bittensor.Core.Storage.Trie;
using Bittensor.Runtime.Framework;
using Bittensor.Runtime.Pallets.Subtensor;
using Bittensor.Runtime.Swap;

namespace Bittensor.Runtime.Tests.Subtensor;

/// <summary>
/// 10,000 blocks of seeded random staking, registration and weight calls from many accounts, checking after every block
/// (every fifth block) that TAO and alpha are accounted for and, on a sample, that a failing call leaves the state untouched.
/// </summary>
public class RuntimeInvariantTests
{
    private const ulong Tao = SubtensorHarness.Tao;
    private const ulong MaxSupply = 21_000_000 * Tao;

    [Fact]
    [Trait("Category", "Integration")]
    public void RandomCalls_Over10000Blocks_KeepIssuanceAndAlphaAccounted_AndFailuresChangeNothing()
    {
        var h = new SubtensorHarness(extraAccounts: 8);
        SubtensorModule m = h.Module;
        var random = new Random(20_261_207);
        AccountId32[] coldkeys = [.. h.Accounts, SubtensorHarness.Bob];
        ushort[] subnets = [h.CreateSubnet(SubtensorHarness.Alice, SubtensorHarness.Hotkey(0)), h.CreateSubnet(SubtensorHarness.Bob, SubtensorHarness.Hotkey(1))];
        var hotkeys = new List<(AccountId32 Hotkey, AccountId32 Coldkey)> { (SubtensorHarness.Hotkey(0), SubtensorHarness.Alice), (SubtensorHarness.Hotkey(1), SubtensorHarness.Bob) };
        int nextHotkey = 100;
        int failures = 0;
        int successes = 0;
        int checkedFailures = 0;

        for (int block = 0; block < 10_000; block++)
        {
            h.NextBlock();
            int calls = random.Next(3);
            for (int c = 0; c < calls; c++)
            {
                AccountId32 who = coldkeys[random.Next(coldkeys.Length)];
                ushort netuid = subnets[random.Next(subnets.Length)];
                ushort other = subnets[random.Next(subnets.Length)];
                (AccountId32 hot, AccountId32 hotOwner) = hotkeys[random.Next(hotkeys.Count)];
                ulong stake = m.GetStake(h.S, hot, who, netuid);
                ulong someAlpha = stake == 0 ? (ulong)random.Next(1, 1_000) * Tao / 100 : (ulong)(stake * random.NextDouble());
                RuntimeCall call;
                AccountId32 signer = who;
                switch (random.Next(11))
                {
                    case 0:
                    case 1:
                        call = m.AddStake.Create(hot, netuid, (ulong)random.Next(0, 5_000) * Tao / 100);
                        break;
                    case 2:
                        call = m.RemoveStake.Create(hot, netuid, someAlpha);
                        break;
                    case 3:
                        call = m.MoveStake.Create(hot, hotkeys[random.Next(hotkeys.Count)].Hotkey, netuid, other, someAlpha);
                        break;
                    case 4:
                        call = m.SwapStake.Create(hot, netuid, other, someAlpha);
                        break;
                    case 5:
                        call = m.TransferStake.Create(coldkeys[random.Next(coldkeys.Length)], hot, netuid, other, someAlpha);
                        break;
                    case 6:
                        ulong price = SwapEngine.CurrentPrice(m.GetPool(h.S, netuid)).SaturatingMul(U64F64.FromInt(Tao)).SaturatingToInt<ulong>();
                        ulong limit = price + (price * (ulong)random.Next(0, 5) / 100);
                        call = m.AddStakeLimit.Create(hot, netuid, (ulong)random.Next(0, 20_000) * Tao / 100, limit, random.Next(2) == 0);
                        break;
                    case 7:
                        ulong p = SwapEngine.CurrentPrice(m.GetPool(h.S, netuid)).SaturatingMul(U64F64.FromInt(Tao)).SaturatingToInt<ulong>();
                        call = m.RemoveStakeLimit.Create(hot, netuid, someAlpha, p - (p * (ulong)random.Next(0, 5) / 100), random.Next(2) == 0);
                        break;
                    case 8:
                        // Registrations beyond ~24 hotkeys re-register existing ones (HotKeyAlreadyRegisteredInSubNet or a
                        // second subnet), keeping epochs small enough for the test to run in seconds.
                        AccountId32 fresh = hotkeys.Count < 24 ? SubtensorHarness.Hotkey(nextHotkey++) : hot;
                        call = m.BurnedRegister.Create(netuid, fresh);
                        if (fresh != hot)
                        {
                            hotkeys.Add((fresh, who));
                        }

                        break;
                    case 9:
                        signer = hot;
                        ushort uid = m.Uids.TryGet(h.S, netuid, hot, out ushort u) ? u : (ushort)0;
                        call = m.SetWeights.Create(netuid, new object?[] { uid }, new object?[] { (ushort)random.Next(1, 100) }, 0UL);
                        break;
                    default:
                        call = random.Next(2) == 0 ? m.UnstakeAll.Create(hot) : m.UnstakeAllAlpha.Create(hot);
                        break;
                }

                bool checkFailure = block % 400 == 0;
                H256 before = checkFailure ? h.Context.Overlay.StateRoot(StateVersion.V1) : default;
                int events = h.Context.Events.Count;
                DispatchResult result = h.Dispatch(call, signer);
                if (result.IsOk)
                {
                    successes++;
                    continue;
                }

                failures++;
                Assert.Equal(events, h.Context.Events.Count);
                if (checkFailure)
                {
                    checkedFailures++;
                    Assert.Equal(before, h.Context.Overlay.StateRoot(StateVersion.V1));
                }
            }

            if (block % 5 == 0)
            {
                AssertAccounted(h, subnets, block);
            }
        }

        Assert.True(successes > 3_000, $"{successes} successful calls");
        Assert.True(failures > 500, $"{failures} failed calls");
        Assert.True(checkedFailures > 3, $"{checkedFailures} failures checked against the state root");
    }

    private static void AssertAccounted(SubtensorHarness h, ushort[] subnets, int block)
    {
        SubtensorModule m = h.Module;

        // TAO: balances issuance = Σ(free + reserved); subtensor's issuance = that + TAO in pools (fees and recycled TAO
        // were taken off it), never above the 21M supply.
        ulong balancesIssuance = h.Runtime.Balances.TotalIssuance.Get(h.S);
        Assert.Equal(h.SumOfBalances(), balancesIssuance);
        Assert.Equal(m.TotalIssuance.Get(h.S), balancesIssuance + h.PoolTao());
        Assert.True(m.TotalIssuance.Get(h.S) <= MaxSupply);

        // Alpha: issuance outside the pool (SubnetAlphaOut) covers Σ hotkey stakes + alpha pending distribution; the rest
        // is burned alpha (swap fees on unstake, burned withheld incentive) and rounding dust, which upstream also keeps in
        // SubnetAlphaOut (its burn counter lives in pallet_alpha_assets, not in this runtime), so no stake is unbacked.
        AccountId32[] hotkeys = [.. m.Owner.Iterate(h.S).Select(e => e.Key)];
        foreach (ushort netuid in subnets)
        {
            ulong staked = hotkeys.Aggregate(0UL, (sum, hot) => checked(sum + m.TotalHotkeyAlpha.Get(h.S, hot, netuid)));
            ulong pending = checked(m.PendingServerEmission.Get(h.S, netuid) + m.PendingValidatorEmission.Get(h.S, netuid) + m.PendingOwnerCut.Get(h.S, netuid) + m.PendingRootAlphaDivs.Get(h.S, netuid));
            ulong alphaOut = m.SubnetAlphaOut.Get(h.S, netuid);
            Assert.True(alphaOut >= staked + pending, $"block {block}, subnet {netuid}: alpha out {alphaOut} < staked {staked} + pending {pending}");
            Assert.True(m.SubnetAlphaIn.Get(h.S, netuid) > 0, $"block {block}, subnet {netuid}: empty pool");
        }
    }
}
