using System.Text.Json;
using System.Text.Json.Nodes;
using Bittensor.Sdk.Chain;
using Bittensor.Sdk.Chain.Rpc;

namespace Bittensor.Sdk.Tests.Chain;

[Trait("Category", "Integration")]
public sealed class JsonRpcWebSocketClientTests
{
    [Fact]
    public async Task RequestAsync_RecordedHead_ReturnsRecordedHash()
    {
        await using ReplayServer server = await FinneyRecordings.ServeAsync("get_current_block");
        await using JsonRpcWebSocketClient client = new(server.Endpoint);

        JsonElement head = await client.RequestAsync("chain_getHead");

        string expected = FinneyRecordings.Section("get_current_block")["chain_getHead"]!["[]"]!["result"]!.GetValue<string>();
        Assert.Equal(expected, head.GetString());
    }

    [Fact]
    public async Task RequestAsync_Recorded4003ThenSuccess_ThrowsTypedThenAnswers()
    {
        // retry_archive: finney refused the runtime version of a pruned block (4003), the retry got spec 273.
        await using ReplayServer server = await FinneyRecordings.ServeAsync("retry_archive");
        await using JsonRpcWebSocketClient client = new(server.Endpoint);
        const string Pruned = "0x6c0da8a9dd5994d374d43210dc401f000b2fe02541bc2e7cd54719655d751a18";

        JsonRpcException error = await Assert.ThrowsAsync<JsonRpcException>(() => client.RequestAsync("state_getRuntimeVersion", [Pruned]));
        JsonElement retry = await client.RequestAsync("state_getRuntimeVersion", [Pruned]);

        Assert.Equal(4003, error.Code);
        Assert.True(error.IsStateUnavailable);
        Assert.Equal("state_getRuntimeVersion", error.Method);
        Assert.Contains("State already discarded", error.RpcMessage, StringComparison.Ordinal);
        Assert.Equal(273, retry.GetProperty("specVersion").GetInt32());
    }

    [Fact]
    public async Task RequestAsync_UnknownMethod_ThrowsMethodNotFound()
    {
        await using ReplayServer server = await ReplayServer.StartAsync(null);
        await using JsonRpcWebSocketClient client = new(server.Endpoint);

        JsonRpcException error = await Assert.ThrowsAsync<JsonRpcException>(() => client.RequestAsync("no_suchMethod"));

        Assert.Equal(JsonRpcErrorCodes.MethodNotFound, error.Code);
    }

    [Fact]
    public async Task RequestAsync_NoAnswer_TimesOut()
    {
        await using ReplayServer server = await ReplayServer.StartAsync(null);
        server.Override = (method, _) =>
        {
            if (method == "slow_method")
            {
                Thread.Sleep(1500);
            }

            return null;
        };
        await using JsonRpcWebSocketClient client = new(server.Endpoint);

        await Assert.ThrowsAsync<TimeoutException>(() => client.RequestAsync("slow_method", timeout: TimeSpan.FromMilliseconds(200)));
    }

    [Fact]
    public async Task SubscribeAsync_SocketDropped_ReconnectsAndResubscribes()
    {
        await using ReplayServer server = await ReplayServer.StartAsync(null);
        int subscriptions = 0;
        server.Override = (method, _) => method switch
        {
            "chain_subscribeNewHeads" => new JsonObject { ["result"] = "sub" + Interlocked.Increment(ref subscriptions) },
            "system_chain" => new JsonObject { ["result"] = "Bittensor" },
            _ => null,
        };
        JsonRpcClientOptions options = new() { ReconnectInitialDelay = TimeSpan.FromMilliseconds(50) };
        await using JsonRpcWebSocketClient client = new(server.Endpoint, options);
        await using JsonRpcSubscription heads = await client.SubscribeAsync("chain_subscribeNewHeads", [], "chain_unsubscribeNewHeads");
        TaskCompletionSource reconnected = new(TaskCreationOptions.RunContinuationsAsynchronously);
        client.Reconnected += (_, _) => reconnected.TrySetResult();

        server.DropConnections();
        await reconnected.Task.WaitAsync(TimeSpan.FromSeconds(10));
        JsonElement chain = await client.RequestAsync("system_chain");

        Assert.Equal("Bittensor", chain.GetString());
        Assert.Equal(1, client.Reconnects);
        Assert.Equal(1, heads.Resubscriptions);
        Assert.Equal("sub2", heads.Id);
    }

    [Fact]
    public async Task RequestAsync_ServerGone_FailsWithConnectionError()
    {
        ReplayServer server = await ReplayServer.StartAsync(null);
        server.Override = (method, _) => method == "system_chain" ? new JsonObject { ["result"] = "Bittensor" } : null;
        JsonRpcClientOptions options = new() { ReconnectInitialDelay = TimeSpan.FromMilliseconds(20), MaxReconnectAttempts = 2 };
        await using JsonRpcWebSocketClient client = new(server.Endpoint, options);
        await client.RequestAsync("system_chain");

        await server.DisposeAsync();

        await Assert.ThrowsAsync<JsonRpcConnectionException>(() => client.RequestAsync("system_chain", timeout: TimeSpan.FromSeconds(20)));
    }

    [Fact]
    public async Task RequestAsync_MessageOverLimit_FailsAndReconnects()
    {
        await using ReplayServer server = await ReplayServer.StartAsync(null);
        server.Override = (method, _) => method switch
        {
            "huge" => new JsonObject { ["result"] = new string('a', 64 * 1024) },
            "system_chain" => new JsonObject { ["result"] = "Bittensor" },
            _ => null,
        };
        JsonRpcClientOptions options = new() { MaxMessageBytes = 4096, ReconnectInitialDelay = TimeSpan.FromMilliseconds(20) };
        await using JsonRpcWebSocketClient client = new(server.Endpoint, options);

        JsonRpcConnectionException error = await Assert.ThrowsAsync<JsonRpcConnectionException>(() => client.RequestAsync("huge"));
        JsonElement after = await client.RequestAsync("system_chain", timeout: TimeSpan.FromSeconds(10));

        Assert.Contains("4096", error.Message, StringComparison.Ordinal);
        Assert.Equal("Bittensor", after.GetString());
    }

    [Theory]
    [InlineData("finney", "wss://entrypoint-finney.opentensor.ai/")]
    [InlineData("test", "wss://test.finney.opentensor.ai/")]
    [InlineData("local", "ws://127.0.0.1:9944/")]
    [InlineData("10.0.0.5:9944", "ws://10.0.0.5:9944/")]
    [InlineData("wss://example.org:9944", "wss://example.org:9944/")]
    public void Resolve_NameOrUrl_GivesEndpoint(string name, string expected) =>
        Assert.Equal(expected, SubtensorNetwork.Resolve(name).AbsoluteUri);

    [Fact]
    public void Resolve_HttpUrl_Throws() =>
        Assert.Throws<ArgumentException>(() => SubtensorNetwork.Resolve("http://example.org"));
}
