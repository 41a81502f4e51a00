using System.Text.Json;
using Bittensor.Core.Crypto;
using Bittensor.Core.Primitives;
using Bittensor.Core.Tests.Vectors;

namespace Bittensor.Core.Tests.Crypto;

public class KeyVectorTests
{
    private static JsonElement Keys => VectorFile.SubstrateCrypto.GetProperty("keys");

    private const string DevSoftAliceName = "DEV/Alice (soft only, no //)";

    public static TheoryData<string> Sr25519KeyNames()
    {
        TheoryData<string> data = [];
        foreach (JsonProperty p in VectorFile.SubstrateCrypto.GetProperty("keys").GetProperty("sr25519").EnumerateObject())
        {
            data.Add(p.Name);
        }

        return data;
    }

    public static TheoryData<string> Ed25519KeyNames()
    {
        TheoryData<string> data = [];
        foreach (JsonProperty p in VectorFile.SubstrateCrypto.GetProperty("keys").GetProperty("ed25519").EnumerateObject())
        {
            data.Add(p.Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Sr25519KeyNames))]
    public void KeyPairFromUri_Sr25519DevKey_MatchesVectorPublicAndSs58(string name)
    {
        JsonElement expected = Keys.GetProperty("sr25519").GetProperty(name);
        // The one entry whose name is not a SURI is the DEV phrase with a soft "/Alice" and no "//".
        string suri = name == DevSoftAliceName ? SecretUri.DevPhrase + "/Alice" : name;

        KeyPair pair = KeyPair.FromUri(suri);

        Assert.Equal(KeyScheme.Sr25519, pair.Scheme);
        Assert.Equal(expected.GetProperty("public").GetString(), Hex.Encode(pair.PublicKey.Span));
        Assert.Equal(expected.GetProperty("ss58_42").GetString(), pair.ToSs58());
        Assert.Equal(expected.GetProperty("ss58_42").GetString(), Ss58.Encode(pair.PublicKey.Span, 42));
        if (expected.TryGetProperty("ss58_0", out JsonElement ss58Polkadot))
        {
            Assert.Equal(ss58Polkadot.GetString(), pair.ToSs58(0));
        }
    }

    [Theory]
    [MemberData(nameof(Ed25519KeyNames))]
    public void KeyPairFromUri_Ed25519DevKey_MatchesVectorPublicAndSs58(string name)
    {
        JsonElement expected = Keys.GetProperty("ed25519").GetProperty(name);

        KeyPair pair = KeyPair.FromUri(name, KeyScheme.Ed25519);

        Assert.Equal(KeyScheme.Ed25519, pair.Scheme);
        Assert.Equal(expected.GetProperty("public").GetString(), Hex.Encode(pair.PublicKey.Span));
        Assert.Equal(expected.GetProperty("ss58_42").GetString(), pair.ToSs58());
    }

    [Fact]
    public void DevPhraseRoot_Sr25519_MatchesMiniSecretPublicAndSchnorrkelDocSecret()
    {
        JsonElement root = Keys.GetProperty("dev_phrase_root");
        Assert.Equal(SecretUri.DevPhrase, Keys.GetProperty("dev_phrase").GetString());

        byte[] mini = Mnemonic.ToMiniSecret(SecretUri.DevPhrase);
        Assert.Equal(root.GetProperty("mini_secret").GetString(), Hex.Encode(mini));

        KeyPair pair = KeyPair.FromMnemonic(SecretUri.DevPhrase);
        Assert.Equal(root.GetProperty("sr25519_public").GetString(), Hex.Encode(pair.PublicKey.Span));
        Assert.Equal(root.GetProperty("wasm_schnorrkel_public").GetString(), Hex.Encode(pair.PublicKey.Span));
        Assert.Equal(root.GetProperty("ss58_42").GetString(), pair.ToSs58());
        Assert.Equal(root.GetProperty("secret_key_64_ed25519_form").GetString(), Hex.Encode(pair.ExportSr25519Secret(Sr25519SecretFormat.Ed25519)));
        Assert.Equal(mini, pair.Seed);

        // The root URI with no path is the same key ("bottom drive …" alone, and the SURI with only a password-less root).
        Assert.Equal(pair.PublicKey.ToArray(), KeyPair.FromUri(SecretUri.DevPhrase).PublicKey.ToArray());
    }

