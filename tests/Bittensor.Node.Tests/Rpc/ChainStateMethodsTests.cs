using System.Text.Json;
using Bittensor.Core.Chain;
using Bittensor.Core.Chain.Extrinsics;
using Bittensor.Core.Crypto;
using Bittensor.Core.Hashing;
using Bittensor.Core.Primitives;
using Bittensor.Core.Storage;
using Bittensor.Node.Chain;
using Bittensor.Node.Rpc;
using Bittensor.Node.Tests.Infrastructure;
using Bittensor.Runtime.Executive;
using Bittensor.Runtime.Framework;
using Microsoft.Extensions.DependencyInjection;

namespace Bittensor.Node.Tests.Rpc;

/// <summary>The chain_*, state_* and payment_* methods against the real dev chain (in process, authoring every 250 ms).</summary>
[Trait("Category", "Integration")]
public sealed class ChainStateMethodsTests(RpcServerFixture fixture) : IClassFixture<RpcServerFixture>
{
    private static readonly KeyPair Alice = KeyPair.FromUri("//Alice");
    private static readonly byte[] AliceAccountKey = StorageKey.For("System", "Account", (StorageHasher.Blake2_128Concat, Alice.PublicKey.ToArray()));
    private static readonly byte[] NumberKey = StorageKey.Prefix("System", "Number");
    private static readonly string Unknown = "0x" + new string('e', 64);

    private RpcTestServer Server => fixture.Server;

    private IBlockchain Chain => Server.Services.GetRequiredService<IBlockchain>();

    [Fact]
    public async Task ChainGetBlockHash_EveryParameterForm_AnswersLikeSubstrate()
    {
        await WaitForBlockAsync(2);
        string genesis = Chain.GenesisHash.ToString();
        Assert.Equal(genesis, (await ResultAsync("chain_getBlockHash", "[0]")).GetString());
        Assert.Equal(genesis, (await ResultAsync("chain_getBlockHash", "[\"0x0\"]")).GetString());
        Assert.Equal(Chain.GetHash(1).ToString(), (await ResultAsync("chain_getBlockHash", "[1]")).GetString());
        JsonElement list = await ResultAsync("chain_getBlockHash", "[[0, \"0x1\", 4000000000]]");
        Assert.Equal([genesis, Chain.GetHash(1).ToString(), null], list.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.Null ? null : e.GetString()));
        Assert.Equal(JsonValueKind.Null, (await ResultAsync("chain_getBlockHash", "[4000000000]")).ValueKind);

        string best = (await ResultAsync("chain_getBlockHash")).GetString()!;
        Assert.NotNull(Chain.GetBlock(H256.Parse(best)));
        Assert.NotNull(Chain.GetBlock(H256.Parse((await ResultAsync("chain_getHead")).GetString()!)));

