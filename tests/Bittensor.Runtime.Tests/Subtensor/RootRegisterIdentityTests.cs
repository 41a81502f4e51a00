using Bittensor.Core.Primitives;
using Bittensor.Runtime.Pallets.Subtensor;

namespace Bittensor.Runtime.Tests.Subtensor;

public class RootRegisterIdentityTests
{
    private static readonly AccountId32 Alice = SubtensorHarness.Alice;
    private static readonly AccountId32 Bob = SubtensorHarness.Bob;

    private static object?[] Identity(int nameLength = 4) =>
        [new byte[nameLength], "https://github.com/x"u8.ToArray(), "c"u8.ToArray(), "u"u8.ToArray(), "d"u8.ToArray(), "desc"u8.ToArray(), "l"u8.ToArray(), Array.Empty<byte>()];

    [Fact]
    public void RootRegister_AppendsUid_MakesDelegate_AndCountsRegistrations()
    {
        var h = new SubtensorHarness();
        SubtensorModule m = h.Module;
        AccountId32 hot = SubtensorHarness.Hotkey(1);
        Assert.Equal((byte)62, m.RootRegister.Index);
        Assert.Null(h.Error(m.RootRegister.Create(hot), Bob));
        Assert.Equal(hot, m.Keys.Get(h.S, 0, 0));
        Assert.Equal(Bob, m.Owner.Get(h.S, hot));
        Assert.True(m.Delegates.ContainsKey(h.S, hot));
        Assert.True(h.Context.Events[^1].Event.Is(m.NeuronRegistered));

        // Upstream never resets root's registration counters: MaxRegistrationsPerBlock (1) is reached.
        Assert.Equal(m.TooManyRegistrationsThisBlock.ToDispatchError(), h.Error(m.RootRegister.Create(SubtensorHarness.Hotkey(2)), Bob));
        m.MaxRegistrationsPerBlock.Insert(h.S, 0, 100);
        Assert.Equal(m.HotKeyAlreadyRegisteredInSubNet.ToDispatchError(), h.Error(m.RootRegister.Create(hot), Bob));
        m.RegistrationsThisInterval.Insert(h.S, 0, 6);
        Assert.Equal(m.TooManyRegistrationsThisInterval.ToDispatchError(), h.Error(m.RootRegister.Create(SubtensorHarness.Hotkey(2)), Bob));
    }

    [Fact]
    public void RootRegister_WhenFull_ReplacesTheLowestStake_OnlyWithMoreStake()
    {
        var h = new SubtensorHarness();
        SubtensorModule m = h.Module;
        m.MaxRegistrationsPerBlock.Insert(h.S, 0, 100);
        m.TargetRegistrationsPerInterval.Insert(h.S, 0, 100);
        m.MaxAllowedUids.Insert(h.S, 0, 2);
        Assert.Null(h.Error(m.RootRegister.Create(SubtensorHarness.Hotkey(1)), Bob));
        Assert.Null(h.Error(m.RootRegister.Create(SubtensorHarness.Hotkey(2)), Bob));
        m.TotalHotkeyAlpha.Insert(h.S, SubtensorHarness.Hotkey(1), 0, 50);
        m.TotalHotkeyAlpha.Insert(h.S, SubtensorHarness.Hotkey(2), 0, 10);
        m.TotalHotkeyAlpha.Insert(h.S, SubtensorHarness.Hotkey(3), 0, 10);
        Assert.Equal(m.StakeTooLowForRoot.ToDispatchError(), h.Error(m.RootRegister.Create(SubtensorHarness.Hotkey(3)), Alice));
        m.TotalHotkeyAlpha.Insert(h.S, SubtensorHarness.Hotkey(3), 0, 11);
        Assert.Null(h.Error(m.RootRegister.Create(SubtensorHarness.Hotkey(3)), Alice));
        Assert.Equal(SubtensorHarness.Hotkey(3), m.Keys.Get(h.S, 0, 1));
        Assert.False(m.Uids.ContainsKey(h.S, 0, SubtensorHarness.Hotkey(2)));
    }

    [Fact]
    public void RegisterNetworkWithIdentity_StoresIdentity_OrRejectsInvalidOne()
    {
        var h = new SubtensorHarness();
        SubtensorModule m = h.Module;
        Assert.Equal((byte)79, m.RegisterNetworkWithIdentity.Index);
        Assert.Equal(m.InvalidIdentity.ToDispatchError(), h.Error(m.RegisterNetworkWithIdentity.Create(SubtensorHarness.Hotkey(1), Identity(257)), Alice));
        Assert.Single(m.ExistingSubnets(h.S));

        Assert.Null(h.Error(m.RegisterNetworkWithIdentity.Create(SubtensorHarness.Hotkey(1), Identity()), Alice));
        ushort netuid = m.ExistingSubnets(h.S).Max();
        Assert.True(m.SubnetIdentitiesV3.TryGet(h.S, netuid, out object?[] stored));
        Assert.Equal("https://github.com/x"u8.ToArray(), stored[1]);
        Assert.True(h.Context.Events[^1].Event.Is(m.SubnetIdentitySet));

        Assert.Null(h.Error(m.RegisterNetworkWithIdentity.Create(SubtensorHarness.Hotkey(2), (object?)null), Alice));
        Assert.False(m.SubnetIdentitiesV3.ContainsKey(h.S, m.ExistingSubnets(h.S).Max()));
    }
}
