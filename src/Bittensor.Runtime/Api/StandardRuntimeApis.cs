using Bittensor.Core.Metadata;
using Bittensor.Core.Primitives;
using Bittensor.Core.Scale;
using Bittensor.Runtime.Executive;
using Bittensor.Runtime.Framework;
using Bittensor.Runtime.Framework.Storage;
using Bittensor.Runtime.Framework.Types;
using Bittensor.Runtime.Metadata;
using Bittensor.Runtime.Pallets;

namespace Bittensor.Runtime.Api;

/// <summary>
/// The Substrate runtime APIs every client uses (<c>Core</c>, <c>Metadata</c>, <c>TaggedTransactionQueue</c>,
/// <c>AccountNonceApi</c>, <c>TransactionPaymentApi</c> …), as subtensor's <c>runtime/src/lib.rs</c> <c>impl_runtime_apis!</c>
/// declares them (signatures from sp_api, sp_transaction_pool, pallet_transaction_payment_rpc_runtime_api and
/// sp_consensus_aura). BlockBuilder, GenesisBuilder and the other block-authoring APIs are not offered through
/// <c>state_call</c>: the node builds blocks with the runtime directly.
/// </summary>
public static class StandardRuntimeApis
{
    public static IEnumerable<RuntimeApiDescriptor> Create(NodeRuntime runtime)
    {
        ArgumentNullException.ThrowIfNull(runtime);
        TypeRef extrinsic = ExtrinsicTypes.UncheckedExtrinsic(runtime.Runtime.Extensions);
        yield return new RuntimeApiDescriptor(
            "Core",
            5,
            [new RuntimeApiMethodDescriptor("version", [], KnownTypes.RuntimeVersion, Version, [" Returns the version of the runtime."])],
            [" The `Core` runtime api that every Substrate runtime needs to implement."]);
        yield return new RuntimeApiDescriptor(
            "Metadata",
            2,
            [
                new RuntimeApiMethodDescriptor("metadata", [], ApiTypes.OpaqueMetadata, MetadataV14, [" Returns the metadata of a runtime."]),
                new RuntimeApiMethodDescriptor("metadata_at_version", [new FieldDef("version", TypeRef.U32)], TypeRef.Option(ApiTypes.OpaqueMetadata), MetadataAtVersion, [" Returns the metadata at a given version.", "", " If the given `version` isn't supported, this will return `None`.", " Use [`Self::metadata_versions`] to find out about supported metadata version of the runtime."]),
                new RuntimeApiMethodDescriptor("metadata_versions", [], TypeRef.Vec(TypeRef.U32), MetadataVersions, [" Returns the supported metadata versions.", "", " This can be used to call `metadata_at_version`."]),
            ],
            [" The `Metadata` api trait that returns metadata for the runtime."]);
        yield return new RuntimeApiDescriptor(
            "TaggedTransactionQueue",
            3,
            [
                new RuntimeApiMethodDescriptor(
                    "validate_transaction",
                    [new FieldDef("source", ApiTypes.TransactionSource), new FieldDef("tx", extrinsic), new FieldDef("block_hash", KnownTypes.H256)],
                    ApiTypes.TransactionValidity,
                    ValidateTransaction,
                    [" Validate the transaction.", "", " This method is invoked by the transaction pool to learn details about given transaction.", " The implementation should make sure to verify the correctness of the transaction", " against current state. The given `block_hash` corresponds to the hash of the block", " that is used as current state."]),
            ],
            [" The `TaggedTransactionQueue` api trait for interfering with the transaction queue."]);
        yield return new RuntimeApiDescriptor(
            "AuraApi",
            1,
            [
                new RuntimeApiMethodDescriptor("slot_duration", [], ApiTypes.SlotDuration, AuraSlotDuration, [" Returns the slot duration for Aura.", "", " Currently, only the value provided by this type at genesis will be used."]),
                new RuntimeApiMethodDescriptor("authorities", [], ApiTypes.AuraAuthorities, AuraAuthorities, [" Return the current set of authorities."]),
            ],
            [" API necessary for block authorship with aura."]);
        yield return new RuntimeApiDescriptor(
            "AccountNonceApi",
            1,
            [new RuntimeApiMethodDescriptor("account_nonce", [new FieldDef("account", KnownTypes.AccountId32)], TypeRef.U32, AccountNonce, [" Get current account nonce of given `AccountId`."])],
            [" The API to query account nonce."]);
        yield return new RuntimeApiDescriptor(
            "TransactionPaymentApi",
            4,
            [
                new RuntimeApiMethodDescriptor("query_info", [new FieldDef("uxt", extrinsic), new FieldDef("len", TypeRef.U32)], ApiTypes.RuntimeDispatchInfo, QueryInfo, []),
                new RuntimeApiMethodDescriptor("query_fee_details", [new FieldDef("uxt", extrinsic), new FieldDef("len", TypeRef.U32)], ApiTypes.FeeDetails, QueryFeeDetails, []),
                new RuntimeApiMethodDescriptor("query_weight_to_fee", [new FieldDef("weight", KnownTypes.Weight)], TypeRef.U64, QueryWeightToFee, []),
                new RuntimeApiMethodDescriptor("query_length_to_fee", [new FieldDef("length", TypeRef.U32)], TypeRef.U64, QueryLengthToFee, []),
            ],
            []);
        yield return new RuntimeApiDescriptor(
            "TransactionPaymentCallApi",
            3,
            [
                new RuntimeApiMethodDescriptor("query_call_info", [new FieldDef("call", TypeRef.RuntimeCall), new FieldDef("len", TypeRef.U32)], ApiTypes.RuntimeDispatchInfo, QueryCallInfo, [" Query information of a dispatch class, weight, and fee of a given encoded `Call`."]),
                new RuntimeApiMethodDescriptor("query_call_fee_details", [new FieldDef("call", TypeRef.RuntimeCall), new FieldDef("len", TypeRef.U32)], ApiTypes.FeeDetails, QueryCallFeeDetails, [" Query fee details of a given encoded `Call`."]),
                new RuntimeApiMethodDescriptor("query_weight_to_fee", [new FieldDef("weight", KnownTypes.Weight)], TypeRef.U64, QueryWeightToFee, [" Query the output of the current `WeightToFee` given some input."]),
                new RuntimeApiMethodDescriptor("query_length_to_fee", [new FieldDef("length", TypeRef.U32)], TypeRef.U64, QueryLengthToFee, [" Query the output of the current `LengthToFee` given some input."]),
            ],
            []);
    }

