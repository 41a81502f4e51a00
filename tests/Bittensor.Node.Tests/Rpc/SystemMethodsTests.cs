using System.Text.Json;
using Bittensor.Core.Primitives;
using Bittensor.Node.Rpc;
using Bittensor.Node.Tests.Infrastructure;

namespace Bittensor.Node.Tests.Rpc;

[Trait("Category", "Integration")]
public sealed class SystemMethodsTests(RpcServerFixture fixture) : IClassFixture<RpcServerFixture>
{
    private RpcTestServer Server => fixture.Server;

    [Theory]
    [InlineData("system_name", "\"Subtensor Node\"")]
    [InlineData("system_chain", "\"Bittensor\"")]
    [InlineData("system_chainType", "\"Development\"")]
    [InlineData("system_properties", """{"ss58Format":42,"tokenDecimals":9,"tokenSymbol":"TAO"}""")]
    [InlineData("system_health", """{"peers":0,"isSyncing":false,"shouldHavePeers":false}""")]
    [InlineData("system_peers", "[]")]
    [InlineData("system_nodeRoles", """["Authority"]""")]
    [InlineData("system_localListenAddresses", "[]")]
    public async Task SystemMethod_OverHttp_ReturnsExactSubstrateShape(string method, string expectedResult)
    {
        (_, string body) = await Server.PostAsync($$"""{"jsonrpc":"2.0","id":7,"method":"{{method}}","params":[]}""");
        Assert.Equal($$"""{"jsonrpc":"2.0","id":7,"result":{{expectedResult}}}""", body);
    }

    [Theory]
    [InlineData("system_name", "\"Subtensor Node\"")]
    [InlineData("system_health", """{"peers":0,"isSyncing":false,"shouldHavePeers":false}""")]
    [InlineData("system_properties", """{"ss58Format":42,"tokenDecimals":9,"tokenSymbol":"TAO"}""")]
    public async Task SystemMethod_OverWebSocket_ReturnsExactSubstrateShape(string method, string expectedResult)
    {
        await using TestWebSocket socket = await Server.ConnectAsync();
        await socket.SendAsync($$"""{"jsonrpc":"2.0","id":"aB17","method":"{{method}}"}""");
        Assert.Equal($$"""{"jsonrpc":"2.0","id":"aB17","result":{{expectedResult}}}""", await socket.ReceiveAsync());
    }

    [Fact]
    public async Task SystemVersion_IsSubtensorVersionWithCommit()
    {
        string version = (await Server.CallAsync("system_version")).GetProperty("result").GetString()!;
        Assert.StartsWith("4.0.0-dev", version, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SystemLocalPeerId_IsEd25519IdentityMultihash()
    {
        string peerId = (await Server.CallAsync("system_localPeerId")).GetProperty("result").GetString()!;
        Assert.StartsWith("12D3KooW", peerId, StringComparison.Ordinal);
        Assert.True(Base58.TryDecode(peerId, out byte[] decoded, out _));
        Assert.Equal(38, decoded.Length);
        Assert.Equal([0x00, 0x24, 0x08, 0x01, 0x12, 0x20], decoded[..6]);
    }

    [Fact]
    public async Task RpcMethods_ListsEveryNameAndAliasSorted()
    {
        JsonElement result = (await Server.CallAsync("rpc_methods")).GetProperty("result");
        Assert.Single(result.EnumerateObject());
        string[] methods = [.. result.GetProperty("methods").EnumerateArray().Select(m => m.GetString()!)];
        var table = (RpcMethodTable)Server.Services.GetService(typeof(RpcMethodTable))!;
        Assert.Equal(table.Names, methods);
        Assert.Equal(methods.Order(StringComparer.Ordinal), methods);
        string[] expected =
        [
            "rpc_methods", "system_chain", "system_chainType", "system_health", "system_localListenAddresses", "system_localPeerId",
            "system_name", "system_nodeRoles", "system_peers", "system_properties", "system_version",
            "test_subscribeNumbers", "test_subscribeNumber", "test_unsubscribeNumbers", "test_unsubscribeNumber",
            "test_subscribeWords", "test_unsubscribeWords", "test_echo",
        ];
        Assert.All(expected, name => Assert.Contains(name, methods));
        Assert.Equal(methods.Length, methods.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public async Task HealthEndpoint_Get_ReturnsSystemHealthJson()
    {
        string body = await Server.Http.GetStringAsync(new Uri("/health", UriKind.Relative));
        Assert.Equal("""{"peers":0,"isSyncing":false,"shouldHavePeers":false}""", body);
    }
}
