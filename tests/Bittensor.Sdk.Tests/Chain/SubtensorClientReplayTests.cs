using Bittensor.Core.Metadata;
using Bittensor.Core.Primitives;
using Bittensor.Sdk.Chain;
using Bittensor.Sdk.Chain.Types;

namespace Bittensor.Sdk.Tests.Chain;

/// <summary>
/// Replays the recorded finney sections whose runtime is the shipped metadata's spec (343): the "metagraph" section
/// (block 6 852 690). Expected numbers were read from the recorded responses.
/// </summary>
[Trait("Category", "Integration")]
public sealed class SubtensorClientReplayTests
{
    private const string MetagraphHead = "0xdb13c066e2c63969f140164fb3bfe7a0aaa7b71407fc0fe525d68e57329ef9d0";

    [Fact]
    public void Recordings_MetagraphSection_IsTheShippedSpec() =>
        Assert.Equal(FinneyRecordings.ShippedSpecVersion, FinneyRecordings.SpecVersion("metagraph"));

    [Fact]
    public async Task ConnectAsync_MetagraphSection_LoadsSpec343MetadataV15()
    {
        await using ReplayServer server = await FinneyRecordings.ServeAsync("metagraph");
        await using SubtensorClient client = await SubtensorClient.ConnectAsync(server.Endpoint);

        Assert.Equal(343u, client.RuntimeVersion.SpecVersion);
        Assert.Equal("node-subtensor", client.RuntimeVersion.SpecName);
        Assert.Equal(15, client.Metadata.Version);
        Assert.True(client.TryGetCachedMetadata(343, out _));
        Assert.NotNull(client.RuntimeWatchError);
        Assert.Equal(6852690u, await client.GetCurrentBlockAsync());
        Assert.Equal(H256.Parse(MetagraphHead), await client.GetBlockHashAsync(6852690));
    }

    [Fact]
    public async Task GetNeuronsLiteAsync_Netuid1_DecodesRecordedNeurons()
    {
        await using ReplayServer server = await FinneyRecordings.ServeAsync("metagraph");
        await using SubtensorClient client = await SubtensorClient.ConnectAsync(server.Endpoint);
        H256 at = await client.GetBlockHashAsync(6852690);

        IReadOnlyList<NeuronInfoLite> neurons = await client.GetNeuronsLiteAsync(1, at);

        AssertAllRecorded(server);
        Assert.Equal(1024, neurons.Count);
        Assert.Equal(Enumerable.Range(0, neurons.Count).Select(i => (ushort)i), neurons.Select(n => n.Uid));
        Assert.All(neurons, n => Assert.Equal(1, n.Netuid));
        NeuronInfoLite first = neurons[0];
        Assert.Equal("0x4a7a6cf22af0de8f0c3566ceb47c255da605cf9243f6c1a6433cc782fa610166", Hex.Encode(first.Hotkey.AsSpan()));
        Assert.Equal("0x74762d04a38847530ae54f185efda75989c6cb66eab33295ee5401af6e2ac035", Hex.Encode(first.Coldkey.AsSpan()));
        Assert.Equal(2557172316UL, first.TotalStake);
        Assert.Equal(6575906UL, first.Axon.Block);
        Assert.Equal(9011001u, first.Axon.Version);
        Assert.Equal(6028, first.Axon.Port);
        Assert.Equal(4, first.Axon.IpType);
        Assert.Equal("192.222.59.109", first.Axon.IpAddress);
        Assert.Equal(2543521UL, first.LastUpdate);
        Assert.False(first.ValidatorPermit);
        Assert.Equal(32787516319UL, neurons[3].TotalStake);
        Assert.Equal(14001, neurons[5].Axon.Port);
    }

