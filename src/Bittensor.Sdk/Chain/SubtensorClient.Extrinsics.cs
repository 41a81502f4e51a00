using System.Text.Json;
using Bittensor.Core.Chain;
using Bittensor.Core.Chain.Extrinsics;
using Bittensor.Core.Crypto;
using Bittensor.Core.Metadata;
using Bittensor.Core.Primitives;
using Bittensor.Sdk.Chain.Extrinsics;
using Bittensor.Sdk.Chain.Rpc;

namespace Bittensor.Sdk.Chain;

/// <summary>Extrinsic building, signing, submission and receipts (bittensor core/extrinsics, async-substrate-interface).</summary>
public sealed partial class SubtensorClient
{
    /// <summary>Encodes <c>pallet.call(args)</c> with the current metadata.</summary>
    public byte[] ComposeCall(string pallet, string call, params IEnumerable<ScaleField> args) => Metadata.EncodeCall(pallet, call, args);

    /// <summary>
    /// Signs <paramref name="call"/>: nonce from <c>system_accountNextIndex</c>, a mortal era of
    /// <see cref="SubtensorClientOptions.EraPeriod"/> blocks from the best block, tip 0, extensions from the metadata.
    /// </summary>
    public async Task<(UncheckedExtrinsic Extrinsic, TransactionExtensionSchema Schema)> CreateSignedExtrinsicAsync(byte[] call, KeyPair signer, ulong tip = 0, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(call);
        ArgumentNullException.ThrowIfNull(signer);
        TransactionExtensionSchema schema = ExtensionSchemas.FromMetadata(Metadata);
        JsonElement nonceJson = await Rpc.RequestAsync("system_accountNextIndex", [signer.ToSs58()], cancellationToken: cancellationToken).ConfigureAwait(false);
        uint nonce = nonceJson.GetUInt32();
        BlockHeader head = await GetHeaderAsync(null, cancellationToken).ConfigureAwait(false);
        Era era = Era.Mortal(_options.EraPeriod, head.Number);
        H256 birth = await GetBlockHashAsync((uint)era.Birth(head.Number), cancellationToken).ConfigureAwait(false);
        H256 genesis = await GetGenesisHashAsync(cancellationToken).ConfigureAwait(false);
        TransactionExtra extra = new(era, nonce, tip);
        TransactionImplicit implicitData = new(RuntimeVersion.SpecVersion, RuntimeVersion.TransactionVersion, genesis, birth);
        return (UncheckedExtrinsic.CreateSigned(signer, call, extra, implicitData, schema), schema);
    }

