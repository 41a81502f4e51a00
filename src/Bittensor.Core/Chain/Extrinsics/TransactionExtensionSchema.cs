using Bittensor.Core.Hashing;
using Bittensor.Core.Scale;

namespace Bittensor.Core.Chain.Extrinsics;

/// <summary>
/// An ordered transaction extension list (the runtime's <c>TxExtension</c> tuple): it fixes how "extra" is encoded in a
/// signed extrinsic and what the signing payload contains. <see cref="Spec425"/> is subtensor's list at HEAD (13 entries);
/// <see cref="Spec320"/> is the finney list recorded at spec 320 (11 entries). Both encode identically today because every
/// extension they differ by is zero-sized.
/// </summary>
public sealed class TransactionExtensionSchema
{
    public TransactionExtensionSchema(IEnumerable<TransactionExtension> extensions)
    {
        ArgumentNullException.ThrowIfNull(extensions);
        Extensions = [.. extensions];
    }

    public IReadOnlyList<TransactionExtension> Extensions { get; }

    /// <summary>subtensor runtime/src/lib.rs <c>TxExtension</c> at 14bc6f9 (spec 425): System extensions, the custom ones, CheckMetadataHash.</summary>
    public static TransactionExtensionSchema Spec425 { get; } = new(
    [
        new("CheckNonZeroSender", TransactionExtensionKind.ZeroSized),
        new("CheckSpecVersion", TransactionExtensionKind.CheckSpecVersion),
        new("CheckTxVersion", TransactionExtensionKind.CheckTxVersion),
        new("CheckGenesis", TransactionExtensionKind.CheckGenesis),
        new("CheckMortality", TransactionExtensionKind.CheckMortality),
        new("CheckNonce", TransactionExtensionKind.CheckNonce),
        new("CheckWeight", TransactionExtensionKind.ZeroSized),
        new("ChargeTransactionPayment", TransactionExtensionKind.ChargeTransactionPayment),
        new("SudoTransactionExtension", TransactionExtensionKind.ZeroSized),
        new("CheckShieldedTxValidity", TransactionExtensionKind.ZeroSized),
        new("SubtensorTransactionExtension", TransactionExtensionKind.ZeroSized),
        new("DrandPriority", TransactionExtensionKind.ZeroSized),
        new("CheckMetadataHash", TransactionExtensionKind.CheckMetadataHash),
    ]);

    /// <summary>The 11-entry list of finney's spec-320 metadata (the <c>extrinsic_v4</c> vector).</summary>
    public static TransactionExtensionSchema Spec320 { get; } = new(
    [
        new("CheckNonZeroSender", TransactionExtensionKind.ZeroSized),
        new("CheckSpecVersion", TransactionExtensionKind.CheckSpecVersion),
        new("CheckTxVersion", TransactionExtensionKind.CheckTxVersion),
        new("CheckGenesis", TransactionExtensionKind.CheckGenesis),
        new("CheckMortality", TransactionExtensionKind.CheckMortality),
        new("CheckNonce", TransactionExtensionKind.CheckNonce),
        new("CheckWeight", TransactionExtensionKind.ZeroSized),
        new("ChargeTransactionPayment", TransactionExtensionKind.ChargeTransactionPayment),
        new("SubtensorTransactionExtension", TransactionExtensionKind.ZeroSized),
        new("DrandPriority", TransactionExtensionKind.ZeroSized),
        new("CheckMetadataHash", TransactionExtensionKind.CheckMetadataHash),
    ]);

    /// <summary>Payloads longer than this are signed through their BLAKE2b-256 hash (sp_runtime generic::SignedPayload).</summary>
    public const int MaxUnhashedPayload = 256;

