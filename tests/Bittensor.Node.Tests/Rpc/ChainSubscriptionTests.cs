using System.Text.Json;
using Bittensor.Core.Chain;
using Bittensor.Core.Chain.Extrinsics;
using Bittensor.Core.Crypto;
using Bittensor.Core.Hashing;
using Bittensor.Core.Primitives;
using Bittensor.Node.Chain;
using Bittensor.Node.Tests.Infrastructure;
using Bittensor.Runtime.Executive;
using Bittensor.Runtime.Framework;
using Microsoft.Extensions.DependencyInjection;

namespace Bittensor.Node.Tests.Rpc;

/// <summary>Head, storage and runtime-version subscriptions over WebSocket against the real dev chain.</summary>
[Trait("Category", "Integration")]
public sealed class ChainSubscriptionTests(RpcServerFixture fixture) : IClassFixture<RpcServerFixture>
{
    private static readonly string NumberKey = Hex.Encode(StorageKey.Prefix("System", "Number"));

    private RpcTestServer Server => fixture.Server;

    private IBlockchain Chain => Server.Services.GetRequiredService<IBlockchain>();

    [Theory]
    [InlineData("chain_subscribeNewHeads", "chain_newHead", "chain_unsubscribeNewHeads")]
    [InlineData("chain_subscribeNewHead", "chain_newHead", "chain_unsubscribeNewHead")]
    [InlineData("subscribe_newHead", "chain_newHead", "unsubscribe_newHead")]
    [InlineData("chain_subscribeFinalizedHeads", "chain_finalizedHead", "chain_unsubscribeFinalizedHeads")]
    [InlineData("chain_subscribeFinalisedHeads", "chain_finalizedHead", "chain_unsubscribeFinalisedHeads")]
    [InlineData("chain_subscribeAllHeads", "chain_allHead", "chain_unsubscribeAllHeads")]
    public async Task HeadSubscription_SendsCurrentHeadThenEachNewOneInOrder(string subscribe, string notification, string unsubscribe)
    {
        await using TestWebSocket socket = await Server.ConnectAsync();
        string id = (await socket.CallAsync(subscribe)).GetProperty("result").GetString()!;

        uint previous = 0;
        for (int i = 0; i < 3; i++)
        {
            JsonElement message = await socket.ReceiveJsonAsync();
            Assert.Equal(notification, message.GetProperty("method").GetString());
            Assert.Equal(id, message.GetProperty("params").GetProperty("subscription").GetString());
            JsonElement header = message.GetProperty("params").GetProperty("result");
            uint number = Convert.ToUInt32(header.GetProperty("number").GetString(), 16);
            if (i > 0)
            {
                Assert.Equal(previous + 1, number);
            }

            Assert.Equal(Chain.GetHash(number - 1).ToString(), header.GetProperty("parentHash").GetString());
            previous = number;
        }

        await socket.SendAsync(unsubscribe, 2, $"[\"{id}\"]");
        JsonElement response = await ReceiveResponseAsync(socket, 2);
        Assert.True(response.GetProperty("result").GetBoolean());
    }

    [Fact]
    public async Task StorageSubscription_FirstCurrentValuesThenOnlyChanges()
    {
        await using TestWebSocket socket = await Server.ConnectAsync();
        string id = (await socket.CallAsync("state_subscribeStorage", $"[[\"{NumberKey}\",\"0x0123\"]]")).GetProperty("result").GetString()!;

        JsonElement first = (await socket.ReceiveJsonAsync()).GetProperty("params");
        Assert.Equal(id, first.GetProperty("subscription").GetString());
        JsonElement initial = first.GetProperty("result");
        H256 initialBlock = H256.Parse(initial.GetProperty("block").GetString()!);
        uint initialNumber = Chain.GetBlock(initialBlock)!.Number;
        Assert.Equal(
            $"[[\"{NumberKey}\",\"{Hex.Encode(BitConverter.GetBytes(initialNumber))}\"],[\"0x0123\",null]]",
            initial.GetProperty("changes").GetRawText());

        for (uint expected = initialNumber + 1; expected < initialNumber + 3; expected++)
        {
            JsonElement change = (await socket.ReceiveJsonAsync()).GetProperty("params").GetProperty("result");
            Assert.Equal(Chain.GetHash(expected).ToString(), change.GetProperty("block").GetString());

            // Only the key that changed; the absent key never changes.
            Assert.Equal($"[[\"{NumberKey}\",\"{Hex.Encode(BitConverter.GetBytes(expected))}\"]]", change.GetProperty("changes").GetRawText());
        }

        await socket.SendAsync("state_unsubscribeStorage", 2, $"[\"{id}\"]");
        Assert.True((await ReceiveResponseAsync(socket, 2)).GetProperty("result").GetBoolean());
    }