    /// <summary>
    /// Signs and submits <paramref name="call"/>. Without waiting it returns once the pool accepted it
    /// (<c>author_submitExtrinsic</c>); otherwise it watches <c>author_submitAndWatchExtrinsic</c> until InBlock (or
    /// Finalized) and reads the inclusion block's System.Events for success or the decoded dispatch error.
    /// </summary>
    /// <exception cref="JsonRpcException">The pool refused it (1010 Invalid Transaction with the reason in ErrorData, …).</exception>
    /// <exception cref="ExtrinsicStatusException">The pool dropped it or found it invalid while waiting.</exception>
    public async Task<ExtrinsicReceipt> SignAndSubmitAsync(byte[] call, KeyPair signer, bool waitForInclusion = true, bool waitForFinalization = false, CancellationToken cancellationToken = default)
    {
        (UncheckedExtrinsic extrinsic, TransactionExtensionSchema schema) = await CreateSignedExtrinsicAsync(call, signer, 0, cancellationToken).ConfigureAwait(false);
        byte[] encoded = extrinsic.Encode(schema);
        H256 hash = H256.Blake2b256(encoded);
        if (!waitForInclusion && !waitForFinalization)
        {
            await Rpc.RequestAsync("author_submitExtrinsic", [Hex.Encode(encoded)], cancellationToken: cancellationToken).ConfigureAwait(false);
            return new ExtrinsicReceipt(hash, null, null, true, null, []);
        }

        H256 block = await WatchUntilAsync(encoded, waitForFinalization, cancellationToken).ConfigureAwait(false);
        return await GetReceiptAsync(hash, encoded, block, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The events of the extrinsic <paramref name="encoded"/> in <paramref name="block"/> and whether it succeeded.</summary>
    public async Task<ExtrinsicReceipt> GetReceiptAsync(H256 hash, byte[] encoded, H256 block, CancellationToken cancellationToken = default)
    {
        JsonElement body = await Rpc.RequestAsync("chain_getBlock", [HashParam(block)], cancellationToken: cancellationToken).ConfigureAwait(false);
        string target = Hex.Encode(encoded);
        int index = -1;
        int i = 0;
        foreach (JsonElement xt in body.GetProperty("block").GetProperty("extrinsics").EnumerateArray())
        {
            if (string.Equals(xt.GetString(), target, StringComparison.OrdinalIgnoreCase))
            {
                index = i;
                break;
            }

            i++;
        }

        if (index < 0)
        {
            throw new InvalidOperationException($"extrinsic {hash} is not in block {block}");
        }

        byte[]? raw = await QueryStorageRawAsync(Metadata.Storage("System", "Events").KeyPrefix(), block, cancellationToken).ConfigureAwait(false);
        IReadOnlyList<ScaleValue> all = raw is null ? [] : Metadata.DecodeEvents(raw);
        return ReceiptFromEvents(Metadata, hash, block, index, all);
    }

    /// <summary>Maps the events of extrinsic <paramref name="index"/> to success, or failure with the decoded dispatch error.</summary>
    public static ExtrinsicReceipt ReceiptFromEvents(ChainMetadata metadata, H256 hash, H256 block, int index, IReadOnlyList<ScaleValue> records)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        ArgumentNullException.ThrowIfNull(records);
        List<ScaleValue> mine = [];
        foreach (ScaleValue record in records)
        {
            if (record["phase"] is VariantValue { Name: "ApplyExtrinsic" } phase && phase.Single.ToUInt64() == (ulong)index)
            {
                mine.Add(record["event"]);
            }
        }

        bool success = false;
        ChainModuleError? error = null;
        ulong? fee = null;
        foreach (ScaleValue ev in mine)
        {
            if (ev is not VariantValue pallet || pallet.Fields.Count != 1 || pallet.Single is not VariantValue inner)
            {
                continue;
            }

            switch (pallet.Name, inner.Name)
            {
                case ("System", "ExtrinsicSuccess"):
                    success = true;
                    break;
                case ("System", "ExtrinsicFailed"):
                    error = DispatchError(metadata, inner["dispatch_error"]);
                    break;
                case ("TransactionPayment", "TransactionFeePaid"):
                    fee = inner["actual_fee"].ToUInt64();
                    break;
                default:
                    break;
            }
        }

        return new ExtrinsicReceipt(hash, block, index, success && error is null, error, mine) { Fee = fee };
    }

    /// <summary>Resolves a <c>DispatchError</c> value: Module errors by (pallet index, error byte) against the metadata.</summary>
    public static ChainModuleError DispatchError(ChainMetadata metadata, ScaleValue dispatchError)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        if (dispatchError is VariantValue { Name: "Module" } module)
        {
            ScaleValue info = module.Single;
            byte palletIndex = (byte)info["index"].ToUInt64();
            byte[] errorBytes = info["error"].ToBytes();
            if (metadata.TryGetError(palletIndex, errorBytes.Length > 0 ? errorBytes[0] : (byte)0, out PalletVariant? found))
            {
                return new ChainModuleError(found.PalletName, found.Name, found.Docs);
            }

            return new ChainModuleError($"pallet#{palletIndex}", $"error#{(errorBytes.Length > 0 ? errorBytes[0] : 0)}", []);
        }

        return dispatchError is VariantValue other
            ? new ChainModuleError("DispatchError", other.Fields.Count == 0 ? other.Name : $"{other.Name}({other.Single.ToJson()})", [])
            : new ChainModuleError("DispatchError", dispatchError.ToJson(), []);
    }

    private async Task<H256> WatchUntilAsync(byte[] encoded, bool finalized, CancellationToken cancellationToken)
    {
        await using JsonRpcSubscription watch = await Rpc.SubscribeAsync("author_submitAndWatchExtrinsic", [Hex.Encode(encoded)], "author_unwatchExtrinsic", cancellationToken: cancellationToken).ConfigureAwait(false);
        await foreach (JsonElement status in watch.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            if (status.ValueKind == JsonValueKind.String)
            {
                string name = status.GetString()!;
                if (name is "dropped" or "invalid")
                {
                    throw new ExtrinsicStatusException($"the transaction pool reports the extrinsic {name}") { Status = name };
                }

                continue;
            }

            if (status.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            foreach (JsonProperty p in status.EnumerateObject())
            {
                switch (p.Name)
                {
                    case "inBlock" when !finalized:
                    case "finalized":
                        return H256.Parse(p.Value.GetString()!);
                    case "usurped" or "finalityTimeout" or "dropped" or "invalid":
                        throw new ExtrinsicStatusException($"the transaction pool reports the extrinsic {p.Name}") { Status = p.Name };
                    default:
                        break;
                }
            }
        }

        throw new JsonRpcConnectionException("the extrinsic watch ended before inclusion");
    }
}
