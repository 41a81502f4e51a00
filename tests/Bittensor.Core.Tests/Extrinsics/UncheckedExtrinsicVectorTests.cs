using System.Text.Json;
using Bittensor.Core.Chain;
using Bittensor.Core.Chain.Extrinsics;
using Bittensor.Core.Crypto;
using Bittensor.Core.Primitives;
using Bittensor.Core.Tests.Vectors;

namespace Bittensor.Core.Tests.Extrinsics;

/// <summary>The signed Balances.transfer_keep_alive of the <c>extrinsic_v4</c> vector (finney metadata, spec 320, 11 extensions).</summary>
public class UncheckedExtrinsicVectorTests
{
    private static JsonElement Case(string name) => VectorFile.SubstrateCrypto.GetProperty("extrinsic_v4").GetProperty(name);

    private static string S(JsonElement e, string name) => e.GetProperty(name).GetString()!;

    private static TransactionImplicit Implicit(JsonElement c)
    {
        JsonElement p = c.GetProperty("params");
        return new TransactionImplicit(p.GetProperty("spec_version").GetUInt32(), p.GetProperty("transaction_version").GetUInt32(), H256.Parse(S(p, "genesis")), H256.Parse(S(p, "era_block_hash")));
    }

    [Theory]
    [InlineData("sr25519 //Alice", SignatureKind.Sr25519)]
    [InlineData("ed25519 //Alice", SignatureKind.Ed25519)]
    public void Decode_Spec320Vector_DecodesVerifiesAndReencodesIdentically(string name, SignatureKind kind)
    {
        JsonElement c = Case(name);
        byte[] encoded = Hex.Decode(S(c, "extrinsic"));
        string[] identifiers = [.. c.GetProperty("params").GetProperty("signed_extensions").EnumerateArray().Select(e => e.GetString()!)];
        Assert.Equal(identifiers, TransactionExtensionSchema.Spec320.Extensions.Select(e => e.Identifier));

        UncheckedExtrinsic xt = UncheckedExtrinsic.Decode(encoded, TransactionExtensionSchema.Spec320);

        Assert.True(xt.IsSigned);
        ExtrinsicSignature signature = xt.Signature!;
        Assert.Equal(kind, signature.Signature.Kind);
        Assert.Equal(Hex.Decode(S(c, "call_Balances_transfer_keep_alive_Bob_1TAO")), xt.Call.ToArray());
        Assert.Equal(Era.Mortal(64, 6_553_223), signature.Extra.Era);
        Assert.Equal(5u, signature.Extra.Nonce);
        Assert.Equal(0ul, signature.Extra.Tip);
        Assert.Equal(0, signature.Extra.MetadataHashMode);
        Assert.Equal(S(c, "signature_multisig"), Hex.Encode([(byte)signature.Signature.Kind, .. signature.Signature.Bytes.Span]));

        byte[] payload = TransactionExtensionSchema.Spec320.SigningPayload(xt.Call.Span, signature.Extra, Implicit(c));
        Assert.Equal(S(c, "signing_payload"), Hex.Encode(payload));
        Assert.Equal(c.GetProperty("signing_payload_len").GetInt32(), payload.Length);
        Assert.True(signature.Signer.TryGetAccountId(out AccountId32 signer));
        Assert.True(signature.Signature.Verify(payload, signer));

        Assert.Equal(encoded, xt.Encode(TransactionExtensionSchema.Spec320));
        Assert.Equal(S(c, "extrinsic_hash_blake2_256_of_full_encoding"), xt.Hash(TransactionExtensionSchema.Spec320).ToString());
    }

    [Fact]
    public void Decode_Spec320Vector_UnderSpec425Schema_SameBytes()
    {
        // The two extensions spec 425 adds are zero-sized, so the 320 extrinsic decodes and re-encodes under either list.
        byte[] encoded = Hex.Decode(S(Case("sr25519 //Alice"), "extrinsic"));
        UncheckedExtrinsic xt = UncheckedExtrinsic.Decode(encoded, TransactionExtensionSchema.Spec425);
        Assert.Equal(encoded, xt.Encode(TransactionExtensionSchema.Spec425));
        Assert.Equal(13, TransactionExtensionSchema.Spec425.Extensions.Count);
    }

