using System.Text;
using System.Text.Json.Nodes;
using Bittensor.Core.Crypto;
using Bittensor.Core.Primitives;

namespace Bittensor.Core.Tests.CrossCheck;

/// <summary>
/// Our keys, addresses and signatures against two independent JavaScript implementations, on random
/// mnemonics, seeds, derivation paths and messages (a fixed RNG seed keeps runs reproducible).
/// </summary>
[Trait("Category", "Integration")]
public sealed class PolkadotJsCrossCheckTests : IClassFixture<JsReferenceOracle>
{
    private const int Cases = 24;
    private readonly JsReferenceOracle _oracle;

    public PolkadotJsCrossCheckTests(JsReferenceOracle oracle) => _oracle = oracle;

    private static string Scheme(KeyScheme s) => s == KeyScheme.Ed25519 ? "ed25519" : "sr25519";

    /// <summary>A random secret URI: mnemonic (or raw seed) + hard/soft junctions (names or numbers) + optional password.</summary>
    private static string RandomUri(Random rng, KeyScheme scheme)
    {
        int[] wordCounts = [12, 15, 18, 21, 24];
        StringBuilder uri = new();
        bool rawSeed = rng.Next(4) == 0;
        if (rawSeed)
        {
            byte[] seed = new byte[32];
            rng.NextBytes(seed);
            uri.Append(Hex.Encode(seed));
        }
        else
        {
            int words = wordCounts[rng.Next(wordCounts.Length)];
            byte[] entropy = new byte[words * 4 / 3];
            rng.NextBytes(entropy);
            uri.Append(Mnemonic.FromEntropy(entropy));
        }

        int junctions = rng.Next(4);
        for (int i = 0; i < junctions; i++)
        {
            bool hard = scheme == KeyScheme.Ed25519 || rng.Next(2) == 0;
            uri.Append(hard ? "//" : "/");
            uri.Append(rng.Next(3) switch
            {
                0 => rng.Next(0, 1_000_000).ToString(System.Globalization.CultureInfo.InvariantCulture),
                1 => RandomWord(rng, 3, 10),
                _ => RandomWord(rng, 33, 48), // longer than 32 bytes: the chain code is blake2_256 of the encoding
            });
        }

        if (!rawSeed && rng.Next(3) == 0)
        {
            uri.Append("///").Append(RandomWord(rng, 1, 12));
        }

        return uri.ToString();
    }

    private static string RandomWord(Random rng, int min, int max)
    {
        const string Letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
        char[] chars = new char[rng.Next(min, max + 1)];
        for (int i = 0; i < chars.Length; i++)
        {
            chars[i] = Letters[rng.Next(Letters.Length)];
        }

        return new string(chars);
    }

    [Theory]
    [InlineData(KeyScheme.Sr25519)]
    [InlineData(KeyScheme.Ed25519)]
    public void RandomUris_PublicKeysAndAddresses_EqualBothJsImplementations(KeyScheme scheme)
    {
        Random rng = new(20261125 + (int)scheme);
        for (int i = 0; i < Cases; i++)
        {
            string uri = RandomUri(rng, scheme);
            KeyPair ours = KeyPair.FromUri(uri, scheme);
            JsonObject theirs = _oracle.Ask(new JsonObject { ["op"] = "pair", ["suri"] = uri, ["scheme"] = Scheme(scheme) });
            string publicHex = Hex.Encode(ours.PublicKey.Span);
            Assert.True(publicHex == JsReferenceOracle.Str(theirs, "publicKey"), $"util-crypto disagrees on {uri}");
            Assert.True(publicHex == JsReferenceOracle.Str(theirs, "publicKeyWasm"), $"wasm-crypto disagrees on {uri}");
            Assert.Equal(JsReferenceOracle.Str(theirs, "ss58"), ours.ToSs58());
        }
    }

    [Theory]
    [InlineData(KeyScheme.Sr25519)]
    [InlineData(KeyScheme.Ed25519)]
    public void OurSignatures_VerifyInBothJsImplementations_AndTamperingFails(KeyScheme scheme)
    {
        Random rng = new(7 + (int)scheme);
        for (int i = 0; i < Cases; i++)
        {
            string uri = RandomUri(rng, scheme);
            KeyPair ours = KeyPair.FromUri(uri, scheme);
            byte[] message = new byte[rng.Next(0, 300)];
            rng.NextBytes(message);
            byte[] signature = ours.Sign(message);

            AssertJsVerdict(scheme, ours.PublicKey.Span, message, signature, expected: true, uri);

            byte[] tamperedMessage = message.Length == 0 ? [1] : (byte[])message.Clone();
            if (message.Length > 0)
            {
                tamperedMessage[rng.Next(message.Length)] ^= (byte)(1 << rng.Next(8));
            }

            AssertJsVerdict(scheme, ours.PublicKey.Span, tamperedMessage, signature, expected: false, uri);

            byte[] tamperedSignature = (byte[])signature.Clone();
            tamperedSignature[rng.Next(32)] ^= (byte)(1 << rng.Next(8)); // R half: any flip breaks it
            AssertJsVerdict(scheme, ours.PublicKey.Span, message, tamperedSignature, expected: false, uri);
        }
    }

    [Theory]
    [InlineData(KeyScheme.Sr25519)]
    [InlineData(KeyScheme.Ed25519)]
    public void JsSignatures_VerifyInOurs_AndTamperingFails(KeyScheme scheme)
    {
        Random rng = new(99 + (int)scheme);
        for (int i = 0; i < Cases; i++)
        {
            string uri = RandomUri(rng, scheme);
            byte[] message = new byte[rng.Next(1, 200)];
            rng.NextBytes(message);
            JsonObject theirs = _oracle.Ask(new JsonObject { ["op"] = "sign", ["suri"] = uri, ["scheme"] = Scheme(scheme), ["message"] = Hex.Encode(message) });
            byte[] publicKey = Hex.Decode(JsReferenceOracle.Str(theirs, "publicKey"));
            foreach (string field in new[] { "signature", "signatureWasm" })
            {
                byte[] signature = Hex.Decode(JsReferenceOracle.Str(theirs, field));
                Assert.True(KeyPair.Verify(scheme, publicKey, message, signature), $"{field} of {uri} does not verify in ours");
                byte[] tampered = (byte[])message.Clone();
                tampered[0] ^= 0x80;
                Assert.False(KeyPair.Verify(scheme, publicKey, tampered, signature));
                byte[] badSig = (byte[])signature.Clone();
                badSig[5] ^= 0x01;
                Assert.False(KeyPair.Verify(scheme, publicKey, message, badSig));
            }
        }
    }

    private void AssertJsVerdict(KeyScheme scheme, ReadOnlySpan<byte> publicKey, byte[] message, byte[] signature, bool expected, string uri)
    {
        JsonObject verdict = _oracle.Ask(new JsonObject
        {
            ["op"] = "verify",
            ["scheme"] = Scheme(scheme),
            ["publicKey"] = Hex.Encode(publicKey),
            ["message"] = Hex.Encode(message),
            ["signature"] = Hex.Encode(signature),
        });
        Assert.True(expected == verdict["valid"]!.GetValue<bool>(), $"util-crypto said {!expected} for {uri}");
        Assert.True(expected == verdict["validWasm"]!.GetValue<bool>(), $"wasm-crypto said {!expected} for {uri}");
    }
}
