using System.Text.Json;
using System.Text.Json.Nodes;
using Bittensor.Sdk.Chain.Rpc;

namespace Bittensor.Sdk.Tests.Chain;

/// <summary>
/// A watched extrinsic's statuses, the final one included, reach the subscription whatever their timing relative to
/// the subscribe answer: the node sends them in the same burst as the answer (ours and Substrate do for a transaction
/// that is already in a block), or even before it. Each test sends the whole burst at once, so the client's receive
/// loop always reads the answer and the statuses back to back; nothing here depends on timing.
/// </summary>
public sealed class SubscriptionDeliveryTests
{
    private const string WatchId = "watch1";
    private const string InBlock = "0x1111111111111111111111111111111111111111111111111111111111111111";
    private const string Finalized = "0x2222222222222222222222222222222222222222222222222222222222222222";

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task SubmitAndWatch_StatusesInTheAnswersBurst_AllDeliveredInOrderThroughTheFinalOne(bool notificationsFirst)
    {
        await using ReplayServer server = await WatchServerAsync(notificationsFirst);
        await using JsonRpcWebSocketClient client = new(server.Endpoint);

        // Many rounds on one connection: each watch must see its own four statuses, in order, and then nothing else.
        for (int round = 0; round < 25; round++)
        {
            await using JsonRpcSubscription watch = await client.SubscribeAsync("author_submitAndWatchExtrinsic", ["0x00"], "author_unwatchExtrinsic");
            using CancellationTokenSource timeout = new(TimeSpan.FromSeconds(10));

            List<string> statuses = [];
            for (int i = 0; i < 4; i++)
            {
                statuses.Add(Describe(await watch.NextAsync(timeout.Token)));
            }

            Assert.Equal(["ready", "broadcast", "inBlock " + InBlock, "finalized " + Finalized], statuses);
            Assert.False(watch.Notifications.TryRead(out _));
        }
    }

    [Fact]
    public async Task SubmitAndWatch_UnwatchAfterTheFinalStatusRefused_DisposeStillCompletes()
    {
        // The node forgets a watch once it sent the final status, so the unwatch the client sends on dispose is refused.
        await using ReplayServer server = await WatchServerAsync(notificationsFirst: false);
        await using JsonRpcWebSocketClient client = new(server.Endpoint);
        JsonRpcSubscription watch = await client.SubscribeAsync("author_submitAndWatchExtrinsic", ["0x00"], "author_unwatchExtrinsic");
        for (int i = 0; i < 4; i++)
        {
            await watch.NextAsync();
        }

        await watch.DisposeAsync();

        Assert.Contains("author_unwatchExtrinsic(\"" + WatchId + "\")", server.Received);
        Assert.True(watch.Notifications.Completion.IsCompleted);
        JsonElement health = await client.RequestAsync("system_health");
        Assert.Equal(JsonValueKind.Object, health.ValueKind);
    }

    private static async Task<ReplayServer> WatchServerAsync(bool notificationsFirst)
    {
        ReplayServer server = await ReplayServer.StartAsync(null);
        server.NotificationsFirst = notificationsFirst;
        server.Override = (method, _) => method switch
        {
            "author_submitAndWatchExtrinsic" => new JsonObject { ["result"] = WatchId },
            "author_unwatchExtrinsic" => new JsonObject { ["error"] = new JsonObject { ["code"] = -32602, ["message"] = "Invalid subscription id." } },
            "system_health" => new JsonObject { ["result"] = new JsonObject { ["peers"] = 0, ["isSyncing"] = false, ["shouldHavePeers"] = false } },
            _ => null,
        };
        server.Notifications = (method, _, _) => method == "author_submitAndWatchExtrinsic"
            ? [Status("ready"), Status("broadcast"), Status(new JsonObject { ["inBlock"] = InBlock }), Status(new JsonObject { ["finalized"] = Finalized })]
            : [];
        return server;
    }

    private static JsonObject Status(JsonNode result) => new()
    {
        ["jsonrpc"] = "2.0",
        ["method"] = "author_extrinsicUpdate",
        ["params"] = new JsonObject { ["subscription"] = WatchId, ["result"] = result },
    };

    private static string Describe(JsonElement status) => status.ValueKind == JsonValueKind.String
        ? status.GetString()!
        : string.Join(",", status.EnumerateObject().Select(p => p.Name + " " + p.Value.GetString()));
}
