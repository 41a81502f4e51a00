using System.Text.Json;
using Bittensor.Core.Primitives;
using Bittensor.Node.Chain;
using Bittensor.Node.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Bittensor.Node.Tests.Chain;

/// <summary>The author RPC against the in-process node (dev genesis, //Alice authoring, real pool and block production).</summary>
public class AuthorRpcTests
{
    private const ulong Amount = 2_000_000_000;

    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);

    private static readonly Bittensor.Core.Crypto.KeyPair Alice = DevChain.Key("Alice");

    [Fact]
    public async Task SubmitExtrinsic_Transfer_LandsInABlockAndChangesBalances()
    {
        await using RpcTestServer server = await RpcTestServer.StartAsync(new Dictionary<string, string?> { ["Node:BlockTimeMs"] = "100" });
        Blockchain chain = server.Services.GetRequiredService<Blockchain>();
        ulong bobBefore = FreeOf(chain, DevChain.Bob);
        byte[] transfer = DevChain.Transfer(Alice, DevChain.Bob, Amount, 0);

        JsonElement response = await server.CallAsync("author_submitExtrinsic", $"[\"{Hex.Encode(transfer)}\"]");

        Assert.Equal(H256.Blake2b256(transfer).ToString(), response.GetProperty("result").GetString());
        Assert.True(await Eventually.TrueAsync(() => FreeOf(chain, DevChain.Bob) == bobBefore + Amount, Wait));
        JsonElement next = await server.CallAsync("system_accountNextIndex", $"[\"{DevChain.Alice.ToSs58()}\"]");
        Assert.Equal(1u, next.GetProperty("result").GetUInt32());
        JsonElement alias = await server.CallAsync("account_nextIndex", $"[\"{DevChain.Alice.ToSs58()}\"]");
        Assert.Equal(1u, alias.GetProperty("result").GetUInt32());
    }

    [Fact]
    public async Task SubmitExtrinsic_StaleBadSignatureGarbageDuplicate_RefusedWithSubstrateCodesWhileBlocksContinue()
    {
        await using RpcTestServer server = await RpcTestServer.StartAsync(new Dictionary<string, string?> { ["Node:BlockTimeMs"] = "100" });
        Blockchain chain = server.Services.GetRequiredService<Blockchain>();
        byte[] first = DevChain.Transfer(Alice, DevChain.Bob, Amount, 0);
        await server.CallAsync("author_submitExtrinsic", $"[\"{Hex.Encode(first)}\"]");
        Assert.True(await Eventually.TrueAsync(() => DevChain.Runtime.Runtime.AccountNonce(chain.BestState, DevChain.Alice) == 1, Wait));
        uint before = chain.Best.Number;

        JsonElement stale = await ErrorOf(server, DevChain.Transfer(Alice, DevChain.Bob, Amount + 1, 0));
        JsonElement badSignature = await ErrorOf(server, DevChain.WithBadSignature(DevChain.Transfer(Alice, DevChain.Bob, Amount, 1), Alice));
        JsonElement garbage = await ErrorOf(server, [0x12, 0x34, 0x56]);
        byte[] pending = DevChain.Transfer(Alice, DevChain.Bob, Amount, 5);
        await server.CallAsync("author_submitExtrinsic", $"[\"{Hex.Encode(pending)}\"]");
        JsonElement duplicate = await ErrorOf(server, pending);

        AssertError(stale, 1010, "Invalid Transaction", "Transaction is outdated");
        AssertError(badSignature, 1010, "Invalid Transaction", "Transaction has a bad signature");
        Assert.Equal(1001, garbage.GetProperty("code").GetInt32());
        Assert.StartsWith("Extrinsic has invalid format: ", garbage.GetProperty("message").GetString(), StringComparison.Ordinal);
        AssertError(duplicate, 1013, "Transaction Already Imported", H256.Blake2b256(pending).ToString());
        Assert.True(await Eventually.TrueAsync(() => chain.Best.Number >= before + 3, Wait));
        JsonElement pendingList = await server.CallAsync("author_pendingExtrinsics");
        Assert.Equal(Hex.Encode(pending), Assert.Single(pendingList.GetProperty("result").EnumerateArray()).GetString());
    }

    [Fact]
    public async Task SubmitAndWatchExtrinsic_Transfer_SendsReadyInBlockFinalizedAndEnds()
    {
        await using RpcTestServer server = await RpcTestServer.StartAsync(new Dictionary<string, string?> { ["Node:BlockTimeMs"] = "200" });
        await using TestWebSocket socket = await server.ConnectAsync();
        byte[] transfer = DevChain.Transfer(Alice, DevChain.Bob, Amount, 0);

        JsonElement subscribed = await socket.CallAsync("author_submitAndWatchExtrinsic", $"[\"{Hex.Encode(transfer)}\"]");
        string id = subscribed.GetProperty("result").GetString()!;
        var statuses = new List<JsonElement>();
        for (int i = 0; i < 3; i++)
        {
            JsonElement notification = await socket.ReceiveJsonAsync();
            Assert.Equal("author_extrinsicUpdate", notification.GetProperty("method").GetString());
            Assert.Equal(id, notification.GetProperty("params").GetProperty("subscription").GetString());
            statuses.Add(notification.GetProperty("params").GetProperty("result"));
        }

        Assert.Equal("ready", statuses[0].GetString());
        string inBlock = statuses[1].GetProperty("inBlock").GetString()!;
        Assert.Equal(inBlock, statuses[2].GetProperty("finalized").GetString());
        Blockchain chain = server.Services.GetRequiredService<Blockchain>();
        Bittensor.Node.Chain.BlockEntry block = chain.GetBlock(H256.Parse(inBlock))!;
        Assert.Contains(block.Extrinsics, x => x.AsSpan().SequenceEqual(transfer));
        JsonElement unwatch = await socket.CallAsync("author_unwatchExtrinsic", $"[\"{id}\"]", id: 2);
        Assert.False(unwatch.GetProperty("result").GetBoolean());
    }

    [Fact]
    public async Task SubmitAndWatchExtrinsic_BadSignature_IsAnErrorResponse()
    {
        await using RpcTestServer server = await RpcTestServer.StartAsync(new Dictionary<string, string?> { ["Node:BlockTimeMs"] = "60000" });
        await using TestWebSocket socket = await server.ConnectAsync();
        byte[] forged = DevChain.WithBadSignature(DevChain.Transfer(Alice, DevChain.Bob, Amount, 0), Alice);

        JsonElement response = await socket.CallAsync("author_submitAndWatchExtrinsic", $"[\"{Hex.Encode(forged)}\"]");

        AssertError(response.GetProperty("error"), 1010, "Invalid Transaction", "Transaction has a bad signature");
    }

    [Fact]
    public async Task AccountNextIndex_PendingNonces_AreCounted()
    {
        await using RpcTestServer server = await RpcTestServer.StartAsync(new Dictionary<string, string?> { ["Node:BlockTimeMs"] = "60000" });
        // sr25519 signatures are randomized: keep the bytes to remove the same extrinsic later.
        byte[][] submitted = [.. new uint[] { 0, 1, 3 }.Select(nonce => DevChain.Transfer(Alice, DevChain.Bob, Amount, nonce))];
        foreach (byte[] extrinsic in submitted)
        {
            await server.CallAsync("author_submitExtrinsic", $"[\"{Hex.Encode(extrinsic)}\"]");
        }

        JsonElement next = await server.CallAsync("system_accountNextIndex", $"[\"{DevChain.Alice.ToSs58()}\"]");
        JsonElement bad = await server.CallAsync("system_accountNextIndex", "[\"not-an-address\"]");
        JsonElement removed = await server.CallAsync("author_removeExtrinsic", $"[[{{\"extrinsic\":\"{Hex.Encode(submitted[2])}\"}}]]");

        Assert.Equal(2u, next.GetProperty("result").GetUInt32());
        Assert.Equal(-32602, bad.GetProperty("error").GetProperty("code").GetInt32());
        Assert.Single(removed.GetProperty("result").EnumerateArray());
        Assert.Equal(2, (await server.CallAsync("author_pendingExtrinsics")).GetProperty("result").GetArrayLength());
    }

    private static ulong FreeOf(Blockchain chain, in AccountId32 who) =>
        DevChain.Runtime.Runtime.System.Account.Get(new Bittensor.Runtime.Framework.Storage.StorageOverlay(chain.BestState), who).Data.Free.Rao;

    private static async Task<JsonElement> ErrorOf(RpcTestServer server, byte[] extrinsic)
    {
        JsonElement response = await server.CallAsync("author_submitExtrinsic", $"[\"{Hex.Encode(extrinsic)}\"]");
        Assert.True(response.TryGetProperty("error", out JsonElement error), response.GetRawText());
        return error;
    }

    private static void AssertError(JsonElement error, int code, string message, string data)
    {
        Assert.Equal(code, error.GetProperty("code").GetInt32());
        Assert.Equal(message, error.GetProperty("message").GetString());
        Assert.Equal(data, error.GetProperty("data").GetString());
    }
}
