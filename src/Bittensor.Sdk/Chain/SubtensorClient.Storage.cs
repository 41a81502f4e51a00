using System.Text.Json;
using Bittensor.Core.Metadata;
using Bittensor.Core.Primitives;

namespace Bittensor.Sdk.Chain;

public sealed partial class SubtensorClient
{
    /// <summary>
    /// Reads <c>pallet.item[keys…]</c> at <paramref name="at"/> (best block when null) and decodes it with the
    /// metadata; an absent key reads as the entry's default, or null for an Optional entry.
    /// </summary>
    public async Task<ScaleValue?> QueryStorageAsync(string pallet, string item, IReadOnlyList<ScaleValue>? keys = null, H256? at = null, CancellationToken cancellationToken = default)
    {
        StorageItem storage = Metadata.Storage(pallet, item);
        byte[] key = storage.Key([.. keys ?? []]);
        byte[]? raw = await QueryStorageRawAsync(key, at, cancellationToken).ConfigureAwait(false);
        return storage.DecodeValueOrDefault(raw);
    }

    /// <summary>The raw value under <paramref name="key"/> (<c>state_getStorage</c>), or null when absent.</summary>
    public async Task<byte[]?> QueryStorageRawAsync(byte[] key, H256? at = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        List<object?> parameters = [Hex.Encode(key)];
        if (at is not null)
        {
            parameters.Add(HashParam(at));
        }

        JsonElement value = await Rpc.RequestAsync("state_getStorage", parameters, cancellationToken: cancellationToken).ConfigureAwait(false);
        return value.ValueKind == JsonValueKind.String ? Hex.Decode(value.GetString()) : null;
    }

    /// <summary>
    /// Iterates a map: every key under the prefix of <paramref name="partialKeys"/> (<c>state_getKeysPaged</c>, pages of
    /// <paramref name="pageSize"/>) with its decoded keys and value (<c>state_queryStorageAt</c>).
    /// </summary>
    public async Task<IReadOnlyList<(IReadOnlyList<ScaleValue?> Keys, ScaleValue Value)>> QueryMapAsync(string pallet, string item, IReadOnlyList<ScaleValue>? partialKeys = null, H256? at = null, int pageSize = 100, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(pageSize, 1000);
        StorageItem storage = Metadata.Storage(pallet, item);
        string prefix = Hex.Encode(storage.Key([.. partialKeys ?? []]));
        H256 block = at ?? await GetBlockHashAsync(null, cancellationToken).ConfigureAwait(false);
        List<(IReadOnlyList<ScaleValue?>, ScaleValue)> entries = [];
        string? start = null;
        while (true)
        {
            JsonElement keys = await Rpc.RequestAsync("state_getKeysPaged", [prefix, pageSize, start, HashParam(block)], cancellationToken: cancellationToken).ConfigureAwait(false);
            List<string> page = [.. keys.EnumerateArray().Select(k => k.GetString()!)];
            if (page.Count == 0)
            {
                break;
            }

            JsonElement changes = await Rpc.RequestAsync("state_queryStorageAt", [page, HashParam(block)], cancellationToken: cancellationToken).ConfigureAwait(false);
            foreach (JsonElement set in changes.EnumerateArray())
            {
                foreach (JsonElement change in set.GetProperty("changes").EnumerateArray())
                {
                    if (change[1].ValueKind != JsonValueKind.String)
                    {
                        continue;
                    }

                    byte[] fullKey = Hex.Decode(change[0].GetString());
                    entries.Add((storage.DecodeKey(fullKey), storage.DecodeValue(Hex.Decode(change[1].GetString()))));
                }
            }

            if (page.Count < pageSize)
            {
                break;
            }

            start = page[^1];
        }

        return entries;
    }

    /// <summary>A pallet constant decoded from the metadata (no RPC).</summary>
    public ScaleValue QueryConstant(string pallet, string name) => Metadata.ConstantValue(pallet, name);
}
