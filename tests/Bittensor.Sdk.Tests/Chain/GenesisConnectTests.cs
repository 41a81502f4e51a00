using System.Text.Json.Nodes;
using Bittensor.Sdk.Chain;

namespace Bittensor.Sdk.Tests.Chain;

/// <summary>
/// A node that has not produced block 1 yet (a dev chain just started): its head is the genesis block, which has no
/// parent. The server below is such a node, deterministically — it answers for the genesis hash only, so a client
/// that asked anything at the zero parent hash would get "not recorded" and fail to connect.
/// </summary>
public sealed class GenesisConnectTests
{
    private const string Genesis = "0x2f0555cc76fc2840a25a6ea3b9637146806f1f44b090c175ffde2a7e5ab36c03";
    private const string Zero = "0x0000000000000000000000000000000000000000000000000000000000000000";

    [Fact]
    public async Task ConnectAsync_ChainAtGenesis_ReadsRuntimeAtTheGenesisBlock()
    {
        await using ReplayServer server = await ReplayServer.StartAsync(null);
        server.Metadata = (FinneyRecordings.MetadataV15Hex, FinneyRecordings.MetadataV14Hex);
        server.Override = (method, p) => method switch
        {
            "chain_getBlockHash" or "chain_getHead" when p.Count == 0 || p[0] is null => new JsonObject { ["result"] = Genesis },
            "chain_getBlockHash" when p[0]!.GetValue<long>() == 0 => new JsonObject { ["result"] = Genesis },
            "chain_getBlockHash" => new JsonObject { ["result"] = null },
            "chain_getHeader" when p.Count == 0 || p[0] is null || p[0]!.GetValue<string>() == Genesis => new JsonObject { ["result"] = GenesisHeader() },
            "state_getRuntimeVersion" when p.Count == 1 && p[0]!.GetValue<string>() == Genesis => new JsonObject { ["result"] = Version() },
            "state_getRuntimeVersion" when p.Count == 0 => new JsonObject { ["result"] = Version() },
            "state_subscribeRuntimeVersion" => new JsonObject { ["result"] = "rv1" },
            _ => null,
        };

        await using SubtensorClient client = await SubtensorClient.ConnectAsync(server.Endpoint);

        Assert.Equal(343u, client.RuntimeVersion.SpecVersion);
        Assert.Equal(0u, await client.GetCurrentBlockAsync());
        Assert.Contains("state_getRuntimeVersion(hex:" + Genesis[2..] + ")", server.Received);
        Assert.DoesNotContain(server.Received, r => r.Contains(Zero[2..], StringComparison.Ordinal));
        Assert.Empty(server.Unmatched);
    }

    private static JsonObject GenesisHeader() => new()
    {
        ["parentHash"] = Zero,
        ["number"] = "0x0",
        ["stateRoot"] = "0x3333333333333333333333333333333333333333333333333333333333333333",
        ["extrinsicsRoot"] = "0x03170a2e7597b7b7e3d84c05391d139a62b157e78786d8c082f29dcf4c111314",
        ["digest"] = new JsonObject { ["logs"] = new JsonArray() },
    };

    private static JsonObject Version() => new()
    {
        ["specName"] = "node-subtensor",
        ["implName"] = "node-subtensor",
        ["authoringVersion"] = 1,
        ["specVersion"] = 343,
        ["implVersion"] = 1,
        ["apis"] = new JsonArray(),
        ["transactionVersion"] = 1,
        ["stateVersion"] = 1,
    };
}