    /// <summary>Writes the explicit part of every extension, in order.</summary>
    public void EncodeExtra(in TransactionExtra extra, ref ScaleWriter writer)
    {
        foreach (TransactionExtension extension in Extensions)
        {
            switch (extension.Kind)
            {
                case TransactionExtensionKind.CheckMortality:
                    Era era = extra.Era;
                    writer.Write(in era);
                    break;
                case TransactionExtensionKind.CheckNonce:
                    writer.WriteCompact(extra.Nonce);
                    break;
                case TransactionExtensionKind.ChargeTransactionPayment:
                    writer.WriteCompact(extra.Tip);
                    break;
                case TransactionExtensionKind.CheckMetadataHash:
                    writer.WriteU8(extra.MetadataHashMode);
                    break;
                default:
                    break;
            }
        }
    }

    /// <summary>Reads the explicit part of every extension, in order. The metadata-hash mode must be 0 or 1.</summary>
    public TransactionExtra DecodeExtra(ref ScaleReader reader)
    {
        Era era = Era.Immortal;
        uint nonce = 0;
        ulong tip = 0;
        byte mode = 0;
        foreach (TransactionExtension extension in Extensions)
        {
            switch (extension.Kind)
            {
                case TransactionExtensionKind.CheckMortality:
                    era = reader.Read<Era>();
                    break;
                case TransactionExtensionKind.CheckNonce:
                    nonce = reader.ReadCompactU32();
                    break;
                case TransactionExtensionKind.ChargeTransactionPayment:
                    tip = reader.ReadCompactU64();
                    break;
                case TransactionExtensionKind.CheckMetadataHash:
                    int at = reader.Position;
                    mode = reader.ReadU8();
                    if (mode > 1)
                    {
                        throw ScaleReader.Error($"invalid CheckMetadataHash mode {mode} (expected 0 Disabled or 1 Enabled)", at);
                    }

                    break;
                default:
                    break;
            }
        }

        return new TransactionExtra(era, nonce, tip, mode);
    }

    /// <summary>Writes the implicit part of every extension, in order.</summary>
    public void EncodeImplicit(in TransactionImplicit implicitData, ref ScaleWriter writer)
    {
        foreach (TransactionExtension extension in Extensions)
        {
            switch (extension.Kind)
            {
                case TransactionExtensionKind.CheckSpecVersion:
                    writer.WriteU32(implicitData.SpecVersion);
                    break;
                case TransactionExtensionKind.CheckTxVersion:
                    writer.WriteU32(implicitData.TransactionVersion);
                    break;
                case TransactionExtensionKind.CheckGenesis:
                    writer.WriteBytes(implicitData.GenesisHash.AsSpan());
                    break;
                case TransactionExtensionKind.CheckMortality:
                    writer.WriteBytes(implicitData.BirthHash.AsSpan());
                    break;
                case TransactionExtensionKind.CheckMetadataHash:
                    if (implicitData.MetadataHash is { } hash)
                    {
                        writer.WriteU8(1);
                        writer.WriteBytes(hash.AsSpan());
                    }
                    else
                    {
                        writer.WriteU8(0);
                    }

                    break;
                default:
                    break;
            }
        }
    }

    /// <summary>
    /// The raw signing payload <c>call ++ extra ++ implicit</c> (sp_runtime generic::SignedPayload::encode, before hashing).
    /// </summary>
    public byte[] RawPayload(ReadOnlySpan<byte> call, in TransactionExtra extra, in TransactionImplicit implicitData)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(call.Length + 128);
        var writer = new ScaleWriter(buffer);
        writer.WriteBytes(call);
        EncodeExtra(in extra, ref writer);
        EncodeImplicit(in implicitData, ref writer);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>
    /// The bytes that are actually signed: the raw payload, or its BLAKE2b-256 hash when it is longer than
    /// <see cref="MaxUnhashedPayload"/> bytes (sp_runtime generic/unchecked_extrinsic.rs SignedPayload::using_encoded).
    /// </summary>
    public byte[] SigningPayload(ReadOnlySpan<byte> call, in TransactionExtra extra, in TransactionImplicit implicitData)
    {
        byte[] raw = RawPayload(call, in extra, in implicitData);
        return raw.Length > MaxUnhashedPayload ? Blake2b.Hash256(raw) : raw;
    }
}