    private static byte[] Version(RuntimeApiCall call, ReadOnlySpan<byte> args)
    {
        new ScaleReader(args).EnsureConsumed();
        return call.Runtime.Runtime.Version.Encode();
    }

    /// <summary><c>metadata()</c>: <c>OpaqueMetadata</c>, the V14 envelope as a <c>Vec&lt;u8&gt;</c>.</summary>
    private static byte[] MetadataV14(RuntimeApiCall call, ReadOnlySpan<byte> args)
    {
        new ScaleReader(args).EnsureConsumed();
        return MetadataEnvelope.Wrap(NodeMetadata.For(call.Runtime).V14Envelope.Span, MetadataWrapping.Vec);
    }

    /// <summary><c>metadata_at_version(u32)</c>: <c>Some(OpaqueMetadata)</c> for 14 and 15, <c>None</c> otherwise.</summary>
    private static byte[] MetadataAtVersion(RuntimeApiCall call, ReadOnlySpan<byte> args)
    {
        var reader = new ScaleReader(args);
        uint version = reader.ReadU32();
        reader.EnsureConsumed();
        return NodeMetadata.For(call.Runtime).TryGetEnvelope(version, out ReadOnlyMemory<byte> envelope)
            ? MetadataEnvelope.Wrap(envelope.Span, MetadataWrapping.OptionVec)
            : [0];
    }