    [Fact]
    public void DevPhraseRoot_HardAndSoftAlice_MatchVectors()
    {
        JsonElement root = Keys.GetProperty("dev_phrase_root");
        KeyPair pair = KeyPair.FromMnemonic(SecretUri.DevPhrase);

        KeyPair hard = pair.Derive([DeriveJunction.Hard("Alice")]);
        KeyPair soft = pair.Derive([DeriveJunction.Soft("Alice")]);

        Assert.Equal(root.GetProperty("hard_derived_Alice_public").GetString(), Hex.Encode(hard.PublicKey.Span));
        Assert.Equal(root.GetProperty("wasm_schnorrkel_hard_Alice_public").GetString(), Hex.Encode(hard.PublicKey.Span));
        Assert.Equal(root.GetProperty("soft_derived_Alice_public").GetString(), Hex.Encode(soft.PublicKey.Span));
        Assert.Equal(root.GetProperty("wasm_schnorrkel_soft_Alice_public").GetString(), Hex.Encode(soft.PublicKey.Span));
    }

    [Fact]
    public void Sr25519SoftDerivePublic_DevRootAlice_EqualsSecretSideDerivation()
    {
        KeyPair root = KeyPair.FromMnemonic(SecretUri.DevPhrase);
        DeriveJunction junction = DeriveJunction.Soft("Alice");
        byte[] derived = new byte[32];

        Assert.True(Sr25519.TrySoftDerivePublic(root.PublicKey.Span, junction.ChainCode, derived));

        Assert.Equal(Keys.GetProperty("dev_phrase_root").GetProperty("soft_derived_Alice_public").GetString(), Hex.Encode(derived));
        Assert.Equal(root.Derive([junction]).PublicKey.ToArray(), derived);
    }

    [Fact]
    public void Sr25519FromSeed_AsciiSeed_MatchesPublicAndEd25519FormSecret()
    {
        JsonElement expected = Keys.GetProperty("sr25519_from_seed_ascii_12345678901234567890123456789012");
        KeyPair pair = KeyPair.FromSeed("12345678901234567890123456789012"u8);

        Assert.Equal(expected.GetProperty("public").GetString(), Hex.Encode(pair.PublicKey.Span));
        Assert.Equal(expected.GetProperty("secret_key_64_ed25519_form").GetString(), Hex.Encode(pair.ExportSr25519Secret(Sr25519SecretFormat.Ed25519)));
    }

    [Fact]
    public void Sr25519Secret_Ed25519FormImport_RoundTripsToSamePublicKey()
    {
        JsonElement root = Keys.GetProperty("dev_phrase_root");
        byte[] ed25519Form = Hex.Decode(root.GetProperty("secret_key_64_ed25519_form").GetString());

        KeyPair imported = KeyPair.FromSr25519Secret(ed25519Form, Sr25519SecretFormat.Ed25519);
        KeyPair fromPhrase = KeyPair.FromMnemonic(SecretUri.DevPhrase);

        Assert.Equal(root.GetProperty("sr25519_public").GetString(), Hex.Encode(imported.PublicKey.Span));
        Assert.Null(imported.Seed);
        Assert.Equal(ed25519Form, imported.ExportSr25519Secret(Sr25519SecretFormat.Ed25519));
        Assert.Equal(fromPhrase.ExportSr25519Secret(), imported.ExportSr25519Secret());

        KeyPair viaSchnorrkelForm = KeyPair.FromSr25519Secret(fromPhrase.ExportSr25519Secret());
        Assert.Equal(fromPhrase.PublicKey.ToArray(), viaSchnorrkelForm.PublicKey.ToArray());
        // Hard derivation only hashes the scalar, so an imported secret derives the same //Alice.
        Assert.Equal(
            Keys.GetProperty("sr25519").GetProperty("//Alice").GetProperty("public").GetString(),
            Hex.Encode(imported.Derive([DeriveJunction.Hard("Alice")]).PublicKey.Span));
    }

