using System.Globalization;
using System.Text.Json;
using Bittensor.Core.Primitives;
using Bittensor.Core.Storage;
using Bittensor.Node.Chain;

namespace Bittensor.Node.Rpc.Methods;

/// <summary>
/// Parameter and block resolution shared by the chain, state and payment methods: block hashes (<c>"0x"</c> + 64 hex, or
/// null/absent for the best block, sc-rpc's <c>block_or_best</c>) and the errors Substrate gives for unknown blocks.
/// </summary>
internal static class ChainRpcParams
{
    /// <summary>An optional block hash; anything but null or 32 bytes of hex is Invalid params.</summary>
    public static H256? GetOptionalHash(this RpcParams p, int index, string name)
    {
        if (p.GetOptionalElement(index, name) is not { } element)
        {
            return null;
        }

        if (element.ValueKind != JsonValueKind.String)
        {
            throw RpcParams.Invalid(index, name, "a block hash (0x followed by 64 hex digits)", element);
        }

        byte[] bytes = p.GetBytes(index, name);
        if (bytes.Length != H256.Size)
        {
            throw RpcErrors.InvalidParams(string.Create(
                CultureInfo.InvariantCulture,
                $"parameter '{name}' (position {index}): a block hash is 32 bytes, got {bytes.Length}")).ToException();
        }

        return new H256(bytes);
    }

    /// <summary>A required block hash.</summary>
    public static H256 GetHash(this RpcParams p, int index, string name) =>
        p.GetOptionalHash(index, name) ?? throw RpcErrors.InvalidParams(
            string.Create(CultureInfo.InvariantCulture, $"missing required parameter '{name}' (position {index})")).ToException();

    /// <summary>
    /// The state after <paramref name="hash"/> (the best block when null). An unknown or pruned block is sc-rpc's
    /// <c>client_err</c>: 4003 "Client error: UnknownBlock: State already discarded for 0x…".
    /// </summary>
    public static IReadOnlyKeyValueStore StateAt(this IBlockchain chain, H256? hash, out H256 resolved)
    {
        ArgumentNullException.ThrowIfNull(chain);
        resolved = hash ?? chain.Best.Hash;
        return chain.GetState(resolved) ?? throw RpcErrors.StateClientError($"UnknownBlock: State already discarded for {resolved}").ToException();
    }

    /// <summary>
    /// The state a runtime API runs on: the same lookup, with sp_api's wording for an unknown block
    /// ("Api called for an unknown Block: …", as finney answers <c>state_getRuntimeVersion</c> for a pruned block).
    /// </summary>
    public static IReadOnlyKeyValueStore RuntimeStateAt(this IBlockchain chain, H256? hash, out H256 resolved)
    {
        ArgumentNullException.ThrowIfNull(chain);
        resolved = hash ?? chain.Best.Hash;
        return chain.GetState(resolved)
            ?? throw RpcErrors.StateClientError($"Api called for an unknown Block: State already discarded for {resolved}").ToException();
    }

    /// <summary>A list of storage keys (hex strings), at most <paramref name="max"/> of them.</summary>
    public static byte[][] GetKeyList(this RpcParams p, int index, string name, int max)
    {
        JsonElement element = p.GetElement(index, name);
        return ReadKeyList(element, index, name, max);
    }

    /// <summary>As <see cref="GetKeyList"/>, null when absent.</summary>
    public static byte[][]? GetOptionalKeyList(this RpcParams p, int index, string name, int max) =>
        p.GetOptionalElement(index, name) is { } element ? ReadKeyList(element, index, name, max) : null;

    private static byte[][] ReadKeyList(JsonElement element, int index, string name, int max)
    {
        if (element.ValueKind != JsonValueKind.Array)
        {
            throw RpcParams.Invalid(index, name, "an array of hex storage keys", element);
        }

        int count = element.GetArrayLength();
        if (count > max)
        {
            throw RpcErrors.InvalidParams(string.Create(
                CultureInfo.InvariantCulture,
                $"parameter '{name}' (position {index}): at most {max} keys per call, got {count}")).ToException();
        }

        var keys = new byte[count][];
        int i = 0;
        foreach (JsonElement key in element.EnumerateArray())
        {
            if (key.ValueKind != JsonValueKind.String)
            {
                throw RpcErrors.InvalidParams(string.Create(
                    CultureInfo.InvariantCulture,
                    $"parameter '{name}' (position {index}): key {i} is not a hex string")).ToException();
            }

            if (!Hex.TryDecode(key.GetString(), out byte[]? bytes, out string? error))
            {
                throw RpcErrors.InvalidParams(string.Create(
                    CultureInfo.InvariantCulture,
                    $"parameter '{name}' (position {index}): key {i}: {error}")).ToException();
            }

            keys[i++] = bytes;
        }

        return keys;
    }
}
