using System.Net;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Bittensor.Node.Tests.Infrastructure;

namespace Bittensor.Node.Tests.Rpc;

[Trait("Category", "Integration")]
public sealed class RpcLimitTests : IAsyncLifetime
{
    private const int RequestLimit = 4096;
    private const int ResponseLimit = 2048;
    private const int BatchLimit = 4;
    private const int SubscriptionLimit = 3;

    private RpcTestServer? _server;

    private RpcTestServer Server => _server!;

    public async Task InitializeAsync() => _server = await RpcTestServer.StartAsync(new Dictionary<string, string?>
    {
        ["Rpc:MaxRequestBodyBytes"] = $"{RequestLimit}",
        ["Rpc:MaxResponseBodyBytes"] = $"{ResponseLimit}",
        ["Rpc:MaxBatchLength"] = $"{BatchLimit}",
        ["Rpc:MaxSubscriptionsPerConnection"] = $"{SubscriptionLimit}",
        ["Rpc:MaxConnections"] = "3",
    });

    public async Task DisposeAsync() => await Server.DisposeAsync();

    [Fact]
    public async Task HttpBody_OverLimit_Is413WithOversizedRequestError()
    {
        string request = $$"""{"jsonrpc":"2.0","id":1,"method":"test_echo","params":["{{new string('a', RequestLimit)}}"]}""";
        (HttpStatusCode status, string body) = await Server.PostAsync(request);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
        Assert.Equal($$$"""{"jsonrpc":"2.0","id":null,"error":{"code":-32007,"message":"Request is too big","data":"Exceeded max limit of {{{RequestLimit}}}"}}""", body);
    }

    [Fact]
    public async Task HttpBody_AtLimit_IsServed()
    {
        string prefix = """{"jsonrpc":"2.0","id":1,"method":"test_echo","params":[""";
        string suffix = "]}";
        string padding = new(' ', RequestLimit - prefix.Length - suffix.Length - 3);
        (HttpStatusCode status, string body) = await Server.PostAsync(prefix + padding + "\"x\"" + suffix);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("""{"jsonrpc":"2.0","id":1,"result":"x"}""", body);
    }

    [Fact]
    public async Task WebSocketMessage_OverLimit_GetsErrorThenClose1009()
    {
        await using TestWebSocket socket = await Server.ConnectAsync();
        await socket.SendAsync($$"""{"jsonrpc":"2.0","id":1,"method":"test_echo","params":["{{new string('a', RequestLimit * 3)}}"]}""");
        Assert.Equal(
            $$$"""{"jsonrpc":"2.0","id":null,"error":{"code":-32007,"message":"Request is too big","data":"Exceeded max limit of {{{RequestLimit}}}"}}""",
            await socket.ReceiveAsync());
        Assert.Null(await socket.ReceiveAsync());
        Assert.Equal(WebSocketCloseStatus.MessageTooBig, socket.CloseStatus);
    }

    [Fact]
    public async Task Response_OverLimit_IsOversizedResponseError()
    {
        JsonElement error = (await Server.CallAsync("test_text", $"[{ResponseLimit}]")).GetProperty("error");
        Assert.Equal(-32008, error.GetProperty("code").GetInt32());
        Assert.Equal("Response is too big", error.GetProperty("message").GetString());
        Assert.Equal($"Exceeded max limit of {ResponseLimit}", error.GetProperty("data").GetString());
    }

    [Fact]
    public async Task BatchResponse_OverLimit_IsTooBigBatchResponseError()
    {
        string call = $$"""{"jsonrpc":"2.0","id":1,"method":"test_text","params":[{{ResponseLimit / 3}}]}""";
        (_, string body) = await Server.PostAsync($"[{call},{call},{call}]");
        Assert.Equal($$$"""{"jsonrpc":"2.0","id":null,"error":{"code":-32011,"message":"The batch response was too large","data":"Exceeded max limit of {{{ResponseLimit}}}"}}""", body);
    }

