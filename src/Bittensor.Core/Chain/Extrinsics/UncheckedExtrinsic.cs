using System.Buffers;
using Bittensor.Core.Crypto;
using Bittensor.Core.Primitives;
using Bittensor.Core.Scale;

namespace Bittensor.Core.Chain.Extrinsics;

/// <summary>
/// An extrinsic in the v4 format (sp_runtime generic/unchecked_extrinsic.rs): <c>Compact(len) ++ body</c> where the body is
/// <c>0x04 ++ call</c> (bare: inherents and unsigned) or <c>0x84 ++ MultiAddress ++ MultiSignature ++ extra ++ call</c>
/// (signed). The call stays opaque bytes (<c>pallet_index ++ call_index ++ args</c>); the runtime decodes it.
/// </summary>
public sealed class UncheckedExtrinsic
{
    /// <summary>Extrinsic format version 4.</summary>
    public const byte Version = 4;

    private const byte SignedBit = 0b1000_0000;
    private readonly byte[] _call;

    private UncheckedExtrinsic(ExtrinsicSignature? signature, byte[] call)
    {
        Signature = signature;
        _call = call;
    }

    /// <summary>The signature, or null for a bare (unsigned/inherent) extrinsic.</summary>
    public ExtrinsicSignature? Signature { get; }

    public bool IsSigned => Signature is not null;

    /// <summary>The encoded call.</summary>
    public ReadOnlyMemory<byte> Call => _call;

    public static UncheckedExtrinsic Bare(ReadOnlySpan<byte> call) => new(null, call.ToArray());

    public static UncheckedExtrinsic Signed(ExtrinsicSignature signature, ReadOnlySpan<byte> call)
    {
        ArgumentNullException.ThrowIfNull(signature);
        return new UncheckedExtrinsic(signature, call.ToArray());
    }

    /// <summary>
    /// Signs <paramref name="call"/> with <paramref name="key"/>: builds the payload (<see cref="TransactionExtensionSchema.SigningPayload"/>),
    /// signs it and uses <c>MultiAddress::Id(public key)</c> as the signer.
    /// </summary>
    public static UncheckedExtrinsic CreateSigned(KeyPair key, ReadOnlySpan<byte> call, in TransactionExtra extra, in TransactionImplicit implicitData, TransactionExtensionSchema schema)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(schema);
        byte[] payload = schema.SigningPayload(call, in extra, in implicitData);
        var signer = MultiAddress.Id(new AccountId32(key.PublicKey.Span));
        return Signed(new ExtrinsicSignature(signer, MultiSignature.Sign(key, payload), extra), call);
    }

    /// <summary>The full encoding, length prefix included (what a block and <c>author_submitExtrinsic</c> carry).</summary>
    public byte[] Encode(TransactionExtensionSchema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        var body = new ArrayBufferWriter<byte>(_call.Length + 160);
        var writer = new ScaleWriter(body);
        if (Signature is null)
        {
            writer.WriteU8(Version);
        }
        else
        {
            writer.WriteU8(Version | SignedBit);
            MultiAddress signer = Signature.Signer;
            MultiSignature signature = Signature.Signature;
            TransactionExtra extra = Signature.Extra;
            writer.Write(in signer);
            writer.Write(in signature);
            schema.EncodeExtra(in extra, ref writer);
        }

        writer.WriteBytes(_call);
        var full = new ArrayBufferWriter<byte>(body.WrittenCount + 5);
        var outer = new ScaleWriter(full);
        outer.WriteByteVec(body.WrittenSpan);
        return full.WrittenSpan.ToArray();
    }

    /// <summary>The transaction hash: BLAKE2b-256 of the full encoding (length prefix included).</summary>
    public H256 Hash(TransactionExtensionSchema schema) => H256.Blake2b256(Encode(schema));

    /// <summary>
    /// Decodes a full encoding (length prefix included). The prefix must cover exactly the rest of the input. Only
    /// version 4 is accepted (bare 0x04, signed 0x84); the call is everything after the extra.
    /// </summary>
    /// <exception cref="FormatException">Malformed input, a length mismatch, or another extrinsic version.</exception>
    public static UncheckedExtrinsic Decode(ReadOnlySpan<byte> encoded, TransactionExtensionSchema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        var reader = new ScaleReader(encoded);
        int length = reader.ReadLength(1, "extrinsic");
        if (length != reader.Remaining)
        {
            throw ScaleReader.Error($"extrinsic length prefix says {length} bytes but {reader.Remaining} follow", 0);
        }

        int versionAt = reader.Position;
        byte versionByte = reader.ReadU8();
        int version = versionByte & 0b0011_1111;
        int preamble = versionByte >> 6;
        if (version != Version)
        {
            throw ScaleReader.Error($"unsupported extrinsic version {version} (byte 0x{versionByte:x2}); only version 4 is accepted", versionAt);
        }

        if (preamble == 0)
        {
            return new UncheckedExtrinsic(null, reader.ReadBytes(reader.Remaining, "call").ToArray());
        }

        if (preamble != 0b10)
        {
            throw ScaleReader.Error($"invalid extrinsic v4 preamble 0x{versionByte:x2} (expected 0x04 bare or 0x84 signed)", versionAt);
        }

        MultiAddress signer = reader.Read<MultiAddress>();
        MultiSignature signature = reader.Read<MultiSignature>();
        TransactionExtra extra = schema.DecodeExtra(ref reader);
        if (reader.Remaining < 2)
        {
            throw ScaleReader.Error("a call needs at least a pallet index and a call index", reader.Position);
        }

        byte[] call = reader.ReadBytes(reader.Remaining, "call").ToArray();
        return new UncheckedExtrinsic(new ExtrinsicSignature(signer, signature, extra), call);
    }

    /// <summary>As <see cref="Decode"/>, reporting malformed input as false with its message.</summary>
    public static bool TryDecode(ReadOnlySpan<byte> encoded, TransactionExtensionSchema schema, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out UncheckedExtrinsic? extrinsic, [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out string? error)
    {
        try
        {
            extrinsic = Decode(encoded, schema);
            error = null;
            return true;
        }
        catch (FormatException e)
        {
            extrinsic = null;
            error = e.Message;
            return false;
        }
    }
}