        JsonElement tooBig = await ErrorAsync("chain_getBlockHash", "[4294967296]");
        Assert.Equal(3001, tooBig.GetProperty("code").GetInt32());
        Assert.Equal(RpcErrors.InvalidParamsCode, (await ErrorAsync("chain_getBlockHash", "[\"seven\"]")).GetProperty("code").GetInt32());
    }

    [Fact]
    public async Task ChainGetHeaderAndBlock_KnownBlock_MatchTheChainAndHashToIt()
    {
        await WaitForBlockAsync(2);
        BlockEntry block = Chain.GetBlock(Chain.GetHash(2)!.Value)!;
        JsonElement header = await ResultAsync("chain_getHeader", $"[\"{block.Hash}\"]");
        Assert.Equal("0x2", header.GetProperty("number").GetString());
        Assert.Equal(block.Header.ParentHash.ToString(), header.GetProperty("parentHash").GetString());
        Assert.Equal(block.Header.StateRoot.ToString(), header.GetProperty("stateRoot").GetString());

        // The header rebuilt from its JSON hashes to the block hash: nothing is lost on the way out.
        var rebuilt = new Header(
            H256.Parse(header.GetProperty("parentHash").GetString()!),
            Convert.ToUInt32(header.GetProperty("number").GetString(), 16),
            H256.Parse(header.GetProperty("stateRoot").GetString()!),
            H256.Parse(header.GetProperty("extrinsicsRoot").GetString()!),
            new Digest(header.GetProperty("digest").GetProperty("logs").EnumerateArray().Select(l => Bittensor.Core.Scale.ScaleCodec.Decode<DigestItem>(Hex.Decode(l.GetString())))));
        Assert.Equal(block.Hash, rebuilt.Hash());

        JsonElement signed = await ResultAsync("chain_getBlock", $"[\"{block.Hash}\"]");
        Assert.Equal(JsonValueKind.Null, signed.GetProperty("justifications").ValueKind);
        Assert.Equal(header.GetRawText(), signed.GetProperty("block").GetProperty("header").GetRawText());
        Assert.Equal(block.Extrinsics.Select(x => Hex.Encode(x)), signed.GetProperty("block").GetProperty("extrinsics").EnumerateArray().Select(e => e.GetString()));
        Assert.NotEmpty(block.Extrinsics);

        JsonElement genesis = await ResultAsync("chain_getHeader", $"[\"{Chain.GenesisHash}\"]");
        Assert.Equal("0x0", genesis.GetProperty("number").GetString());
        Assert.Equal(JsonValueKind.Object, (await ResultAsync("chain_getHeader")).ValueKind);
    }

    [Fact]
    public async Task ChainGetHeaderAndBlock_UnknownOrMalformedHash_NullOrInvalidParams()
    {
        Assert.Equal(JsonValueKind.Null, (await ResultAsync("chain_getHeader", $"[\"{Unknown}\"]")).ValueKind);
        Assert.Equal(JsonValueKind.Null, (await ResultAsync("chain_getBlock", $"[\"{Unknown}\"]")).ValueKind);
        JsonElement error = await ErrorAsync("chain_getHeader", "[\"0x1234\"]");
        Assert.Equal(RpcErrors.InvalidParamsCode, error.GetProperty("code").GetInt32());
        Assert.Contains("32 bytes", error.GetProperty("data").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChainGetFinalizedHead_BothSpellings_AreAFinalizedBlock()
    {
        await WaitForBlockAsync(1);
        foreach (string method in new[] { "chain_getFinalizedHead", "chain_getFinalisedHead" })
        {
            H256 hash = H256.Parse((await ResultAsync(method)).GetString()!);
            BlockEntry block = Chain.GetBlock(hash)!;
            Assert.True(block.Number <= Chain.Finalized.Number);
            Assert.Equal(hash, Chain.GetHash(block.Number));
        }
    }

    [Fact]
    public async Task StateGetStorage_ValueHashAndSize_AgreeWithTheState()
    {
        await WaitForBlockAsync(1);
        H256 at = Chain.GetHash(1)!.Value;
        byte[] value = Chain.GetState(at)!.Get(AliceAccountKey)!;
        string key = Hex.Encode(AliceAccountKey);
        Assert.Equal(Hex.Encode(value), (await ResultAsync("state_getStorage", $"[\"{key}\",\"{at}\"]")).GetString());
        Assert.Equal(Hex.Encode(value), (await ResultAsync("state_getStorageAt", $"[\"{key}\",\"{at}\"]")).GetString());
        Assert.Equal(H256.Blake2b256(value).ToString(), (await ResultAsync("state_getStorageHash", $"[\"{key}\",\"{at}\"]")).GetString());
        Assert.Equal(value.Length, (await ResultAsync("state_getStorageSize", $"[\"{key}\",\"{at}\"]")).GetInt32());
        Assert.Equal(value.Length, (await ResultAsync("state_getStorageSizeAt", $"[\"{key}\",\"{at}\"]")).GetInt32());

        // A prefix without a value of its own: the size is the sum of the values under it.
        byte[] prefix = StorageKey.Prefix("System", "Account");
        long sum = Chain.GetState(at)!.Iterate(prefix).Sum(e => (long)e.Value.Length);
        Assert.Equal(sum, (await ResultAsync("state_getStorageSize", $"[\"{Hex.Encode(prefix)}\",\"{at}\"]")).GetInt64());

        Assert.Equal(JsonValueKind.Null, (await ResultAsync("state_getStorage", "[\"0x0123\"]")).ValueKind);
        Assert.Equal(JsonValueKind.Null, (await ResultAsync("state_getStorageHash", "[\"0x0123\"]")).ValueKind);
        Assert.Equal(JsonValueKind.Null, (await ResultAsync("state_getStorageSize", "[\"0x0123\"]")).ValueKind);
    }

    [Fact]
    public async Task StateGetStorage_UnknownBlock_IsClientError4003()
    {
        JsonElement error = await ErrorAsync("state_getStorage", $"[\"{Hex.Encode(NumberKey)}\",\"{Unknown}\"]");
        Assert.Equal(4003, error.GetProperty("code").GetInt32());
        Assert.Equal($"Client error: UnknownBlock: State already discarded for {Unknown}", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task StateGetKeysPaged_PagesInKeyOrderStrictlyAfterTheStartKey()
    {
        await WaitForBlockAsync(1);
        H256 at = Chain.GetHash(1)!.Value;
        string[] all = [.. Chain.GetState(at)!.Iterate([]).Select(e => Hex.Encode(e.Key))];
        Assert.True(all.Length > 5);

        JsonElement first = await ResultAsync("state_getKeysPaged", $"[\"0x\", 3, null, \"{at}\"]");
        Assert.Equal(all[..3], first.EnumerateArray().Select(e => e.GetString()));
        JsonElement second = await ResultAsync("state_getKeysPagedAt", $"[\"0x\", 3, \"{all[2]}\", \"{at}\"]");
        Assert.Equal(all[3..6], second.EnumerateArray().Select(e => e.GetString()));
        JsonElement nullPrefix = await ResultAsync("state_getKeysPaged", $"[null, 2, null, \"{at}\"]");
        Assert.Equal(all[..2], nullPrefix.EnumerateArray().Select(e => e.GetString()));

        string prefix = Hex.Encode(StorageKey.Prefix("System", "Account"));
        string[] accounts = [.. (await ResultAsync("state_getKeys", $"[\"{prefix}\", \"{at}\"]")).EnumerateArray().Select(e => e.GetString()!)];
        Assert.Contains(Hex.Encode(AliceAccountKey), accounts);
        Assert.All(accounts, k => Assert.StartsWith(prefix, k, StringComparison.Ordinal));

        JsonElement error = await ErrorAsync("state_getKeysPaged", "[\"0x\", 1001]");
        Assert.Equal(4002, error.GetProperty("code").GetInt32());
        Assert.Equal("count exceeds maximum value. value: 1001, max: 1000", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task StateQueryStorageAt_ReportsEveryKeyWithNullForAbsent()
    {
        await WaitForBlockAsync(1);
        H256 at = Chain.GetHash(1)!.Value;
        JsonElement sets = await ResultAsync("state_queryStorageAt", $"[[\"{Hex.Encode(NumberKey)}\",\"0x0123\"], \"{at}\"]");
        JsonElement set = Assert.Single(sets.EnumerateArray());
        Assert.Equal(at.ToString(), set.GetProperty("block").GetString());
        Assert.Equal($"[[\"{Hex.Encode(NumberKey)}\",\"0x01000000\"],[\"0x0123\",null]]", set.GetProperty("changes").GetRawText());
        Assert.Empty((await ResultAsync("state_queryStorageAt", "[[]]")).EnumerateArray());
        Assert.Equal(RpcErrors.InvalidParamsCode, (await ErrorAsync("state_queryStorageAt", "[\"0x01\"]")).GetProperty("code").GetInt32());
    }

    [Fact]
    public async Task StateQueryStorage_RangeReportsOnlyChangesPerBlock()
    {
        await WaitForBlockAsync(3);
        H256 from = Chain.GetHash(1)!.Value;
        H256 to = Chain.GetHash(3)!.Value;
        string aliceKey = Hex.Encode(AliceAccountKey);
        JsonElement sets = await ResultAsync("state_queryStorage", $"[[\"{Hex.Encode(NumberKey)}\",\"{aliceKey}\"], \"{from}\", \"{to}\"]");
        JsonElement[] blocks = [.. sets.EnumerateArray()];
        Assert.Equal(3, blocks.Length);
        Assert.Equal(2, blocks[0].GetProperty("changes").GetArrayLength());

        // System.Number changes every block; Alice's account does not (no transactions in these blocks).
        Assert.Equal("[[\"" + Hex.Encode(NumberKey) + "\",\"0x02000000\"]]", blocks[1].GetProperty("changes").GetRawText());
        Assert.Equal(Chain.GetHash(2).ToString(), blocks[1].GetProperty("block").GetString());

        JsonElement reversed = await ErrorAsync("state_queryStorage", $"[[\"{Hex.Encode(NumberKey)}\"], \"{to}\", \"{from}\"]");
        Assert.Equal(4001, reversed.GetProperty("code").GetInt32());
        Assert.Contains("from number > to number", reversed.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(4001, (await ErrorAsync("state_queryStorage", $"[[\"{Hex.Encode(NumberKey)}\"], \"{Unknown}\"]")).GetProperty("code").GetInt32());
    }

    [Fact]
    public async Task StateGetRuntimeVersion_BothNames_Spec425AndUnknownBlockIs4003()
    {
        foreach (string method in new[] { "state_getRuntimeVersion", "chain_getRuntimeVersion" })
        {
            JsonElement version = await ResultAsync(method);
            Assert.Equal("node-subtensor", version.GetProperty("specName").GetString());
            Assert.Equal(425, version.GetProperty("specVersion").GetInt32());
            Assert.Equal(Chain.Runtime.Runtime.Version.Apis.Count, version.GetProperty("apis").GetArrayLength());
        }

        JsonElement error = await ErrorAsync("state_getRuntimeVersion", $"[\"{Unknown}\"]");
        Assert.Equal(4003, error.GetProperty("code").GetInt32());
        Assert.StartsWith("Client error: Api called for an unknown Block", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task StateCall_RuntimeApis_ReturnTheirScaleOutputAsHex()
    {
        Assert.Equal(Hex.Encode(Chain.Runtime.Runtime.Version.Encode()), (await ResultAsync("state_call", "[\"Core_version\", \"0x\"]")).GetString());
        Assert.Equal(Hex.Encode(Chain.Runtime.Runtime.Version.Encode()), (await ResultAsync("state_callAt", "[\"Core_version\", \"\", null]")).GetString());
        string alice = Hex.Encode(Alice.PublicKey.Span, prefix: false);
        Assert.Equal("0x00000000", (await ResultAsync("state_call", $"[\"AccountNonceApi_account_nonce\", \"{alice}\", \"{Chain.GenesisHash}\"]")).GetString());

        JsonElement missing = await ErrorAsync("state_call", "[\"Foo_bar\", \"0x\"]");
        Assert.Equal(4003, missing.GetProperty("code").GetInt32());
        Assert.Equal("Client error: Execution failed: Other: Exported method Foo_bar is not found", missing.GetProperty("message").GetString());
        Assert.Equal(4003, (await ErrorAsync("state_call", "[\"AccountNonceApi_account_nonce\", \"0x01\"]")).GetProperty("code").GetInt32());
        Assert.Equal(RpcErrors.InvalidParamsCode, (await ErrorAsync("state_call", "[\"Core_version\"]")).GetProperty("code").GetInt32());
    }

    [Fact]
    public async Task StateGetMetadata_IsTheMetadataApiOutputOrItsCleanAbsence()
    {
        JsonElement response = await Server.CallAsync("state_getMetadata");
        if (Chain.Runtime.Apis.Contains("Metadata_metadata"))
        {
            // The inner bytes of OpaqueMetadata: the "meta" magic, then the version.
            Assert.StartsWith("0x6d657461", response.GetProperty("result").GetString(), StringComparison.Ordinal);
        }
        else
        {
            Assert.Equal("Client error: Execution failed: Other: Exported method Metadata_metadata is not found", response.GetProperty("error").GetProperty("message").GetString());
        }
    }

    [Fact]
    public async Task PaymentQueryInfoAndFeeDetails_SignedTransfer_MatchTheRuntime()
    {
        byte[] xt = SignedTransfer();
        IReadOnlyKeyValueStore state = Chain.GetState(Chain.GenesisHash)!;
        RuntimeDispatchInfo expected = Chain.Runtime.Runtime.QueryInfo(state, xt);

        JsonElement info = await ResultAsync("payment_queryInfo", $"[\"{Hex.Encode(xt)}\", \"{Chain.GenesisHash}\"]");
        Assert.Equal(
            $$"""{"weight":{"ref_time":{{expected.Weight.RefTime}},"proof_size":{{expected.Weight.ProofSize}}},"class":"normal","partialFee":"{{expected.PartialFee}}"}""",
            info.GetRawText());
        Assert.True(expected.PartialFee > 0);

        JsonElement details = await ResultAsync("payment_queryFeeDetails", $"[\"{Hex.Encode(xt)}\", \"{Chain.GenesisHash}\"]");
        JsonElement fee = details.GetProperty("inclusionFee");
        Assert.Equal(expected.PartialFee, fee.GetProperty("baseFee").GetUInt64() + fee.GetProperty("lenFee").GetUInt64() + fee.GetProperty("adjustedWeightFee").GetUInt64());

        JsonElement garbage = await ErrorAsync("payment_queryInfo", "[\"0x0badbeef\"]");
        Assert.Equal(2, garbage.GetProperty("code").GetInt32());
        Assert.Equal("Unable to query dispatch info.", garbage.GetProperty("message").GetString());
        Assert.Equal(2, (await ErrorAsync("payment_queryFeeDetails", "[\"0x00\"]")).GetProperty("code").GetInt32());
    }

    [Fact]
    public async Task SystemSyncStateAndChainSpec_DescribeThisChain()
    {
        await WaitForBlockAsync(1);
        JsonElement sync = await ResultAsync("system_syncState");
        Assert.Equal(0, sync.GetProperty("startingBlock").GetInt32());
        Assert.True(sync.GetProperty("currentBlock").GetInt32() >= 1);
        Assert.Equal(sync.GetProperty("currentBlock").GetInt32(), sync.GetProperty("highestBlock").GetInt32());
        Assert.Equal(Chain.GenesisHash.ToString(), (await ResultAsync("chainSpec_v1_genesisHash")).GetString());
        Assert.Equal("Bittensor", (await ResultAsync("chainSpec_v1_chainName")).GetString());
        Assert.Equal(42, (await ResultAsync("chainSpec_v1_properties")).GetProperty("ss58Format").GetInt32());
        Assert.Empty((await ResultAsync("system_reservedPeers")).EnumerateArray());
    }

    [Fact]
    public async Task RpcMethods_ListsEveryReadMethodAndAlias()
    {
        string[] names = [.. (await ResultAsync("rpc_methods")).GetProperty("methods").EnumerateArray().Select(e => e.GetString()!)];
        string[] expected =
        [
            "chain_getBlockHash", "chain_getHead", "chain_getHeader", "chain_getBlock", "chain_getFinalizedHead", "chain_getFinalisedHead",
            "chain_subscribeNewHeads", "chain_subscribeNewHead", "subscribe_newHead", "chain_unsubscribeNewHeads", "chain_unsubscribeNewHead", "unsubscribe_newHead",
            "chain_subscribeFinalizedHeads", "chain_subscribeFinalisedHeads", "chain_unsubscribeFinalizedHeads", "chain_unsubscribeFinalisedHeads",
            "chain_subscribeAllHeads", "chain_unsubscribeAllHeads", "chain_getRuntimeVersion", "chain_subscribeRuntimeVersion", "chain_unsubscribeRuntimeVersion",
            "state_getStorage", "state_getStorageAt", "state_getStorageHash", "state_getStorageHashAt", "state_getStorageSize", "state_getStorageSizeAt",
            "state_getKeys", "state_getKeysPaged", "state_getKeysPagedAt", "state_queryStorage", "state_queryStorageAt", "state_getMetadata",
            "state_getRuntimeVersion", "state_call", "state_callAt", "state_subscribeStorage", "state_unsubscribeStorage",
            "state_subscribeRuntimeVersion", "state_unsubscribeRuntimeVersion", "payment_queryInfo", "payment_queryFeeDetails",
            "system_syncState", "system_reservedPeers", "chainSpec_v1_chainName", "chainSpec_v1_genesisHash", "chainSpec_v1_properties",
        ];
        Assert.Empty(expected.Except(names));
    }

    private byte[] SignedTransfer()
    {
        SubtensorRuntime runtime = Chain.Runtime.Runtime;
        var bob = new AccountId32(KeyPair.FromUri("//Bob").PublicKey.Span);
        RuntimeCall call = runtime.Balances.TransferKeepAlive.Create(MultiAddress.Id(bob), 1_000_000_000UL);
        var implicitData = new TransactionImplicit(runtime.Version.SpecVersion, runtime.Version.TransactionVersion, Chain.GenesisHash, Chain.GenesisHash);
        return UncheckedExtrinsic.CreateSigned(Alice, call.Encode(), new TransactionExtra(Era.Immortal, 0, 0), implicitData, runtime.Extensions).Encode(runtime.Extensions);
    }

    private async Task WaitForBlockAsync(uint number) =>
        Assert.True(await Eventually.TrueAsync(() => Chain.Best.Number >= number, TimeSpan.FromSeconds(30)), $"the chain did not reach block {number}");

    private async Task<JsonElement> ResultAsync(string method, string paramsJson = "[]")
    {
        JsonElement response = await Server.CallAsync(method, paramsJson);
        Assert.True(response.TryGetProperty("result", out JsonElement result), $"{method} {paramsJson}: {response.GetRawText()}");
        return result;
    }

    private async Task<JsonElement> ErrorAsync(string method, string paramsJson = "[]")
    {
        JsonElement response = await Server.CallAsync(method, paramsJson);
        Assert.True(response.TryGetProperty("error", out JsonElement error), $"{method} {paramsJson}: {response.GetRawText()}");
        return error;
    }
}