    [Fact]
    public async Task Batch_OverLimit_IsSingleTooBigBatchError()
    {
        string call = """{"jsonrpc":"2.0","id":1,"method":"system_chain"}""";
        string batch = "[" + string.Join(',', Enumerable.Repeat(call, BatchLimit + 1)) + "]";
        Assert.Equal(
            $$$"""{"jsonrpc":"2.0","id":null,"error":{"code":-32010,"message":"The batch request was too large","data":"Exceeded max limit of {{{BatchLimit}}}"}}""",
            (await Server.PostAsync(batch)).Body);

        string atLimit = "[" + string.Join(',', Enumerable.Repeat(call, BatchLimit)) + "]";
        Assert.Equal(BatchLimit, JsonDocument.Parse((await Server.PostAsync(atLimit)).Body).RootElement.GetArrayLength());
    }

    [Fact]
    public async Task Subscriptions_OverPerConnectionLimit_AreRefusedUntilOneEnds()
    {
        await using TestWebSocket socket = await Server.ConnectAsync();
        var ids = new List<string>();
        for (int i = 0; i < SubscriptionLimit; i++)
        {
            ids.Add((await socket.CallAsync("test_subscribeWords", id: i)).GetProperty("result").GetString()!);
        }

        JsonElement refused = await socket.CallAsync("test_subscribeWords", id: 100);
        Assert.Equal(
            $$$"""{"jsonrpc":"2.0","id":100,"error":{"code":-32006,"message":"Too many subscriptions on the connection","data":"Exceeded max limit of {{{SubscriptionLimit}}}"}}""",
            refused.GetRawText());
        Assert.Equal(SubscriptionLimit, Server.Module.WordHub.Count);

        Assert.True((await socket.CallAsync("test_unsubscribeWords", $"[\"{ids[0]}\"]", id: 101)).GetProperty("result").GetBoolean());
        Assert.Equal(JsonValueKind.String, (await socket.CallAsync("test_subscribeWords", id: 102)).GetProperty("result").ValueKind);

        // The limit is per connection: another socket starts from zero.
        await using TestWebSocket other = await Server.ConnectAsync();
        Assert.Equal(JsonValueKind.String, (await other.CallAsync("test_subscribeWords", id: 1)).GetProperty("result").ValueKind);
    }

    [Fact]
    public async Task Connections_OverLimit_AreRefusedWith429()
    {
        await using TestWebSocket first = await Server.ConnectAsync();
        await using TestWebSocket second = await Server.ConnectAsync();
        await using TestWebSocket third = await Server.ConnectAsync();
        Assert.Equal("Bittensor", (await third.CallAsync("system_chain")).GetProperty("result").GetString());

        WebSocketException refused = await Assert.ThrowsAsync<WebSocketException>(() => Server.ConnectAsync());
        Assert.Contains("429", refused.Message, StringComparison.Ordinal);
        (HttpStatusCode status, string body) = await Server.PostAsync("""{"jsonrpc":"2.0","id":1,"method":"system_chain"}""");
        Assert.Equal(HttpStatusCode.TooManyRequests, status);
        Assert.Contains("Too many connections", body, StringComparison.Ordinal);

        await third.CloseAsync();
        Assert.True(await Eventually.TrueAsync(ServerHasRoomAsync));
    }

    private async Task<bool> ServerHasRoomAsync() => (await Server.PostAsync("""{"jsonrpc":"2.0","id":1,"method":"system_chain"}""")).Status == HttpStatusCode.OK;

    [Fact]
    public async Task WebSocket_MessageInManyFrames_IsAssembled()
    {
        byte[] message = Encoding.UTF8.GetBytes("""{"jsonrpc":"2.0","id":1,"method":"system_chain"}""");
        using var client = new ClientWebSocket();
        await client.ConnectAsync(Server.WebSocketUri, CancellationToken.None);
        for (int i = 0; i < message.Length; i += 5)
        {
            int count = Math.Min(5, message.Length - i);
            await client.SendAsync(message.AsMemory(i, count), WebSocketMessageType.Text, i + count == message.Length, CancellationToken.None);
        }

        byte[] buffer = new byte[1024];
        using var timeout = new CancellationTokenSource(TestWebSocket.Timeout);
        ValueWebSocketReceiveResult result = await client.ReceiveAsync(buffer.AsMemory(), timeout.Token);
        Assert.Equal("""{"jsonrpc":"2.0","id":1,"result":"Bittensor"}""", Encoding.UTF8.GetString(buffer, 0, result.Count));
    }
}
