using Bittensor.Core.Crypto;
using Bittensor.Core.Primitives;
using Bittensor.Core.Tests.Vectors;

namespace Bittensor.Core.Tests.Crypto;

public class SecretUriTests
{
    private static string AlicePublic =>
        VectorFile.SubstrateCrypto.GetProperty("keys").GetProperty("sr25519").GetProperty("//Alice").GetProperty("public").GetString()!;

    [Fact]
    public void SecretUriParse_DevPath_UsesDevPhraseAndHardJunction()
    {
        (string phrase, IReadOnlyList<DeriveJunction> junctions, string? password) = SecretUri.Parse("//Alice");

        Assert.Equal(SecretUri.DevPhrase, phrase);
        Assert.Equal([DeriveJunction.Hard("Alice")], junctions);
        Assert.Null(password);
    }

    [Fact]
    public void SecretUriParse_PhraseHardSoftPassword_SplitsLikeSpCore()
    {
        (string phrase, IReadOnlyList<DeriveJunction> junctions, string? password) = SecretUri.Parse("hello world//1/DOT///pass/with//slashes");

        Assert.Equal("hello world", phrase);
        Assert.Equal([DeriveJunction.Hard(1UL), DeriveJunction.Soft("DOT")], junctions);
        Assert.Equal("pass/with//slashes", password);
    }

    [Theory]
    [InlineData("///", "", 0)]
    [InlineData("////////", "/////", 0)]
    [InlineData("sdasd/xx//a/b//c///pass", "pass", 4)]
    [InlineData("sdasd/asd.a", null, 1)]
    [InlineData("sdasd//asd.a", null, 1)]
    public void SecretUriParse_AddressUriCases_MatchUpstreamSplit(string suri, string? expectedPassword, int junctionCount)
    {
        (_, IReadOnlyList<DeriveJunction> junctions, string? password) = SecretUri.Parse(suri);
        Assert.Equal(expectedPassword, password);
        Assert.Equal(junctionCount, junctions.Count);
    }

