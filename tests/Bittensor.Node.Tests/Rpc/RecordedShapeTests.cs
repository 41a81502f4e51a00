using System.Globalization;
using System.Text.Json;
using Bittensor.Core.Primitives;
using Bittensor.Core.Storage;
using Bittensor.Node.Chain;
using Bittensor.Node.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Bittensor.Node.Tests.Rpc;

/// <summary>
/// For every standard Substrate method and runtime API in finney's recorded traffic, our answer has the same JSON shape
/// (field names, JSON types, hex strings where finney has hex). Requests are finney's, adapted to our chain: our block
/// hashes and numbers, and a storage key of the same pallet item (or pallet) that holds a value here. Every recorded
/// runtime API must answer, and its result must be a hex string as finney's is.
/// </summary>
[Trait("Category", "Integration")]
public sealed class RecordedShapeTests(RpcServerFixture fixture, ITestOutputHelper output) : IClassFixture<RpcServerFixture>
{
    /// <summary>subtensor's legacy custom RPCs (JSON byte arrays): optional for this node (issue 5).</summary>
    public static readonly IReadOnlySet<string> OptionalLegacyMethods = new HashSet<string>(StringComparer.Ordinal)
    {
        "delegateInfo_getDelegate",
        "neuronInfo_getNeuron",
    };

    /// <summary>Fields ours has that no recording shows, with the reason.</summary>
    private static readonly Dictionary<string, HashSet<string>> AllowedExtraFields = new(StringComparer.Ordinal)
    {
        // The recording kept only {"block":{}}; Substrate's SignedBlock always carries justifications (null here).
        ["chain_getBlock"] = ["$.justifications"],
    };

    private RpcTestServer Server => fixture.Server;

    private IBlockchain Chain => Server.Services.GetRequiredService<IBlockchain>();

    public static TheoryData<string> RecordedKeys()
    {
        var data = new TheoryData<string>();
        foreach (string key in RecordedRpc.Calls.Select(c => c.Key).Distinct().Order(StringComparer.Ordinal))
        {
            data.Add(key);
        }

        return data;
    }

    [Fact]
    public void Recordings_CoverTheMethodsClientsStartWith() =>
        Assert.Superset(
            new HashSet<string>(["chain_getHead", "chain_getHeader", "chain_getBlockHash", "state_getRuntimeVersion", "state_getStorageAt", "state_getKeysPaged", "state_queryStorageAt", "rpc_methods", "system_chain", "chain_getBlock"]),
            new HashSet<string>(RecordedRpc.Calls.Select(c => c.Key)));

    [Theory]
    [MemberData(nameof(RecordedKeys))]
    public async Task Response_ForEachRecordedMethodAndRuntimeApi_HasFinneysShape(string key)
    {
        Assert.True(await Eventually.TrueAsync(() => Chain.Best.Number >= 2, TimeSpan.FromSeconds(30)));
        RecordedCall[] recorded = [.. RecordedRpc.Calls.Where(c => c.Key == key)];
        RecordedCall sample = recorded[0];

        if (OptionalLegacyMethods.Contains(key) && !await IsServedAsync(key))
        {
            output.WriteLine($"{key}: optional legacy RPC, not served");
            return;
        }

        string paramsJson = AdaptParams(sample.Method, sample.Params);
        JsonElement response = await Server.CallAsync(sample.Method, paramsJson);
        Assert.True(response.TryGetProperty("result", out JsonElement ours), $"{sample.Method} {paramsJson}: {response.GetRawText()}");
        List<string> mismatches = JsonShape.Compare(
            [.. recorded.Select(r => r.Result)],
            ours,
            AllowedExtraFields.TryGetValue(key, out HashSet<string>? allowed) ? allowed : []);
        Assert.True(mismatches.Count == 0, $"{key} {paramsJson}:\n{string.Join('\n', mismatches)}");
    }

    private async Task<bool> IsServedAsync(string method)
    {
        JsonElement methods = (await Server.CallAsync("rpc_methods")).GetProperty("result").GetProperty("methods");
        return methods.EnumerateArray().Any(m => m.GetString() == method);
    }

    /// <summary>Finney's parameters for <paramref name="method"/>, with our block hashes, numbers and storage keys.</summary>
    private string AdaptParams(string method, JsonElement recorded)
    {
        BlockEntry best = Chain.Best;
        string hash = Json(best.Hash.ToString());
        IReadOnlyKeyValueStore state = Chain.GetState(best.Hash)!;
        return method switch
        {
            "chain_getHead" or "rpc_methods" or "system_chain" => "[]",
            "chain_getHeader" or "state_getRuntimeVersion" => $"[{hash}]",
            "chain_getBlock" => $"[{Json(Chain.GetHash(1)!.Value.ToString())}]",
            "chain_getBlockHash" => string.Create(CultureInfo.InvariantCulture, $"[{Math.Min(recorded[0].GetUInt64(), best.Number)}]"),
            "state_getStorageAt" or "state_getStorage" => $"[{Json(Hex.Encode(ExistingKey(state, Hex.Decode(recorded[0].GetString()))))}, {hash}]",
            "state_getKeysPaged" => PagedParams(state, recorded, hash),
            "state_queryStorageAt" => $"[[{string.Join(',', recorded[0].EnumerateArray().Select(k => Json(Hex.Encode(ExistingKey(state, Hex.Decode(k.GetString()))))))}], {hash}]",
            "state_call" => $"[{recorded[0].GetRawText()}, {recorded[1].GetRawText()}, {hash}]",
            "delegateInfo_getDelegate" or "neuronInfo_getNeuron" => recorded.GetRawText(),
            _ => throw new InvalidOperationException($"no request adapter for recorded method {method}: add one so its shape is compared"),
        };
    }

    private static string PagedParams(IReadOnlyKeyValueStore state, JsonElement recorded, string hash)
    {
        byte[] prefix = ExistingPrefix(state, Hex.Decode(recorded[0].GetString()));
        return $"[{Json(Hex.Encode(prefix))}, {recorded[1].GetRawText()}, {Json(Hex.Encode(prefix))}, {hash}]";
    }

    /// <summary>The key itself when it holds a value here, else the first key of the same storage item, pallet, or state.</summary>
    private static byte[] ExistingKey(IReadOnlyKeyValueStore state, byte[] key) =>
        state.Get(key) is not null ? key : state.Iterate(ExistingPrefix(state, key)).First().Key;

    private static byte[] ExistingPrefix(IReadOnlyKeyValueStore state, byte[] key)
    {
        foreach (int length in new[] { key.Length, 32, 16 })
        {
            if (key.Length >= length && state.Iterate(key[..length]).Any())
            {
                return key[..length];
            }
        }

        return [];
    }

    private static string Json(string text) => JsonSerializer.Serialize(text);
}
