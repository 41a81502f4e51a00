using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Bittensor.Core.Crypto;
using Bittensor.Core.Primitives;
using Bittensor.Core.Tests.Vectors;

namespace Bittensor.Core.Tests.Crypto;

public class MnemonicTests
{
    private static JsonElement Vectors => VectorFile.SubstrateCrypto.GetProperty("mnemonic");

    public static TheoryData<string> VectorNames()
    {
        TheoryData<string> data = [];
        foreach (JsonProperty p in VectorFile.SubstrateCrypto.GetProperty("mnemonic").EnumerateObject())
        {
            data.Add(p.Name);
        }

        return data;
    }

    private static (string Phrase, string Password) Split(string name)
    {
        // Vector names are "<phrase>" or "<phrase> | password=<password>".
        int bar = name.IndexOf(" | password=", StringComparison.Ordinal);
        return bar < 0 ? (name, string.Empty) : (name[..bar], name[(bar + " | password=".Length)..]);
    }

    [Theory]
    [MemberData(nameof(VectorNames))]
    public void Mnemonic_Vector_EntropySeedAndMiniSecretMatch(string name)
    {
        JsonElement v = Vectors.GetProperty(name);
        (string phrase, string password) = Split(name);

        byte[] entropy = Mnemonic.ToEntropy(phrase);

        Assert.Equal(v.GetProperty("entropy").GetString(), Hex.Encode(entropy));
        Assert.Equal(phrase, Mnemonic.FromEntropy(entropy));
        Assert.Equal(v.GetProperty("substrate_seed_pbkdf2_sha512_of_entropy_64").GetString(), Hex.Encode(Mnemonic.ToSeed(phrase, password)));
        Assert.Equal(v.GetProperty("mini_secret_first32").GetString(), Hex.Encode(Mnemonic.ToMiniSecret(phrase, password)));
        Assert.True(Mnemonic.IsValid(phrase));
    }

    [Theory]
    [MemberData(nameof(VectorNames))]
    public void KeyPairFromMnemonic_Vector_Sr25519AndEd25519PublicsMatch(string name)
    {
        JsonElement v = Vectors.GetProperty(name);
        (string phrase, string password) = Split(name);

        KeyPair sr = KeyPair.FromMnemonic(phrase, password);
        KeyPair ed = KeyPair.FromMnemonic(phrase, password, KeyScheme.Ed25519);

        Assert.Equal(v.GetProperty("sr25519_public").GetString(), Hex.Encode(sr.PublicKey.Span));
        Assert.Equal(v.GetProperty("sr25519_ss58_42").GetString(), sr.ToSs58());
        Assert.Equal(v.GetProperty("ed25519_public_from_same_mini").GetString(), Hex.Encode(ed.PublicKey.Span));

        // The same key through the SURI form "phrase///password".
        string suri = password.Length == 0 ? phrase : phrase + "///" + password;
        Assert.Equal(sr.PublicKey.ToArray(), KeyPair.FromUri(suri).PublicKey.ToArray());
        Assert.Equal(ed.PublicKey.ToArray(), KeyPair.FromUri(suri, KeyScheme.Ed25519).PublicKey.ToArray());
    }

    [Theory]
    [MemberData(nameof(VectorNames))]
    public void Mnemonic_StandardBip39Seed_DiffersFromSubstrateSeed(string name)
    {
        JsonElement v = Vectors.GetProperty(name);
        (string phrase, string password) = Split(name);

        // Standard BIP-39 runs PBKDF2 over the phrase text; substrate-bip39 over the entropy. Both are in the vectors.
        byte[] standard = Rfc2898DeriveBytes.Pbkdf2(
            Encoding.UTF8.GetBytes(phrase), Encoding.UTF8.GetBytes("mnemonic" + password), 2048, HashAlgorithmName.SHA512, 64);

        Assert.Equal(v.GetProperty("standard_bip39_seed_NOT_used_by_substrate").GetString(), Hex.Encode(standard));
        Assert.NotEqual(standard, Mnemonic.ToSeed(phrase, password));
    }

    [Theory]
    [InlineData(12, 16)]
    [InlineData(15, 20)]
    [InlineData(18, 24)]
    [InlineData(21, 28)]
    [InlineData(24, 32)]
    public void MnemonicGenerate_WordCount_RoundTripsThroughEntropy(int words, int entropyBytes)
    {
        string phrase = Mnemonic.Generate(words);

        Assert.Equal(words, phrase.Split(' ').Length);
        Assert.True(Mnemonic.IsValid(phrase));
        byte[] entropy = Mnemonic.ToEntropy(phrase);
        Assert.Equal(entropyBytes, entropy.Length);
        Assert.Equal(phrase, Mnemonic.FromEntropy(entropy));
        Assert.NotEqual(phrase, Mnemonic.Generate(words));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(11)]
    [InlineData(13)]
    [InlineData(25)]
    public void MnemonicGenerate_InvalidWordCount_Throws(int words) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Mnemonic.Generate(words));

    [Fact]
    public void MnemonicToEntropy_UnknownWord_NamesWordAndPosition()
    {
        FormatException e = Assert.Throws<FormatException>(() =>
            Mnemonic.ToEntropy("abandon abandon xyz abandon abandon abandon abandon abandon abandon abandon abandon about"));
        Assert.Contains("\"xyz\"", e.Message, StringComparison.Ordinal);
        Assert.Contains("position 3", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MnemonicToEntropy_BadChecksum_SaysChecksum()
    {
        FormatException e = Assert.Throws<FormatException>(() =>
            Mnemonic.ToEntropy("abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon"));
        Assert.Contains("checksum", e.Message, StringComparison.Ordinal);
        Assert.False(Mnemonic.IsValid("abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon"));
    }

    [Theory]
    [InlineData("abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about", "11 words")]
    [InlineData("", "empty")]
    [InlineData("   ", "empty")]
    public void MnemonicToEntropy_WrongWordCount_Explains(string phrase, string expected)
    {
        FormatException e = Assert.Throws<FormatException>(() => Mnemonic.ToEntropy(phrase));
        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MnemonicToEntropy_ExtraWhitespace_IsAccepted()
    {
        string spaced = "  abandon  abandon abandon\tabandon abandon abandon abandon abandon abandon abandon abandon   about ";
        Assert.Equal(new byte[16], Mnemonic.ToEntropy(spaced));
    }

    [Fact]
    public void MnemonicToEntropy_UppercaseWord_IsUnknownAsInRustBip39()
    {
        Assert.False(Mnemonic.IsValid("Abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about"));
    }

    [Fact]
    public void Bip39WordList_English_Has2048SortedUniqueWords()
    {
        string[] words = Mnemonic.FromEntropy(new byte[32]).Split(' ');
        Assert.Equal(24, words.Length);
        Assert.Equal("art", words[^1]);
        Assert.Equal("zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo wrong", Mnemonic.FromEntropy(Enumerable.Repeat((byte)0xFF, 16).ToArray()));
        Assert.Equal(
            "legal winner thank year wave sausage worth useful legal winner thank yellow",
            Mnemonic.FromEntropy(Enumerable.Repeat((byte)0x7F, 16).ToArray()));
    }
}