    [Fact]
    public async Task StorageSubscription_SubmittedTransfer_NotifiesTheNewBalanceOfTheBlockThatHoldsIt()
    {
        KeyPair alice = KeyPair.FromUri("//Alice");
        var bob = new AccountId32(KeyPair.FromUri("//Bob").PublicKey.Span);
        string bobKey = Hex.Encode(StorageKey.For("System", "Account", (StorageHasher.Blake2_128Concat, bob.ToArray())));
        await using TestWebSocket socket = await Server.ConnectAsync();
        await socket.CallAsync("state_subscribeStorage", $"[[\"{bobKey}\"]]");
        string before = (await socket.ReceiveJsonAsync()).GetProperty("params").GetProperty("result").GetProperty("changes")[0][1].GetString()!;

        SubtensorRuntime runtime = Chain.Runtime.Runtime;
        RuntimeCall call = runtime.Balances.TransferKeepAlive.Create(MultiAddress.Id(bob), 7_000_000_000UL);
        var implicitData = new TransactionImplicit(runtime.Version.SpecVersion, runtime.Version.TransactionVersion, Chain.GenesisHash, Chain.GenesisHash);
        string xt = Hex.Encode(UncheckedExtrinsic.CreateSigned(alice, call.Encode(), new TransactionExtra(Era.Immortal, 0, 0), implicitData, runtime.Extensions).Encode(runtime.Extensions));
        JsonElement submitted = await Server.CallAsync("author_submitExtrinsic", $"[\"{xt}\"]");
        Assert.True(submitted.TryGetProperty("result", out _), submitted.GetRawText());

        JsonElement change = (await socket.ReceiveJsonAsync()).GetProperty("params").GetProperty("result");
        Assert.Equal(bobKey, change.GetProperty("changes")[0][0].GetString());
        Assert.NotEqual(before, change.GetProperty("changes")[0][1].GetString());
        JsonElement block = (await Server.CallAsync("chain_getBlock", $"[\"{change.GetProperty("block").GetString()}\"]")).GetProperty("result");
        Assert.Contains(xt, block.GetProperty("block").GetProperty("extrinsics").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task StorageSubscription_TooManyKeys_IsRefusedWithInvalidParams()
    {
        await using TestWebSocket socket = await Server.ConnectAsync();
        string keys = string.Join(',', Enumerable.Range(0, 1001).Select(i => $"\"0x{i:x4}\""));
        JsonElement response = await socket.CallAsync("state_subscribeStorage", $"[[{keys}]]");
        Assert.Equal(-32602, response.GetProperty("error").GetProperty("code").GetInt32());
    }

    [Theory]
    [InlineData("state_subscribeRuntimeVersion", "state_unsubscribeRuntimeVersion")]
    [InlineData("chain_subscribeRuntimeVersion", "chain_unsubscribeRuntimeVersion")]
    public async Task RuntimeVersionSubscription_SendsTheCurrentVersionOnce(string subscribe, string unsubscribe)
    {
        await using TestWebSocket socket = await Server.ConnectAsync();
        string id = (await socket.CallAsync(subscribe)).GetProperty("result").GetString()!;
        JsonElement message = await socket.ReceiveJsonAsync();
        Assert.Equal("state_runtimeVersion", message.GetProperty("method").GetString());
        Assert.Equal(425, message.GetProperty("params").GetProperty("result").GetProperty("specVersion").GetInt32());

        await socket.SendAsync(unsubscribe, 2, $"[\"{id}\"]");
        Assert.True((await ReceiveResponseAsync(socket, 2)).GetProperty("result").GetBoolean());
    }

    /// <summary>The response with <paramref name="id"/>, skipping notifications that were already on their way.</summary>
    private static async Task<JsonElement> ReceiveResponseAsync(TestWebSocket socket, int id)
    {
        while (true)
        {
            JsonElement message = await socket.ReceiveJsonAsync();
            if (message.TryGetProperty("id", out JsonElement got) && got.ValueKind == JsonValueKind.Number && got.GetInt32() == id)
            {
                return message;
            }
        }
    }
}