    [Fact]
    public async Task CallRuntimeApiAsync_SubnetState_MatchesNeuronHotkeys()
    {
        await using ReplayServer server = await FinneyRecordings.ServeAsync("metagraph");
        await using SubtensorClient client = await SubtensorClient.ConnectAsync(server.Endpoint);
        H256 at = H256.Parse(MetagraphHead);

        ScaleValue state = await client.CallRuntimeApiAsync("SubnetInfoRuntimeApi", "get_subnet_state", [ScaleValue.U16(1)], at);
        IReadOnlyList<NeuronInfoLite> neurons = await client.GetNeuronsLiteAsync(1, at);

        ScaleValue some = Assert.IsType<VariantValue>(state).Single;
        Assert.Equal(1UL, some["netuid"].ToUInt64());
        SequenceValue hotkeys = Assert.IsType<SequenceValue>(some["hotkeys"]);
        Assert.Equal(neurons.Select(n => Hex.Encode(n.Hotkey.AsSpan())), hotkeys.Items.Select(h => Hex.Encode(h.ToBytes())));
        AssertAllRecorded(server);
    }

    [Fact]
    public async Task QueryStorageAsync_AbsentMechanismItems_ReadDefaults()
    {
        // Recorded as null at the metagraph block: SubtensorModule.MechanismCountCurrent[1] and MechanismEmissionSplit[1].
        await using ReplayServer server = await FinneyRecordings.ServeAsync("metagraph");
        await using SubtensorClient client = await SubtensorClient.ConnectAsync(server.Endpoint);
        H256 at = H256.Parse(MetagraphHead);

        ScaleValue? count = await client.QueryStorageAsync("SubtensorModule", "MechanismCountCurrent", [ScaleValue.U16(1)], at);
        ScaleValue? split = await client.QueryStorageAsync("SubtensorModule", "MechanismEmissionSplit", [ScaleValue.U16(1)], at);

        AssertAllRecorded(server);
        StorageItem countItem = client.Metadata.Storage("SubtensorModule", "MechanismCountCurrent");
        Assert.Equal(countItem.DecodeValueOrDefault(null), count);
        Assert.Equal(client.Metadata.Storage("SubtensorModule", "MechanismEmissionSplit").DecodeValueOrDefault(null), split);
    }

    [Fact]
    public async Task RuntimeWatch_SpecChanges_RefetchesMetadataAndChecksItsSpec()
    {
        await using ReplayServer server = await FinneyRecordings.ServeAsync("metagraph");
        server.Override = (method, p) => method switch
        {
            "state_subscribeRuntimeVersion" => new System.Text.Json.Nodes.JsonObject { ["result"] = "rv1" },
            "state_getRuntimeVersion" when p.Count == 0 => new System.Text.Json.Nodes.JsonObject { ["result"] = Upgraded() },
            _ => null,
        };
        server.Notifications = (method, _, _) => method == "state_subscribeRuntimeVersion"
            ? [new System.Text.Json.Nodes.JsonObject
            {
                ["jsonrpc"] = "2.0",
                ["method"] = "state_runtimeVersion",
                ["params"] = new System.Text.Json.Nodes.JsonObject { ["subscription"] = "rv1", ["result"] = Upgraded() },
            }]
            : [];
        await using SubtensorClient client = await SubtensorClient.ConnectAsync(server.Endpoint);

        for (int i = 0; i < 200 && client.RuntimeWatchError is null; i++)
        {
            await Task.Delay(25);
        }

        // The only metadata the fixture has is spec 343's, so the client must refuse it for spec 344 and keep 343.
        InvalidOperationException refused = Assert.IsType<InvalidOperationException>(client.RuntimeWatchError);
        Assert.Contains("spec 343 for runtime spec 344", refused.Message, StringComparison.Ordinal);
        Assert.Contains("state_call(\"Metadata_metadata_at_version\",hex:0f000000)", server.Received);
        Assert.Equal(343u, client.RuntimeVersion.SpecVersion);
        Assert.False(client.TryGetCachedMetadata(344, out _));
    }

    private static System.Text.Json.Nodes.JsonObject Upgraded() => new()
    {
        ["specName"] = "node-subtensor",
        ["implName"] = "node-subtensor",
        ["specVersion"] = 344,
        ["implVersion"] = 1,
        ["transactionVersion"] = 1,
    };

    // Everything the client asked was answered from the recording, except the runtime-upgrade subscription the
    // Python SDK never makes (the client then runs without the watch).
    private static void AssertAllRecorded(ReplayServer server) =>
        Assert.Equal(["state_subscribeRuntimeVersion()"], server.Unmatched);
}