    private static byte[] MetadataVersions(RuntimeApiCall call, ReadOnlySpan<byte> args)
    {
        new ScaleReader(args).EnsureConsumed();
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(16);
        var writer = new ScaleWriter(buffer);
        writer.WriteLength(NodeMetadata.Versions.Count);
        foreach (uint version in NodeMetadata.Versions)
        {
            writer.WriteU32(version);
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>
    /// <c>validate_transaction(source, tx, block_hash)</c> → <c>TransactionValidity</c>, checked against the state of the
    /// block the call runs at, as if in the next block. An extrinsic that does not decode is an argument error, as when the
    /// Wasm runtime fails to decode its input.
    /// </summary>
    private static byte[] ValidateTransaction(RuntimeApiCall call, ReadOnlySpan<byte> args)
    {
        var reader = new ScaleReader(args);
        reader.ReadVariantIndex("TransactionSource", 3);
        byte[] extrinsic = ReadExtrinsic(args, ref reader);
        var blockHash = new H256(reader.ReadBytes(32, "block_hash"));
        reader.EnsureConsumed();
        TransactionValidity validity = call.Runtime.Runtime.ValidateTransaction(call.State, extrinsic, blockHash);
        if (validity.DecodeError is { } error)
        {
            throw new FormatException($"tx: {error}");
        }

        return validity.Encode();
    }

    private static byte[] AuraSlotDuration(RuntimeApiCall call, ReadOnlySpan<byte> args)
    {
        new ScaleReader(args).EnsureConsumed();
        return ScaleCodec.Encode<ulong, U64Codec>(AuraPallet.SlotDuration);
    }

    private static byte[] AuraAuthorities(RuntimeApiCall call, ReadOnlySpan<byte> args)
    {
        new ScaleReader(args).EnsureConsumed();
        AccountId32[] authorities = call.Runtime.Runtime.Aura.Authorities.Get(new StorageOverlay(call.State));
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(1 + (32 * authorities.Length));
        var writer = new ScaleWriter(buffer);
        writer.WriteLength(authorities.Length);
        foreach (AccountId32 authority in authorities)
        {
            writer.WriteBytes(authority.AsSpan());
        }

        return buffer.WrittenSpan.ToArray();
    }

    private static byte[] AccountNonce(RuntimeApiCall call, ReadOnlySpan<byte> args)
    {
        var reader = new ScaleReader(args);
        var account = new AccountId32(reader.ReadBytes(32, "account"));
        reader.EnsureConsumed();
        return ScaleCodec.Encode<uint, U32Codec>(call.Runtime.Runtime.AccountNonce(call.State, account));
    }

    /// <summary>
    /// <c>query_info(uxt, len)</c>: weight and class of the extrinsic, and for a signed one the fee without tip for
    /// <c>len</c> bytes (pallet_transaction_payment <c>query_info</c>; unsigned extrinsics pay nothing).
    /// </summary>
    private static byte[] QueryInfo(RuntimeApiCall call, ReadOnlySpan<byte> args)
    {
        (byte[] extrinsic, uint length) = ReadExtrinsicAndLength(args);
        SubtensorRuntime runtime = call.Runtime.Runtime;
        RuntimeDispatchInfo info = runtime.QueryInfo(call.State, extrinsic);
        FeeDetails fee = WithLength(runtime.QueryFeeDetails(call.State, extrinsic), length);
        return (info with { PartialFee = fee.InclusionFee }).Encode();
    }

    /// <summary><c>query_fee_details(uxt, len)</c>: the inclusion fee parts for <c>len</c> bytes (none for unsigned) and the tip.</summary>
    private static byte[] QueryFeeDetails(RuntimeApiCall call, ReadOnlySpan<byte> args)
    {
        (byte[] extrinsic, uint length) = ReadExtrinsicAndLength(args);
        return EncodeFeeDetails(WithLength(call.Runtime.Runtime.QueryFeeDetails(call.State, extrinsic), length));
    }

    /// <summary><c>query_call_info(call, len)</c>: the call's own dispatch info (no extension weight) and fee without tip.</summary>
    private static byte[] QueryCallInfo(RuntimeApiCall call, ReadOnlySpan<byte> args)
    {
        (DispatchInfo info, FeeDetails fee) = CallFee(call, args);
        return new RuntimeDispatchInfo(info.TotalWeight, info.Class, fee.InclusionFee).Encode();
    }

    private static byte[] QueryCallFeeDetails(RuntimeApiCall call, ReadOnlySpan<byte> args) => EncodeFeeDetails(CallFee(call, args).Fee);

    /// <summary><c>query_weight_to_fee(weight)</c>: <c>WeightToFee</c> of the weight capped at the block maximum.</summary>
    private static byte[] QueryWeightToFee(RuntimeApiCall call, ReadOnlySpan<byte> args)
    {
        var reader = new ScaleReader(args);
        Weight weight = reader.Read<Weight>();
        reader.EnsureConsumed();
        return ScaleCodec.Encode<ulong, U64Codec>(TransactionPaymentPallet.WeightToFee(weight));
    }

    /// <summary><c>query_length_to_fee(length)</c>: subtensor's LengthToFee is IdentityFee, one rao per byte.</summary>
    private static byte[] QueryLengthToFee(RuntimeApiCall call, ReadOnlySpan<byte> args)
    {
        var reader = new ScaleReader(args);
        uint length = reader.ReadU32();
        reader.EnsureConsumed();
        return ScaleCodec.Encode<ulong, U64Codec>(length);
    }

    private static (DispatchInfo Info, FeeDetails Fee) CallFee(RuntimeApiCall call, ReadOnlySpan<byte> args)
    {
        if (args.Length < 4)
        {
            throw ScaleReader.Error("query_call_* needs an encoded call followed by a u32 length", 0);
        }

        SubtensorRuntime runtime = call.Runtime.Runtime;
        RuntimeCall decoded = runtime.Definition.DecodeCall(args[..^4]);
        uint length = System.Buffers.Binary.BinaryPrimitives.ReadUInt32LittleEndian(args[^4..]);
        DispatchInfo info = decoded.GetDispatchInfo();
        FeeDetails fee = runtime.TransactionPayment.ComputeFeeDetails(runtime.CreateContext(call.State), length, info.TotalWeight, info.PaysFee, 0);
        return (info, fee);
    }

    /// <summary>The fee details with the length fee for <paramref name="length"/> bytes (IdentityFee) instead of the extrinsic's own length.</summary>
    private static FeeDetails WithLength(FeeDetails details, uint length) => details.HasInclusionFee ? details with { LengthFee = length } : details;

    /// <summary><c>FeeDetails { inclusion_fee: Option&lt;InclusionFee { base_fee, len_fee, adjusted_weight_fee }&gt;, tip }</c>.</summary>
    private static byte[] EncodeFeeDetails(FeeDetails fee)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(33);
        var writer = new ScaleWriter(buffer);
        writer.WriteBool(fee.HasInclusionFee);
        if (fee.HasInclusionFee)
        {
            writer.WriteU64(fee.BaseFee);
            writer.WriteU64(fee.LengthFee);
            writer.WriteU64(fee.AdjustedWeightFee);
        }

        writer.WriteU64(fee.Tip);
        return buffer.WrittenSpan.ToArray();
    }

    private static (byte[] Extrinsic, uint Length) ReadExtrinsicAndLength(ReadOnlySpan<byte> args)
    {
        var reader = new ScaleReader(args);
        byte[] extrinsic = ReadExtrinsic(args, ref reader);
        uint length = reader.ReadU32();
        reader.EnsureConsumed();
        return (extrinsic, length);
    }

    /// <summary>An extrinsic argument: its own encoding, <c>compact(length) ++ body</c>, returned with the prefix.</summary>
    private static byte[] ReadExtrinsic(ReadOnlySpan<byte> args, ref ScaleReader reader)
    {
        int start = reader.Position;
        int length = reader.ReadLength(1, "extrinsic");
        reader.ReadBytes(length, "extrinsic");
        return args[start..reader.Position].ToArray();
    }
}
