using Bittensor.Core.Chain.Extrinsics;
using Bittensor.Core.Primitives;
using Bittensor.Runtime.Framework;
using Bittensor.Runtime.Tests.Executive;

namespace Bittensor.Runtime.Tests.Pallets;

public class BalancesTests
{
    private static readonly AccountId32 Alice = TestChain.Alice;
    private static readonly AccountId32 Bob = TestChain.Bob;
    private static readonly AccountId32 Nobody = new(Enumerable.Repeat((byte)7, 32).ToArray());

    private static RuntimeCall KeepAlive(PalletHarness h, in AccountId32 to, ulong amount) => h.Runtime.Balances.TransferKeepAlive.Create(MultiAddress.Id(to), amount);

    private static RuntimeCall AllowDeath(PalletHarness h, in AccountId32 to, ulong amount) => h.Runtime.Balances.TransferAllowDeath.Create(MultiAddress.Id(to), amount);

    [Fact]
    public void TransferToNewAccount_CreatesItWithNewAccountAndEndowed()
    {
        var h = new PalletHarness();
        Assert.True(h.Dispatch(KeepAlive(h, Nobody, 1_000), Origin.Signed(Alice)).IsOk);
        Assert.Equal(1_000UL, h.Free(Nobody));
        Assert.Equal(1u, h.Account(Nobody).Providers);
        Assert.Equal(["System.NewAccount", "Balances.Endowed", "Balances.Transfer"], h.EventNames());
        Assert.Equal(h.SumOfBalances(), h.TotalIssuance);
    }

    [Fact]
    public void TransferBelowExistentialDeposit_ToNewAccount_IsBelowMinimum()
    {
        var h = new PalletHarness();
        Assert.Equal(DispatchError.Token(TokenError.BelowMinimum), h.Dispatch(KeepAlive(h, Nobody, 499), Origin.Signed(Alice)).Error);
        Assert.False(h.Exists(Nobody));
        Assert.Empty(h.Context.Events);
    }

    [Fact]
    public void KeepAlive_RefusesToKill_AllowDeath_ReapsWithDustLost()
    {
        var h = new PalletHarness();
        ulong bob = h.Free(Bob);
        Assert.Equal(DispatchError.Token(TokenError.NotExpendable), h.Dispatch(KeepAlive(h, Alice, bob - 100), Origin.Signed(Bob)).Error);
        Assert.Equal(DispatchError.Token(TokenError.NotExpendable), h.Dispatch(KeepAlive(h, Alice, bob), Origin.Signed(Bob)).Error);
        Assert.Equal(DispatchError.Token(TokenError.FundsUnavailable), h.Dispatch(KeepAlive(h, Alice, bob + 1), Origin.Signed(Bob)).Error);
        Assert.True(h.Dispatch(KeepAlive(h, Alice, bob - 500), Origin.Signed(Bob)).IsOk);
        Assert.Equal(500UL, h.Free(Bob));

        var h2 = new PalletHarness();
        ulong issuance = h2.TotalIssuance;
        Assert.True(h2.Dispatch(AllowDeath(h2, Alice, bob - 100), Origin.Signed(Bob)).IsOk);
        Assert.False(h2.Exists(Bob));
        Assert.Equal(issuance - 100, h2.TotalIssuance);
        Assert.Equal(["System.KilledAccount", "Balances.DustLost", "Balances.Transfer"], h2.EventNames());
        Assert.Equal(100UL, h2.Context.Events[1].Event.Get<ulong>("amount"));
        Assert.Equal(h2.SumOfBalances(), h2.TotalIssuance);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void TransferAll_MovesEverythingTransferable(bool keepAlive)
    {
        var h = new PalletHarness();
        ulong bob = h.Free(Bob);
        ulong alice = h.Free(Alice);
        Assert.True(h.Dispatch(h.Runtime.Balances.TransferAll.Create(MultiAddress.Id(Alice), keepAlive), Origin.Signed(Bob)).IsOk);
        if (keepAlive)
        {
            Assert.Equal(500UL, h.Free(Bob));
            Assert.Equal(alice + bob - 500, h.Free(Alice));
        }
        else
        {
            Assert.False(h.Exists(Bob));
            Assert.Equal(alice + bob, h.Free(Alice));
        }

        Assert.Equal(h.SumOfBalances(), h.TotalIssuance);
    }

    [Fact]
    public void ForceTransfer_NeedsRoot_ForceSetBalance_AdjustsIssuance()
    {
        var h = new PalletHarness();
        RuntimeCall force = h.Runtime.Balances.ForceTransfer.Create(MultiAddress.Id(Bob), MultiAddress.Id(Alice), 1_000UL);
        Assert.Equal(DispatchError.BadOrigin, h.Dispatch(force, Origin.Signed(Alice)).Error);
        Assert.True(h.Dispatch(force, Origin.Root).IsOk);

        ulong issuance = h.TotalIssuance;
        Assert.True(h.Dispatch(h.Runtime.Balances.ForceSetBalance.Create(MultiAddress.Id(Nobody), 10_000UL), Origin.Root).IsOk);
        Assert.Equal(issuance + 10_000, h.TotalIssuance);
        Assert.True(h.Dispatch(h.Runtime.Balances.ForceSetBalance.Create(MultiAddress.Id(Nobody), 400UL), Origin.Root).IsOk);
        Assert.False(h.Exists(Nobody));
        Assert.Equal(issuance, h.TotalIssuance);
        Assert.Equal(h.SumOfBalances(), h.TotalIssuance);
    }

    [Fact]
    public void Burn_ReducesIssuance_UnknownAddressKind_IsCannotLookup()
    {
        var h = new PalletHarness();
        ulong issuance = h.TotalIssuance;
        Assert.True(h.Dispatch(h.Runtime.Balances.Burn.Create(5_000UL, true), Origin.Signed(Alice)).IsOk);
        Assert.Equal(issuance - 5_000, h.TotalIssuance);
        Assert.Contains("Balances.Burned", h.EventNames());
        Assert.Equal(DispatchError.CannotLookup, h.Dispatch(h.Runtime.Balances.TransferKeepAlive.Create(MultiAddress.Raw([1, 2]), 1_000UL), Origin.Signed(Alice)).Error);
        Assert.Equal(DispatchError.BadOrigin, h.Dispatch(KeepAlive(h, Bob, 1_000), Origin.None).Error);
    }

    [Fact]
    public void FailedDispatch_RollsBackItsOwnChangesAndEvents()
    {
        var h = new PalletHarness();
        h.Context.BeginTransaction();
        Assert.False(h.Dispatch(KeepAlive(h, Nobody, 1), Origin.Signed(Alice)).IsOk);
        Assert.Empty(h.Context.Events);
        h.Context.CommitTransaction();
        Assert.False(h.Exists(Nobody));
    }
}