    [Theory]
    [InlineData("sdasd//", "empty hard")]
    [InlineData("sdasd/", "empty soft")]
    [InlineData("sd.asd", "'.'")]
    [InlineData("sd.asd//asd.a", "position 2")]
    [InlineData("///a\n", "newline")]
    [InlineData("", "empty secret URI")]
    [InlineData("  ", "empty secret URI")]
    public void SecretUriParse_BadGrammar_ThrowsSpecificFormatException(string suri, string expected)
    {
        FormatException e = Assert.Throws<FormatException>(() => SecretUri.Parse(suri));
        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void KeyPairFromUri_HexSeed_EqualsFromSeedAndReportsSeed()
    {
        byte[] mini = Mnemonic.ToMiniSecret(SecretUri.DevPhrase);

        KeyPair root = KeyPair.FromUri(Hex.Encode(mini));
        KeyPair alice = KeyPair.FromUri(Hex.Encode(mini) + "//Alice");

        Assert.Equal(KeyPair.FromSeed(mini).PublicKey.ToArray(), root.PublicKey.ToArray());
        Assert.Equal(mini, root.Seed);
        Assert.Equal(AlicePublic, Hex.Encode(alice.PublicKey.Span));
        Assert.Equal(KeyPair.FromUri("//Alice").Seed, alice.Seed);
    }

    [Fact]
    public void KeyPairFromUri_SeedTracking_NullOnlyAfterSoftJunction()
    {
        KeyPair hard = KeyPair.FromUri("//Alice//stash");
        KeyPair soft = KeyPair.FromUri("//Alice/soft");
        KeyPair softThenHard = KeyPair.FromUri("//Alice/soft//hard");

        Assert.NotNull(hard.Seed);
        Assert.Equal(hard.PublicKey.ToArray(), KeyPair.FromSeed(hard.Seed!).PublicKey.ToArray());
        Assert.Null(soft.Seed);
        Assert.Null(softThenHard.Seed);
        Assert.NotNull(KeyPair.FromUri("//Alice", KeyScheme.Ed25519).Seed);
    }

    [Fact]
    public void KeyPairFromUri_PasswordWithHexSeed_IsIgnoredLikeSpCore()
    {
        string hex = Hex.Encode(Mnemonic.ToMiniSecret(SecretUri.DevPhrase));
        Assert.Equal(KeyPair.FromUri(hex).PublicKey.ToArray(), KeyPair.FromUri(hex + "///ignored").PublicKey.ToArray());
    }

    [Fact]
    public void KeyPairFromUri_EmptyPassword_EqualsNoPassword()
    {
        Assert.Equal(KeyPair.FromUri("//Alice").PublicKey.ToArray(), KeyPair.FromUri("//Alice///").PublicKey.ToArray());
        Assert.NotEqual(KeyPair.FromUri("//Alice").PublicKey.ToArray(), KeyPair.FromUri("//Alice///password").PublicKey.ToArray());
    }

    [Fact]
    public void KeyPairFromUri_PasswordOverride_ReplacesUriPassword()
    {
        byte[] expected = KeyPair.FromUri("//Alice///password").PublicKey.ToArray();
        Assert.Equal(expected, KeyPair.FromUri("//Alice", KeyScheme.Sr25519, "password").PublicKey.ToArray());
        Assert.Equal(expected, KeyPair.FromUri("//Alice///other", KeyScheme.Sr25519, "password").PublicKey.ToArray());
        Assert.Equal(
            VectorFile.SubstrateCrypto.GetProperty("keys").GetProperty("sr25519").GetProperty("//Alice///password").GetProperty("public").GetString(),
            Hex.Encode(expected));
    }

    [Fact]
    public void KeyPairFromUri_DerivePathEqualsStepwiseDerive()
    {
        KeyPair direct = KeyPair.FromUri("//Alice//stash/0/x");
        KeyPair stepwise = KeyPair.FromUri("//Alice").Derive([DeriveJunction.Hard("stash"), DeriveJunction.Soft(0UL), DeriveJunction.Soft("x")]);
        Assert.Equal(direct.PublicKey.ToArray(), stepwise.PublicKey.ToArray());
    }

    [Theory]
    [InlineData("0x1234", "32 bytes")]
    [InlineData("0xzz", "not valid hex")]
    [InlineData("0x123", "not valid hex")]
    [InlineData("bottom drive obey lake curtain smoke basket hold race lonely fit xyz", "\"xyz\" at position 12")]
    [InlineData("bottom drive obey lake curtain smoke basket hold race lonely fit fit", "checksum")]
    [InlineData("bottom drive obey lake", "4 words")]
    [InlineData("", "empty")]
    [InlineData("//Alice/", "empty soft")]
    public void KeyPairFromUri_BadInput_ThrowsSpecificFormatException(string suri, string expected)
    {
        FormatException e = Assert.Throws<FormatException>(() => KeyPair.FromUri(suri));
        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', e.Message);
    }

    [Fact]
    public void KeyPairFromUri_Ed25519SoftJunction_ThrowsFormatException()
    {
        FormatException e = Assert.Throws<FormatException>(() => KeyPair.FromUri("//Alice/soft", KeyScheme.Ed25519));
        Assert.Contains("soft", e.Message, StringComparison.Ordinal);

        Assert.Throws<ArgumentException>(() => KeyPair.FromUri("//Alice", KeyScheme.Ed25519).Derive([DeriveJunction.Soft("x")]));
    }

    [Fact]
    public void Ed25519HardDerive_Alice_MatchesSpCoreFormula()
    {
        // blake2_256(compact(11) ‖ "Ed25519HDKD" ‖ seed ‖ chain code), then the derived seed's key pair.
        byte[] root = Mnemonic.ToMiniSecret(SecretUri.DevPhrase);
        byte[] input = [(byte)(11 << 2), .. "Ed25519HDKD"u8.ToArray(), .. root, .. DeriveJunction.Hard("Alice").ChainCode];
        byte[] expectedSeed = Bittensor.Core.Hashing.Blake2b.Hash256(input);

        KeyPair alice = KeyPair.FromUri("//Alice", KeyScheme.Ed25519);

        Assert.Equal(expectedSeed, alice.Seed);
        Assert.Equal(KeyPair.FromSeed(expectedSeed, KeyScheme.Ed25519).PublicKey.ToArray(), alice.PublicKey.ToArray());
    }
}
