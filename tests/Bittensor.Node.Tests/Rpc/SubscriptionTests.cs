using System.Text.Json;
using Bittensor.Node.Tests.Infrastructure;

namespace Bittensor.Node.Tests.Rpc;

[Trait("Category", "Integration")]
public sealed class SubscriptionTests : IAsyncLifetime
{
    private RpcTestServer? _server;

    private RpcTestServer Server => _server!;

    public async Task InitializeAsync() => _server = await RpcTestServer.StartAsync();

    public async Task DisposeAsync() => await Server.DisposeAsync();

    [Fact]
    public async Task Subscribe_ReturnsSixteenCharacterAlphanumericId()
    {
        await using TestWebSocket socket = await Server.ConnectAsync();
        JsonElement response = await socket.CallAsync("test_subscribeWords", id: 3);
        string id = response.GetProperty("result").GetString()!;
        Assert.Matches("^[A-Za-z0-9]{16}$", id);
    }

    [Fact]
    public async Task Notifications_ArriveInSubstrateWireFormat_InOrder()
    {
        await using TestWebSocket socket = await Server.ConnectAsync();
        string id = (await socket.CallAsync("test_subscribeWords")).GetProperty("result").GetString()!;
        Assert.True(await Eventually.TrueAsync(() => Server.Module.WordHub.Count == 1));

        Server.Module.WordHub.Publish("alpha");
        Server.Module.WordHub.Publish("be\"ta");
        Assert.Equal($$$"""{"jsonrpc":"2.0","method":"test_word","params":{"subscription":"{{{id}}}","result":"alpha"}}""", await socket.ReceiveAsync());
        Assert.Equal($$$"""{"jsonrpc":"2.0","method":"test_word","params":{"subscription":"{{{id}}}","result":"be\"ta"}}""", await socket.ReceiveAsync());
    }

    [Fact]
    public async Task Subscribe_WithLatestValue_SendsResponseBeforeFirstNotification()
    {
        Server.Module.NumberHub.Publish(41);
        await using TestWebSocket socket = await Server.ConnectAsync();
        await socket.SendAsync("test_subscribeNumber", "s1");
        JsonElement response = await socket.ReceiveJsonAsync();
        Assert.Equal("s1", response.GetProperty("id").GetString());
        string id = response.GetProperty("result").GetString()!;
        Assert.Equal($$$"""{"jsonrpc":"2.0","method":"test_number","params":{"subscription":"{{{id}}}","result":41}}""", await socket.ReceiveAsync());

        Server.Module.NumberHub.Publish(42);
        Assert.Equal($$$"""{"jsonrpc":"2.0","method":"test_number","params":{"subscription":"{{{id}}}","result":42}}""", await socket.ReceiveAsync());
    }

    [Fact]
    public async Task Subscribe_InBatch_ResponseArrayPrecedesNotifications()
    {
        Server.Module.NumberHub.Publish(7);
        await using TestWebSocket socket = await Server.ConnectAsync();
        await socket.SendAsync("""[{"jsonrpc":"2.0","id":1,"method":"test_subscribeNumbers"},{"jsonrpc":"2.0","id":2,"method":"system_chain"}]""");
        JsonElement batch = await socket.ReceiveJsonAsync();
        Assert.Equal(JsonValueKind.Array, batch.ValueKind);
        string id = batch[0].GetProperty("result").GetString()!;
        JsonElement notification = await socket.ReceiveJsonAsync();
        Assert.Equal(id, notification.GetProperty("params").GetProperty("subscription").GetString());
        Assert.Equal(7, notification.GetProperty("params").GetProperty("result").GetInt32());
    }

    [Fact]
    public async Task Unsubscribe_ReturnsTrueOnceThenFalse_AndNotificationsStop()
    {
        await using TestWebSocket socket = await Server.ConnectAsync();
        string id = (await socket.CallAsync("test_subscribeWords")).GetProperty("result").GetString()!;
        Assert.True((await socket.CallAsync("test_unsubscribeWords", $"[\"{id}\"]", id: 2)).GetProperty("result").GetBoolean());
        Assert.False((await socket.CallAsync("test_unsubscribeWords", $"[\"{id}\"]", id: 3)).GetProperty("result").GetBoolean());
        Assert.Equal(0, Server.Module.WordHub.Count);

        Server.Module.WordHub.Publish("after");
        Assert.Equal("Bittensor", (await socket.CallAsync("system_chain", id: 4)).GetProperty("result").GetString());
        Assert.True(await socket.IsQuietAsync(TimeSpan.FromMilliseconds(300)));
    }

    [Fact]
    public async Task Unsubscribe_ByAliasAndNamedParam_Works()
    {
        await using TestWebSocket socket = await Server.ConnectAsync();
        string id = (await socket.CallAsync("test_subscribeNumber")).GetProperty("result").GetString()!;
        Assert.True((await socket.CallAsync("test_unsubscribeNumber", $$"""{"subscription":"{{id}}"}""", id: 2)).GetProperty("result").GetBoolean());
    }