    [Fact]
    public void Verify_TamperedPayload_Fails()
    {
        JsonElement c = Case("sr25519 //Alice");
        UncheckedExtrinsic xt = UncheckedExtrinsic.Decode(Hex.Decode(S(c, "extrinsic")), TransactionExtensionSchema.Spec320);
        TransactionImplicit wrongSpec = Implicit(c) with { SpecVersion = 321 };
        byte[] payload = TransactionExtensionSchema.Spec320.SigningPayload(xt.Call.Span, xt.Signature!.Extra, wrongSpec);
        Assert.True(xt.Signature.Signer.TryGetAccountId(out AccountId32 signer));
        Assert.False(xt.Signature.Signature.Verify(payload, signer));
    }

    [Theory]
    [InlineData(KeyScheme.Sr25519)]
    [InlineData(KeyScheme.Ed25519)]
    public void CreateSigned_Spec425_RoundTripsAndVerifies(KeyScheme scheme)
    {
        KeyPair alice = KeyPair.FromUri("//Alice", scheme);
        byte[] call = Hex.Decode("0x0503008eaf04151687736326c9fea17e25fc5287613693c912909cb226aa4794f26a4802286bee");
        var extra = new TransactionExtra(Era.Mortal(64, 100), 7, 3);
        var implicitData = new TransactionImplicit(425, 1, H256.Blake2b256([1]), H256.Blake2b256([2]));
        UncheckedExtrinsic xt = UncheckedExtrinsic.CreateSigned(alice, call, extra, implicitData, TransactionExtensionSchema.Spec425);

        byte[] encoded = xt.Encode(TransactionExtensionSchema.Spec425);
        UncheckedExtrinsic back = UncheckedExtrinsic.Decode(encoded, TransactionExtensionSchema.Spec425);
        Assert.Equal(extra, back.Signature!.Extra);
        Assert.Equal(call, back.Call.ToArray());
        Assert.True(back.Signature.Signer.TryGetAccountId(out AccountId32 signer));
        Assert.Equal(alice.PublicKey.ToArray(), signer.ToArray());
        Assert.True(back.Signature.Signature.Verify(TransactionExtensionSchema.Spec425.SigningPayload(call, extra, implicitData), signer));
    }

    [Fact]
    public void SigningPayload_LongerThan256Bytes_IsBlake2Hashed()
    {
        byte[] call = new byte[300];
        var extra = new TransactionExtra(Era.Immortal, 0, 0);
        var implicitData = new TransactionImplicit(425, 1, H256.Zero, H256.Zero);
        byte[] raw = TransactionExtensionSchema.Spec425.RawPayload(call, extra, implicitData);
        Assert.Equal(300 + 4 + 73, raw.Length);
        Assert.Equal(Core.Hashing.Blake2b.Hash256(raw), TransactionExtensionSchema.Spec425.SigningPayload(call, extra, implicitData));

        byte[] shortCall = new byte[256 - 77];
        byte[] exact = TransactionExtensionSchema.Spec425.RawPayload(shortCall, extra, implicitData);
        Assert.Equal(256, exact.Length);
        Assert.Equal(exact, TransactionExtensionSchema.Spec425.SigningPayload(shortCall, extra, implicitData));
    }

    [Fact]
    public void SigningPayload_MetadataHashEnabled_AppendsSomeHash()
    {
        var extra = new TransactionExtra(Era.Immortal, 0, 0, MetadataHashMode: 1);
        H256 hash = H256.Blake2b256([9]);
        byte[] raw = TransactionExtensionSchema.Spec425.RawPayload([5, 3], extra, new TransactionImplicit(425, 1, H256.Zero, H256.Zero, hash));
        Assert.Equal([1, .. hash.AsSpan()], raw[^33..]);
        Assert.Equal(1, raw[2 + 3]);
    }
}
