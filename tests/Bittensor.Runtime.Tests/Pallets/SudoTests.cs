using Bittensor.Core.Chain.Extrinsics;
using Bittensor.Core.Primitives;
using Bittensor.Runtime.Framework;
using Bittensor.Runtime.Tests.Executive;

namespace Bittensor.Runtime.Tests.Pallets;

public class SudoTests
{
    private static readonly AccountId32 Alice = TestChain.Alice;
    private static readonly AccountId32 Bob = TestChain.Bob;

    private static RuntimeCall ForceTransfer(PalletHarness h, ulong amount) =>
        h.Runtime.Balances.ForceTransfer.Create(MultiAddress.Id(Bob), MultiAddress.Id(Alice), amount);

    [Fact]
    public void Sudo_FromNonSudo_IsRequireSudo()
    {
        var h = new PalletHarness();
        DispatchResult result = h.Dispatch(h.Runtime.Sudo.Sudo.Create(ForceTransfer(h, 1_000)), Origin.Signed(Bob));
        Assert.Equal(DispatchError.Module(12, 0), result.Error);
        Assert.Equal(h.Runtime.Sudo.RequireSudo.ToDispatchError(), result.Error);
        Assert.Empty(h.Context.Events);
        Assert.Equal(DispatchError.BadOrigin, h.Dispatch(h.Runtime.Sudo.Sudo.Create(ForceTransfer(h, 1)), Origin.None).Error);
    }

    [Fact]
    public void Sudo_DispatchesAsRoot_PaysNoFee_AndReportsInnerResult()
    {
        var h = new PalletHarness();
        ulong bob = h.Free(Bob);
        DispatchResult result = h.Dispatch(h.Runtime.Sudo.Sudo.Create(ForceTransfer(h, 1_000)), Origin.Signed(Alice));
        Assert.True(result.IsOk);
        Assert.Equal(Pays.No, result.PaysFee);
        Assert.Equal(bob - 1_000, h.Free(Bob));
        RuntimeEvent sudid = h.Context.Events[^1].Event;
        Assert.True(sudid.Is(h.Runtime.Sudo.Sudid));
        Assert.Null(sudid.Values[0]);
        Assert.Equal("0x0c0000", Hex.Encode(sudid.Encode()));

        // The inner call fails: sudo itself succeeds, the inner changes roll back and Sudid carries the error.
        DispatchResult failing = h.Dispatch(h.Runtime.Sudo.Sudo.Create(ForceTransfer(h, bob * 2)), Origin.Signed(Alice));
        Assert.True(failing.IsOk);
        RuntimeEvent last = h.Context.Events[^1].Event;
        Assert.Equal(DispatchError.Token(TokenError.FundsUnavailable), last.Get<DispatchError>(0));
        Assert.Equal("0x0c00010700", Hex.Encode(last.Encode()));
    }

    [Fact]
    public void SetKey_ChangesKey_WithKeyChangedEvent_AndOldKeyLosesPower()
    {
        var h = new PalletHarness();
        Assert.True(h.Dispatch(h.Runtime.Sudo.SetKey.Create(MultiAddress.Id(Bob)), Origin.Signed(Alice)).IsOk);
        Assert.True(h.Runtime.Sudo.Key.TryGet(h.Context.Storage, out AccountId32 key));
        Assert.Equal(Bob, key);
        RuntimeEvent changed = h.Context.Events[^1].Event;
        Assert.Equal(Alice, changed.Get<AccountId32>("old"));
        Assert.Equal(Bob, changed.Get<AccountId32>("new"));
        Assert.Equal("0x0c0101" + Hex.Encode(Alice.AsSpan(), prefix: false) + Hex.Encode(Bob.AsSpan(), prefix: false), Hex.Encode(changed.Encode()));
        Assert.False(h.Dispatch(h.Runtime.Sudo.Sudo.Create(ForceTransfer(h, 1)), Origin.Signed(Alice)).IsOk);
        Assert.True(h.Dispatch(h.Runtime.Sudo.Sudo.Create(ForceTransfer(h, 1_000)), Origin.Signed(Bob)).IsOk);
    }

    [Fact]
    public void SudoAs_DispatchesSigned_RemoveKey_RemovesIt()
    {
        var h = new PalletHarness();
        ulong bob = h.Free(Bob);
        RuntimeCall transfer = h.Runtime.Balances.TransferKeepAlive.Create(MultiAddress.Id(Alice), 2_000UL);
        Assert.True(h.Dispatch(h.Runtime.Sudo.SudoAs.Create(MultiAddress.Id(Bob), transfer), Origin.Signed(Alice)).IsOk);
        Assert.Equal(bob - 2_000, h.Free(Bob));
        Assert.True(h.Context.Events[^1].Event.Is(h.Runtime.Sudo.SudoAsDone));

        Assert.True(h.Dispatch(h.Runtime.Sudo.RemoveKey.Create(), Origin.Signed(Alice)).IsOk);
        Assert.False(h.Runtime.Sudo.Key.Exists(h.Context.Storage));
        Assert.Equal(DispatchError.Module(12, 0), h.Dispatch(h.Runtime.Sudo.Sudo.Create(ForceTransfer(h, 1)), Origin.Signed(Alice)).Error);
    }

    [Fact]
    public void SudoExtrinsic_FromSudoKey_IsFreeAndDispatchesRoot()
    {
        var chain = new TestChain();
        ulong alice = chain.AccountOf(Alice).Data.Free.Rao;
        ulong bob = chain.AccountOf(Bob).Data.Free.Rao;
        RuntimeCall inner = chain.Runtime.Balances.ForceTransfer.Create(MultiAddress.Id(Bob), MultiAddress.Id(TestChain.Charlie), 3_000UL);
        var result = Assert.Single(chain.Block(chain.Sign(TestChain.Key("Alice"), chain.Runtime.Sudo.Sudo.Create(inner))));
        Assert.Equal(Bittensor.Runtime.Executive.ApplyOutcome.Success, result.Outcome);
        Assert.Equal(alice, chain.AccountOf(Alice).Data.Free.Rao); // fee refunded (Pays::No); Alice is also the author
        Assert.Equal(bob - 3_000, chain.AccountOf(Bob).Data.Free.Rao);
    }
}