    [Theory]
    [InlineData("[\"NoSuchSubscript\"]")]
    [InlineData("[12]")]
    public async Task Unsubscribe_UnknownId_ReturnsFalse(string paramsJson)
    {
        await using TestWebSocket socket = await Server.ConnectAsync();
        Assert.False((await socket.CallAsync("test_unsubscribeWords", paramsJson)).GetProperty("result").GetBoolean());
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("[true]")]
    public async Task Unsubscribe_WithoutValidId_IsInvalidParams(string paramsJson)
    {
        await using TestWebSocket socket = await Server.ConnectAsync();
        JsonElement error = (await socket.CallAsync("test_unsubscribeWords", paramsJson)).GetProperty("error");
        Assert.Equal(-32602, error.GetProperty("code").GetInt32());
    }

    [Fact]
    public async Task Unsubscribe_OfAnotherKind_ReturnsFalseAndKeepsTheSubscription()
    {
        await using TestWebSocket socket = await Server.ConnectAsync();
        string id = (await socket.CallAsync("test_subscribeWords")).GetProperty("result").GetString()!;
        Assert.False((await socket.CallAsync("test_unsubscribeNumbers", $"[\"{id}\"]", id: 2)).GetProperty("result").GetBoolean());
        Server.Module.WordHub.Publish("still here");
        Assert.Equal("still here", (await socket.ReceiveJsonAsync()).GetProperty("params").GetProperty("result").GetString());
    }

    [Fact]
    public async Task Unsubscribe_FromAnotherConnection_ReturnsFalse()
    {
        await using TestWebSocket owner = await Server.ConnectAsync();
        await using TestWebSocket stranger = await Server.ConnectAsync();
        string id = (await owner.CallAsync("test_subscribeWords")).GetProperty("result").GetString()!;
        Assert.False((await stranger.CallAsync("test_unsubscribeWords", $"[\"{id}\"]")).GetProperty("result").GetBoolean());
        Assert.Equal(1, Server.Module.WordHub.Count);
    }

    [Fact]
    public async Task SocketClose_EndsItsSubscriptions()
    {
        TestWebSocket socket = await Server.ConnectAsync();
        await socket.CallAsync("test_subscribeWords", id: 1);
        await socket.CallAsync("test_subscribeWords", id: 2);
        await socket.CallAsync("test_subscribeNumbers", id: 3);
        Assert.Equal(2, Server.Module.WordHub.Count);
        await socket.CloseAsync();
        await socket.DisposeAsync();
        Assert.True(await Eventually.TrueAsync(() => Server.Module.WordHub.Count == 0 && Server.Module.NumberHub.Count == 0));
    }

    [Fact]
    public async Task SocketAbort_EndsItsSubscriptions()
    {
        TestWebSocket socket = await Server.ConnectAsync();
        await socket.CallAsync("test_subscribeWords", id: 1);
        await socket.DisposeAsync();
        Assert.True(await Eventually.TrueAsync(() => Server.Module.WordHub.Count == 0));
    }

    [Fact]
    public async Task Subscribe_RejectedByHandler_AnswersItsErrorAndCreatesNothing()
    {
        await using TestWebSocket socket = await Server.ConnectAsync();
        JsonElement response = await socket.CallAsync("test_subscribeNumbers", "[\"reject\"]");
        Assert.Equal("""{"jsonrpc":"2.0","id":1,"error":{"code":1010,"message":"Invalid Transaction","data":"Custom error: 8"}}""", response.GetRawText());
        Assert.Equal(0, Server.Module.NumberHub.Count);
    }

    [Fact]
    public async Task Complete_FromServer_SendsQueuedItemsThenEndsSubscription()
    {
        await using TestWebSocket socket = await Server.ConnectAsync();
        string id = (await socket.CallAsync("test_subscribeWords")).GetProperty("result").GetString()!;
        Assert.True(await Eventually.TrueAsync(() => Server.Module.WordHub.Count == 1));
        Server.Module.WordHub.Publish("last");
        Server.Module.WordHub.CompleteAll();
        Assert.Equal("last", (await socket.ReceiveJsonAsync()).GetProperty("params").GetProperty("result").GetString());
        Assert.True(await Eventually.TrueAsync(async () =>
            !(await socket.CallAsync("test_unsubscribeWords", $"[\"{id}\"]", id: 9)).GetProperty("result").GetBoolean()));
    }

    [Fact]
    public async Task ServerStop_ClosesSocketsWithGoingAway()
    {
        await using TestWebSocket socket = await Server.ConnectAsync();
        await socket.CallAsync("test_subscribeWords");
        Task stop = Server.DisposeAsync().AsTask();
        Assert.Null(await socket.ReceiveAsync());
        Assert.Equal(System.Net.WebSockets.WebSocketCloseStatus.EndpointUnavailable, socket.CloseStatus);
        await stop.WaitAsync(TimeSpan.FromSeconds(15));
        _server = await RpcTestServer.StartAsync();
    }
}
