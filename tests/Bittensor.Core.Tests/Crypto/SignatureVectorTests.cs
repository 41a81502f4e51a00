using System.Text;
using System.Text.Json;
using Bittensor.Core.Crypto;
using Bittensor.Core.Primitives;
using Bittensor.Core.Tests.Vectors;

namespace Bittensor.Core.Tests.Crypto;

public class SignatureVectorTests
{
    private static JsonElement Signatures => VectorFile.SubstrateCrypto.GetProperty("signatures");

    public static TheoryData<int> Sr25519Cases()
    {
        TheoryData<int> data = [];
        int count = VectorFile.SubstrateCrypto.GetProperty("signatures").GetProperty("sr25519").GetArrayLength();
        for (int i = 0; i < count; i++)
        {
            data.Add(i);
        }

        return data;
    }

    public static TheoryData<int> Ed25519Cases()
    {
        TheoryData<int> data = [];
        int count = VectorFile.SubstrateCrypto.GetProperty("signatures").GetProperty("ed25519").GetArrayLength();
        for (int i = 0; i < count; i++)
        {
            data.Add(i);
        }

        return data;
    }

    public static TheoryData<string> ExtrinsicCases()
    {
        TheoryData<string> data = [];
        foreach (JsonProperty p in VectorFile.SubstrateCrypto.GetProperty("extrinsic_v4").EnumerateObject())
        {
            data.Add(p.Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Sr25519Cases))]
    public void Sr25519Verify_VectorCase_MatchesExpectedValidity(int index)
    {
        JsonElement c = Signatures.GetProperty("sr25519")[index];
        byte[] publicKey = Hex.Decode(c.GetProperty("public").GetString());
        byte[] message = Hex.Decode(c.GetProperty("message_hex").GetString());
        byte[] signature = Hex.Decode(c.GetProperty("signature").GetString());
        bool expected = c.GetProperty("valid").GetBoolean();

        Assert.Equal(c.GetProperty("valid_wasm_schnorrkel").GetBoolean(), expected);
        Assert.Equal(expected, Sr25519.Verify(publicKey, message, signature));
        Assert.Equal(expected, KeyPair.Verify(KeyScheme.Sr25519, publicKey, message, signature));
    }

    [Fact]
    public void Sr25519Verify_PreAuditLegacySignature_IsRejected()
    {
        JsonElement c = Signatures.GetProperty("sr25519_preaudit_legacy");
        byte[] publicKey = Hex.Decode(c.GetProperty("public").GetString());
        byte[] message = Encoding.UTF8.GetBytes(c.GetProperty("message").GetString()!);
        byte[] signature = Hex.Decode(c.GetProperty("signature").GetString());

        Assert.False(c.GetProperty("valid_with_modern_verify").GetBoolean());
        Assert.False(Sr25519.Verify(publicKey, message, signature));
        // Even with the marker bit forced on, the pre-audit transcript does not verify under the modern one.
        signature[63] |= 0x80;
        Assert.False(Sr25519.Verify(publicKey, message, signature));
    }

    [Theory]
    [MemberData(nameof(Ed25519Cases))]
    public void Ed25519_VectorCase_VerifiesAndSignsIdentically(int index)
    {
        JsonElement c = Signatures.GetProperty("ed25519")[index];
        byte[] publicKey = Hex.Decode(c.GetProperty("public").GetString());
        byte[] message = Hex.Decode(c.GetProperty("message_hex").GetString());
        byte[] signature = Hex.Decode(c.GetProperty("signature").GetString());

        Assert.True(Ed25519.Verify(publicKey, message, signature));
        Assert.True(KeyPair.Verify(KeyScheme.Ed25519, publicKey, message, signature));

        // Ed25519 is deterministic: re-signing with the same key reproduces the vector byte for byte.
        KeyPair pair = c.TryGetProperty("seed", out JsonElement seed)
            ? KeyPair.FromSeed(Hex.Decode(seed.GetString()), KeyScheme.Ed25519)
            : KeyPair.FromUri("//Alice", KeyScheme.Ed25519);
        Assert.Equal(publicKey, pair.PublicKey.ToArray());
        Assert.Equal(signature, pair.Sign(message));
    }

    [Theory]
    [MemberData(nameof(ExtrinsicCases))]
    public void ExtrinsicV4_SignatureOverSigningPayload_Verifies(string name)
    {
        JsonElement c = VectorFile.SubstrateCrypto.GetProperty("extrinsic_v4").GetProperty(name);
        byte[] payload = Hex.Decode(c.GetProperty("signing_payload").GetString());
        byte[] multiSignature = Hex.Decode(c.GetProperty("signature_multisig").GetString());
        Assert.Equal(c.GetProperty("signing_payload_len").GetInt32(), payload.Length);
        Assert.True(c.GetProperty("signature_verifies_over_payload").GetBoolean());

        // MultiSignature: variant byte (0 = Ed25519, 1 = Sr25519) then the 64-byte signature.
        KeyScheme scheme = multiSignature[0] switch
        {
            0 => KeyScheme.Ed25519,
            1 => KeyScheme.Sr25519,
            _ => throw new InvalidDataException($"unexpected MultiSignature variant {multiSignature[0]}"),
        };
        Assert.Equal(name.StartsWith("sr25519", StringComparison.Ordinal) ? KeyScheme.Sr25519 : KeyScheme.Ed25519, scheme);
        byte[] signature = multiSignature[1..];
        KeyPair alice = KeyPair.FromUri("//Alice", scheme);

        Assert.True(alice.Verify(payload, signature));
        Assert.True(KeyPair.Verify(scheme, alice.PublicKey.Span, payload, signature));

        // The signer's key is the MultiAddress::Id right after 0x84 in the extrinsic.
        byte[] extrinsic = Hex.Decode(c.GetProperty("extrinsic").GetString());
        int at = extrinsic.AsSpan().IndexOf((byte)0x84);
        Assert.Equal(alice.PublicKey.ToArray(), extrinsic.AsSpan(at + 2, 32).ToArray());
        Assert.Equal(multiSignature, extrinsic.AsSpan(at + 34, 65).ToArray());

        payload[^1] ^= 1;
        Assert.False(alice.Verify(payload, signature));

        if (scheme == KeyScheme.Ed25519)
        {
            payload[^1] ^= 1;
            Assert.Equal(signature, alice.Sign(payload));
        }
    }
}
