using Bittensor.Node.Rpc;
using Bittensor.Node.Rpc.Json;
using Bittensor.Node.Rpc.Subscriptions;

namespace Bittensor.Node.Tests.Rpc;

public sealed class RpcMethodTableTests
{
    [Fact]
    public void Add_WithAliases_ResolvesEveryNameToOneEntry()
    {
        var table = new RpcMethodTable();
        table.Add("chain_getBlockHash", _ => "0x00", RpcJsonContext.Default.String, "chain_getHead");
        Assert.True(table.TryGet("chain_getBlockHash", out RpcMethodEntry? canonical));
        Assert.True(table.TryGet("chain_getHead", out RpcMethodEntry? alias));
        Assert.Same(canonical, alias);
        Assert.Equal(["chain_getBlockHash", "chain_getHead"], table.Names);
    }

    [Fact]
    public void AddSubscription_RegistersSubscribeUnsubscribeAndAliases()
    {
        var table = new RpcMethodTable();
        table.AddSubscription(
            new RpcSubscriptionSpec("chain_subscribeNewHeads", "chain_unsubscribeNewHeads", "chain_newHead")
            {
                SubscribeAliases = ["chain_subscribeNewHead", "subscribe_newHead"],
                UnsubscribeAliases = ["chain_unsubscribeNewHead", "unsubscribe_newHead"],
            },
            RpcJsonContext.Default.String,
            (_, _) => { });
        Assert.Equal(
            ["chain_subscribeNewHead", "chain_subscribeNewHeads", "chain_unsubscribeNewHead", "chain_unsubscribeNewHeads", "subscribe_newHead", "unsubscribe_newHead"],
            table.Names);
        Assert.True(table.TryGet("subscribe_newHead", out RpcMethodEntry? entry));
        Assert.Equal(RpcMethodKind.Subscribe, entry.Kind);
        Assert.True(table.TryGet("unsubscribe_newHead", out entry));
        Assert.Equal(RpcMethodKind.Unsubscribe, entry.Kind);
    }

    [Theory]
    [InlineData("system_chain", "system_chain")]
    [InlineData("other", "system_chain")]
    [InlineData("other", "other")]
    public void Add_DuplicateName_Throws(string second, string alias)
    {
        var table = new RpcMethodTable();
        table.Add("system_chain", _ => "x", RpcJsonContext.Default.String);
        Assert.Throws<InvalidOperationException>(() => table.Add(second, _ => "y", RpcJsonContext.Default.String, alias));
    }

    [Fact]
    public void Add_SameAliasTwiceInOneCall_Throws()
    {
        var table = new RpcMethodTable();
        Assert.Throws<InvalidOperationException>(() => table.Add("a_b", _ => "x", RpcJsonContext.Default.String, "a_c", "a_c"));
        Assert.Empty(table.Names);
    }

    [Theory]
    [InlineData("")]
    [InlineData("has space")]
    [InlineData("dot.ted")]
    public void Add_BadName_Throws(string name)
    {
        var table = new RpcMethodTable();
        Assert.ThrowsAny<ArgumentException>(() => table.Add(name, _ => "x", RpcJsonContext.Default.String));
    }

    [Fact]
    public void Add_AfterFreeze_Throws()
    {
        var table = new RpcMethodTable();
        table.Freeze();
        Assert.True(table.IsFrozen);
        Assert.Throws<InvalidOperationException>(() => table.Add("late_method", _ => "x", RpcJsonContext.Default.String));
    }

    [Fact]
    public void BuildMethodTable_AddsRpcMethodsAndFreezes()
    {
        RpcMethodTable table = RpcServiceCollectionExtensions.BuildMethodTable([]);
        Assert.True(table.IsFrozen);
        Assert.Equal(["rpc_methods"], table.Names);
    }
}
