using System.Net;
using System.Text.Json;
using Bittensor.Node.Tests.Infrastructure;

namespace Bittensor.Node.Tests.Rpc;

[Trait("Category", "Integration")]
public sealed class JsonRpcProtocolTests(RpcServerFixture fixture) : IClassFixture<RpcServerFixture>
{
    private const string ParseError = """{"jsonrpc":"2.0","id":null,"error":{"code":-32700,"message":"Parse error"}}""";

    private RpcTestServer Server => fixture.Server;

    [Theory]
    [InlineData("1")]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("18446744073709551615")]
    [InlineData("1.50")]
    [InlineData("1e3")]
    [InlineData("\"aB17\"")]
    [InlineData("\"\"")]
    [InlineData("\"caf\\u00e9 \\\"q\\\"\"")]
    [InlineData("null")]
    public async Task Id_OfEveryAllowedJsonType_IsEchoedExactly(string id)
    {
        string request = $$"""{"jsonrpc":"2.0","id":{{id}},"method":"system_chain","params":[]}""";
        string expected = $$"""{"jsonrpc":"2.0","id":{{id}},"result":"Bittensor"}""";
        Assert.Equal(expected, (await Server.PostAsync(request)).Body);

        await using TestWebSocket socket = await Server.ConnectAsync();
        await socket.SendAsync(request);
        Assert.Equal(expected, await socket.ReceiveAsync());
    }

    [Theory]
    [InlineData("true")]
    [InlineData("{}")]
    [InlineData("[1]")]
    public async Task Id_OfOtherType_IsInvalidRequestWithNullId(string id)
    {
        (_, string body) = await Server.PostAsync($$"""{"jsonrpc":"2.0","id":{{id}},"method":"system_chain"}""");
        Assert.Equal("""{"jsonrpc":"2.0","id":null,"error":{"code":-32600,"message":"Invalid request"}}""", body);
    }

    [Theory]
    [InlineData("{bad")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"system_chain\"")]
    [InlineData("[{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"system_chain\"},")]
    public async Task NotJson_IsParseErrorWithNullId(string text)
    {
        (HttpStatusCode status, string body) = await Server.PostAsync(text);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(ParseError, body);
    }

    [Fact]
    public async Task NotJson_OverWebSocket_IsParseErrorAndConnectionStaysUsable()
    {
        await using TestWebSocket socket = await Server.ConnectAsync();
        await socket.SendAsync("not json at all");
        Assert.Equal(ParseError, await socket.ReceiveAsync());
        Assert.Equal("Bittensor", (await socket.CallAsync("system_chain")).GetProperty("result").GetString());
    }

    [Theory]
    [InlineData("""{"id":3,"method":"system_chain"}""")]
    [InlineData("""{"jsonrpc":"1.0","id":3,"method":"system_chain"}""")]
    [InlineData("""{"jsonrpc":2.0,"id":3,"method":"system_chain"}""")]
    [InlineData("""{"jsonrpc":"2.0","id":3}""")]
    [InlineData("""{"jsonrpc":"2.0","id":3,"method":42}""")]
    [InlineData("""{"jsonrpc":"2.0","id":3,"method":"system_chain","params":"x"}""")]
    [InlineData("""{"jsonrpc":"2.0","id":3,"method":"system_chain","params":5}""")]
    public async Task MalformedRequest_IsInvalidRequestEchoingTheId(string request)
    {
        (_, string body) = await Server.PostAsync(request);
        Assert.Equal("""{"jsonrpc":"2.0","id":3,"error":{"code":-32600,"message":"Invalid request"}}""", body);
    }

    [Theory]
    [InlineData("42")]
    [InlineData("\"text\"")]
    [InlineData("null")]
    public async Task NonObjectMessage_IsInvalidRequest(string message)
    {
        (_, string body) = await Server.PostAsync(message);
        Assert.Equal("""{"jsonrpc":"2.0","id":null,"error":{"code":-32600,"message":"Invalid request"}}""", body);
    }

    [Fact]
    public async Task UnknownMethod_IsMethodNotFoundWithoutData()
    {
        (_, string body) = await Server.PostAsync("""{"jsonrpc":"2.0","id":5,"method":"chain_getNothing","params":[]}""");
        Assert.Equal("""{"jsonrpc":"2.0","id":5,"error":{"code":-32601,"message":"Method not found"}}""", body);
    }

    [Theory]
    [InlineData("[]", "missing required parameter 'value' (position 0)")]
    [InlineData("{}", "missing required parameter 'value' (position 0)")]
    public async Task MissingParameter_IsInvalidParamsWithDescription(string paramsJson, string data)
    {
        (_, string body) = await Server.PostAsync($$$"""{"jsonrpc":"2.0","id":1,"method":"test_echo","params":{{{paramsJson}}}}""");
        Assert.Equal($$$"""{"jsonrpc":"2.0","id":1,"error":{"code":-32602,"message":"Invalid params","data":"{{{data}}}"}}""", body);
    }

    [Theory]
    [InlineData("test_add", """["1", 2]""")]
    [InlineData("test_add", """[-1, 2]""")]
    [InlineData("test_bytes", """["0xzz"]""")]
    [InlineData("test_bytes", """["0x123"]""")]
    [InlineData("test_bytes", """[12]""")]
    public async Task WrongParameterType_IsInvalidParams(string method, string paramsJson)
    {
        JsonElement response = await Server.CallAsync(method, paramsJson);
        JsonElement error = response.GetProperty("error");
        Assert.Equal(-32602, error.GetProperty("code").GetInt32());
        Assert.Equal("Invalid params", error.GetProperty("message").GetString());
        Assert.Contains("parameter '", error.GetProperty("data").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Params_PositionalAndNamed_BothWork()
    {
        Assert.Equal(5UL, (await Server.CallAsync("test_add", "[2, 3]")).GetProperty("result").GetUInt64());
        Assert.Equal(5UL, (await Server.CallAsync("test_add", """{"b": 3, "a": 2}""")).GetProperty("result").GetUInt64());
    }

    [Theory]
    [InlineData("\"0x0a0B\"", "\"0x0a0b\"")]
    [InlineData("\"0A0B\"", "\"0x0a0b\"")]
    [InlineData("\"\"", "\"0x\"")]
    [InlineData("\"0x\"", "\"0x\"")]
    public async Task Bytes_AcceptHexWithOrWithoutPrefix_AndAnswerPrefixedLowerHex(string input, string output)
    {
        (_, string body) = await Server.PostAsync($$"""{"jsonrpc":"2.0","id":1,"method":"test_bytes","params":[{{input}}]}""");
        Assert.Equal($$$"""{"jsonrpc":"2.0","id":1,"result":{{{output}}}}""", body);
    }

    [Fact]
    public async Task ParameterlessMethod_IgnoresAbsentOrNullParams()
    {
        Assert.Equal("""{"jsonrpc":"2.0","id":1,"result":"Bittensor"}""", (await Server.PostAsync("""{"jsonrpc":"2.0","id":1,"method":"system_chain"}""")).Body);
        Assert.Equal("""{"jsonrpc":"2.0","id":1,"result":"Bittensor"}""", (await Server.PostAsync("""{"jsonrpc":"2.0","id":1,"method":"system_chain","params":null}""")).Body);
    }

    [Fact]
    public async Task HandlerRpcException_CarriesSubstrateCodeMessageAndData()
    {
        (_, string body) = await Server.PostAsync("""{"jsonrpc":"2.0","id":1,"method":"test_fail","params":[]}""");
        Assert.Equal("""{"jsonrpc":"2.0","id":1,"error":{"code":1010,"message":"Invalid Transaction","data":"Transaction has a bad signature"}}""", body);
    }

    [Fact]
    public async Task HandlerCrash_IsInternalErrorWithoutDetails()
    {
        (_, string body) = await Server.PostAsync("""{"jsonrpc":"2.0","id":1,"method":"test_crash","params":[]}""");
        Assert.Equal("""{"jsonrpc":"2.0","id":1,"error":{"code":-32603,"message":"Internal error"}}""", body);
    }

    [Fact]
    public async Task Notification_IsNotAnswered_OverHttp()
    {
        (HttpStatusCode status, string body) = await Server.PostAsync("""{"jsonrpc":"2.0","method":"system_chain","params":[]}""");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(string.Empty, body);
    }

    [Fact]
    public async Task Notification_IsNotAnswered_OverWebSocket()
    {
        await using TestWebSocket socket = await Server.ConnectAsync();
        await socket.SendAsync("""{"jsonrpc":"2.0","method":"test_fail","params":[]}""");
        await socket.SendAsync("""{"jsonrpc":"2.0","method":"nonexistent_method"}""");
        JsonElement next = await socket.CallAsync("system_chain", id: 9);
        Assert.Equal("Bittensor", next.GetProperty("result").GetString());
    }

    [Fact]
    public async Task Batch_MixedEntries_AnswersEachCallInOrderAndSkipsNotifications()
    {
        const string Batch = """
            [
              {"jsonrpc":"2.0","id":1,"method":"system_chain"},
              1,
              {"jsonrpc":"2.0","id":"two","method":"no_such_method"},
              {"jsonrpc":"2.0","method":"system_chain"},
              {"jsonrpc":"2.0","id":3,"method":"test_add","params":[1]},
              {"jsonrpc":"1.0","id":4,"method":"system_chain"},
              {"jsonrpc":"2.0","id":null,"method":"system_health"}
            ]
            """;
        string expected =
            "[" +
            """{"jsonrpc":"2.0","id":1,"result":"Bittensor"},""" +
            """{"jsonrpc":"2.0","id":null,"error":{"code":-32600,"message":"Invalid request"}},""" +
            """{"jsonrpc":"2.0","id":"two","error":{"code":-32601,"message":"Method not found"}},""" +
            """{"jsonrpc":"2.0","id":3,"error":{"code":-32602,"message":"Invalid params","data":"missing required parameter 'b' (position 1)"}},""" +
            """{"jsonrpc":"2.0","id":4,"error":{"code":-32600,"message":"Invalid request"}},""" +
            """{"jsonrpc":"2.0","id":null,"result":{"peers":0,"isSyncing":false,"shouldHavePeers":false}}""" +
            "]";
        Assert.Equal(expected, (await Server.PostAsync(Batch)).Body);

        await using TestWebSocket socket = await Server.ConnectAsync();
        await socket.SendAsync(Batch);
        Assert.Equal(expected, await socket.ReceiveAsync());
    }

    [Fact]
    public async Task Batch_Empty_IsSingleInvalidRequest()
    {
        Assert.Equal("""{"jsonrpc":"2.0","id":null,"error":{"code":-32600,"message":"Invalid request"}}""", (await Server.PostAsync("[]")).Body);
    }

    [Fact]
    public async Task Batch_OnlyNotifications_GetsNoResponse()
    {
        (HttpStatusCode status, string body) = await Server.PostAsync("""[{"jsonrpc":"2.0","method":"system_chain"},{"jsonrpc":"2.0","method":"system_name"}]""");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(string.Empty, body);
    }

    [Fact]
    public async Task SubscribeOverHttp_IsInternalErrorExplainingWebSocket()
    {
        JsonElement error = (await Server.CallAsync("test_subscribeNumbers")).GetProperty("error");
        Assert.Equal(-32603, error.GetProperty("code").GetInt32());
        Assert.Equal("Internal error", error.GetProperty("message").GetString());
        Assert.Contains("WebSocket", error.GetProperty("data").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("application/json")]
    [InlineData("application/json; charset=utf-8")]
    [InlineData("application/json-rpc")]
    public async Task Post_JsonContentTypes_AreAccepted(string contentType)
    {
        (HttpStatusCode status, _) = await Server.PostAsync("""{"jsonrpc":"2.0","id":1,"method":"system_chain"}""", contentType);
        Assert.Equal(HttpStatusCode.OK, status);
    }

    [Fact]
    public async Task Post_OtherContentType_Is415()
    {
        (HttpStatusCode status, _) = await Server.PostAsync("""{"jsonrpc":"2.0","id":1,"method":"system_chain"}""", "text/plain");
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, status);
    }

    [Fact]
    public async Task Get_WithoutUpgrade_Is405()
    {
        using HttpResponseMessage response = await Server.Http.GetAsync(new Uri("/", UriKind.Relative));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task WebSocket_ConcurrentCalls_AreAllAnswered()
    {
        await using TestWebSocket socket = await Server.ConnectAsync();
        await socket.SendAsync("test_delay", 1, "[300]");
        for (int id = 2; id <= 20; id++)
        {
            await socket.SendAsync("system_health", id);
        }

        var ids = new List<int>();
        for (int i = 0; i < 20; i++)
        {
            ids.Add((await socket.ReceiveJsonAsync()).GetProperty("id").GetInt32());
        }

        Assert.Equal(Enumerable.Range(1, 20), ids.Order());
        Assert.NotEqual(1, ids[0]);
    }
}