    [Fact]
    public void Sr25519Secret_NonCanonicalScalar_ThrowsFormatException()
    {
        byte[] bad = new byte[64];
        Array.Fill(bad, (byte)0xFF);
        Assert.Throws<FormatException>(() => KeyPair.FromSr25519Secret(bad));
        Assert.Throws<FormatException>(() => KeyPair.FromSr25519Secret(new byte[63]));
    }

    [Fact]
    public void DeriveJunction_Alice_ChainCodeMatchesScaleStringPadded()
    {
        JsonElement expected = Keys.GetProperty("junction_chaincode_for_Alice");

        DeriveJunction junction = DeriveJunction.Hard("Alice");

        Assert.Equal(expected.GetProperty("chain_code_padded32").GetString(), Hex.Encode(junction.ChainCode));
        Assert.StartsWith(expected.GetProperty("scale_encoded_string").GetString()!, Hex.Encode(junction.ChainCode), StringComparison.Ordinal);
        Assert.True(junction.IsHard);
        Assert.Equal(junction, DeriveJunction.Parse("/Alice"));
        Assert.Equal(DeriveJunction.Soft("Alice"), DeriveJunction.Parse("Alice"));
        Assert.NotEqual(junction, DeriveJunction.Soft("Alice"));
    }

    [Fact]
    public void DeriveJunction_NumericSegment_IsU64LittleEndian()
    {
        byte[] expected = new byte[32];
        expected[0] = 1;
        Assert.Equal(expected, DeriveJunction.Hard("1").ChainCode);
        Assert.Equal(expected, DeriveJunction.Hard(1UL).ChainCode);
        Assert.Equal(DeriveJunction.Hard("1"), DeriveJunction.Hard("0001"));
        Assert.Equal(DeriveJunction.Hard("1"), DeriveJunction.Hard("+1")); // Rust's u64 parser accepts a '+'

        byte[] max = new byte[32];
        max.AsSpan(0, 8).Fill(0xFF);
        Assert.Equal(max, DeriveJunction.Soft(ulong.MaxValue.ToString(System.Globalization.CultureInfo.InvariantCulture)).ChainCode);
    }

    [Fact]
    public void DeriveJunction_LongOrOverflowingSegment_IsBlake2OfScaleString()
    {
        // 40 digits overflow u64, so sp_core treats the segment as a string: 1 + 40 bytes > 32 → blake2_256.
        const string Segment = "0123456789012345678901234567890123456789";
        byte[] scale = new byte[41];
        scale[0] = 40 << 2;
        System.Text.Encoding.ASCII.GetBytes(Segment, scale.AsSpan(1));

        Assert.Equal(Bittensor.Core.Hashing.Blake2b.Hash256(scale), DeriveJunction.Soft(Segment).ChainCode);

        // 31 characters + 1 length byte = 32: still padded, not hashed.
        string exact = new('a', 31);
        byte[] chainCode = DeriveJunction.Soft(exact).ChainCode;
        Assert.Equal(31 << 2, chainCode[0]);
        Assert.Equal((byte)'a', chainCode[31]);
    }

    [Fact]
    public void DeriveJunction_MultiByteCompactLength_EncodesTwoBytePrefix()
    {
        string segment = new('x', 100);
        byte[] scale = new byte[102];
        scale[0] = (100 << 2 | 1) & 0xFF;
        scale[1] = (100 << 2) >> 8;
        System.Text.Encoding.ASCII.GetBytes(segment, scale.AsSpan(2));

        Assert.Equal(Bittensor.Core.Hashing.Blake2b.Hash256(scale), DeriveJunction.Hard(segment).ChainCode);
    }
}
