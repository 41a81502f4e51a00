using System.Globalization;
using System.Numerics;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Bittensor.Core.Primitives;
using Bittensor.Node.Chain;
using Bittensor.Node.Rpc.Json;
using Bittensor.Node.Rpc.Subscriptions;

namespace Bittensor.Node.Rpc.Methods;

/// <summary>
/// The <c>chain_*</c> methods (sc-rpc <c>chain/mod.rs</c>, <c>chain_full.rs</c>): block hashes by number, headers and
/// blocks by hash (null when unknown), the finalized head, and the head subscriptions, each of which first sends the
/// current head.
/// </summary>
internal sealed class ChainRpcModule(IBlockchain chain, ChainNotifications notifications) : IRpcModule
{
    /// <summary>sc-rpc-api chain error base (3000); <c>Error::Other</c> is base + 1.</summary>
    public const int ChainOtherErrorCode = 3001;

    private static readonly JsonTypeInfo<string?> OptionalString = ChainJsonContext.Default.String!;
    private static readonly JsonTypeInfo<string?[]> OptionalStrings = ChainJsonContext.Default.StringArray!;
    private static readonly JsonTypeInfo<HeaderJson?> OptionalHeader = ChainJsonContext.Default.HeaderJson!;
    private static readonly JsonTypeInfo<SignedBlockJson?> OptionalBlock = ChainJsonContext.Default.SignedBlockJson!;

    public void Register(RpcMethodTable methods)
    {
        ArgumentNullException.ThrowIfNull(methods);
        methods.Add("chain_getBlockHash", GetBlockHash, RpcJsonContext.Default.JsonElement, "chain_getHead");
        methods.Add("chain_getHeader", p => GetBlock(p) is { } block ? HeaderJson.From(block.Header) : null, OptionalHeader);
        methods.Add("chain_getBlock", p => GetBlock(p) is { } block ? ToJson(block) : null, OptionalBlock);
        methods.Add("chain_getFinalizedHead", _ => chain.Finalized.Hash.ToString(), ChainJsonContext.Default.String, "chain_getFinalisedHead");

        methods.AddSubscription(
            new RpcSubscriptionSpec("chain_subscribeNewHeads", "chain_unsubscribeNewHeads", "chain_newHead")
            {
                SubscribeAliases = ["chain_subscribeNewHead", "subscribe_newHead"],
                UnsubscribeAliases = ["chain_unsubscribeNewHead", "unsubscribe_newHead"],
            },
            ChainJsonContext.Default.HeaderJson,
            (_, sink) => notifications.NewHeads.Attach(sink, sendLatest: true));
        methods.AddSubscription(
            new RpcSubscriptionSpec("chain_subscribeFinalizedHeads", "chain_unsubscribeFinalizedHeads", "chain_finalizedHead")
            {
                SubscribeAliases = ["chain_subscribeFinalisedHeads"],
                UnsubscribeAliases = ["chain_unsubscribeFinalisedHeads"],
            },
            ChainJsonContext.Default.HeaderJson,
            (_, sink) => notifications.FinalizedHeads.Attach(sink, sendLatest: true));
        methods.AddSubscription(
            new RpcSubscriptionSpec("chain_subscribeAllHeads", "chain_unsubscribeAllHeads", "chain_allHead"),
            ChainJsonContext.Default.HeaderJson,
            (_, sink) => notifications.AllHeads.Attach(sink, sendLatest: true));
    }

    /// <summary>
    /// <c>chain_getBlockHash</c>: <c>ListOrValue&lt;NumberOrHex&gt;</c>. No parameter is the best hash; a number (or a
    /// 0x-hex quantity) the canonical hash at that height or null; a list gives a list.
    /// </summary>
    private JsonElement GetBlockHash(RpcParams p)
    {
        if (p.GetOptionalElement(0, "hash") is not { } element)
        {
            return JsonSerializer.SerializeToElement(chain.Best.Hash.ToString(), ChainJsonContext.Default.String);
        }

        if (element.ValueKind == JsonValueKind.Array)
        {
            var hashes = new List<string?>(element.GetArrayLength());
            foreach (JsonElement item in element.EnumerateArray())
            {
                hashes.Add(HashAt(ParseBlockNumber(item)));
            }

            return JsonSerializer.SerializeToElement<string?[]>([.. hashes], OptionalStrings);
        }

        return JsonSerializer.SerializeToElement(HashAt(ParseBlockNumber(element)), OptionalString);
    }

    private string? HashAt(uint number) => chain.GetHash(number)?.ToString();

    /// <summary>sp_rpc <c>NumberOrHex</c> narrowed to u32 as sc-rpc does, with its error for larger values.</summary>
    internal static uint ParseBlockNumber(JsonElement element)
    {
        BigInteger value;
        string shown;
        switch (element.ValueKind)
        {
            case JsonValueKind.Number when element.TryGetUInt64(out ulong number):
                value = number;
                shown = $"Number({number})";
                break;
            case JsonValueKind.String:
                string text = element.GetString()!;
                if (!text.StartsWith("0x", StringComparison.OrdinalIgnoreCase) || text.Length < 3 || text.Length > 66
                    || !BigInteger.TryParse("0" + text[2..], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out value))
                {
                    throw RpcErrors.InvalidParams($"parameter 'hash' (position 0): expected a block number or a 0x-prefixed hex quantity, got \"{text}\"").ToException();
                }

                shown = $"Hex({text})";
                break;
            default:
                throw RpcParams.Invalid(0, "hash", "a block number, a 0x-prefixed hex quantity or a list of them", element);
        }

        return value <= uint.MaxValue
            ? (uint)value
            : throw new RpcError(ChainOtherErrorCode, $"`{shown}` > u32::MAX, the max block number is u32.").ToException();
    }

    private BlockEntry? GetBlock(RpcParams p)
    {
        H256 hash = p.GetOptionalHash(0, "hash") ?? chain.Best.Hash;
        return chain.GetBlock(hash);
    }

    private static SignedBlockJson ToJson(BlockEntry block)
    {
        string[] extrinsics = new string[block.Extrinsics.Count];
        for (int i = 0; i < extrinsics.Length; i++)
        {
            extrinsics[i] = Hex.Encode(block.Extrinsics[i]);
        }

        return new SignedBlockJson(new BlockJson(HeaderJson.From(block.Header), extrinsics), Justifications: null);
    }
}
