using Bittensor.Core.Primitives;
using Bittensor.Runtime.Framework;
using Bittensor.Runtime.Pallets;
using Bittensor.Runtime.Tests.Executive;

namespace Bittensor.Runtime.Tests.Pallets;

public class SystemTests
{
    [Fact]
    public void Remark_AnyOrigin_RemarkWithEvent_NeedsSigner()
    {
        var h = new PalletHarness();
        Assert.True(h.Dispatch(h.Runtime.System.Remark.Create(new byte[] { 1 }), Origin.None).IsOk);
        Assert.True(h.Dispatch(h.Runtime.System.Remark.Create(new byte[] { 1 }), Origin.Root).IsOk);
        Assert.Equal(DispatchError.BadOrigin, h.Dispatch(h.Runtime.System.RemarkWithEvent.Create(new byte[] { 1 }), Origin.Root).Error);
        Assert.True(h.Dispatch(h.Runtime.System.RemarkWithEvent.Create(new byte[] { 1 }), Origin.Signed(TestChain.Alice)).IsOk);
        RuntimeEvent remarked = Assert.Single(h.Context.Events).Event;
        Assert.Equal(H256.Blake2b256([1]), remarked.Get<H256>("hash"));
    }

    [Fact]
    public void ReferenceCounting_ProvidersConsumersAndReaping()
    {
        var h = new PalletHarness();
        SystemPallet system = h.Runtime.System;
        AccountId32 who = new(Enumerable.Repeat((byte)3, 32).ToArray());
        Assert.Equal(DispatchError.NoProviders, system.IncConsumers(h.Context, who));
        Assert.Equal(IncRefStatus.Created, system.IncProviders(h.Context, who));
        Assert.Equal(IncRefStatus.Existed, system.IncProviders(h.Context, who));
        Assert.Null(system.IncConsumers(h.Context, who));
        Assert.False(system.CanDecProvider(h.Context.Storage, who) && system.Consumers(h.Context.Storage, who) == 0);
        Assert.Equal(DecRefStatus.Exists, system.DecProviders(h.Context, who, out DispatchError? first));
        Assert.Null(first);
        system.DecProviders(h.Context, who, out DispatchError? remaining);
        Assert.Equal(DispatchError.ConsumerRemaining, remaining);
        system.DecConsumers(h.Context, who);
        Assert.Equal(DecRefStatus.Reaped, system.DecProviders(h.Context, who, out _));
        Assert.False(system.AccountExists(h.Context.Storage, who));
        Assert.Equal(["System.NewAccount", "System.KilledAccount"], h.EventNames());

        for (int i = 0; i < SystemPallet.MaxConsumers; i++)
        {
            Assert.Null(system.IncConsumers(h.Context, TestChain.Alice));
        }

        Assert.Equal(DispatchError.TooManyConsumers, system.IncConsumers(h.Context, TestChain.Alice));
    }
}
