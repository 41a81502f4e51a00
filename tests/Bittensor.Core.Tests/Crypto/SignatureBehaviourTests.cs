using System.Security.Cryptography;
using Bittensor.Core.Crypto;

namespace Bittensor.Core.Tests.Crypto;

public class SignatureBehaviourTests
{
    private static readonly byte[] s_message = "hello bittensor"u8.ToArray();

    public static TheoryData<KeyScheme> Schemes() => [KeyScheme.Sr25519, KeyScheme.Ed25519];

    [Theory]
    [MemberData(nameof(Schemes))]
    public void KeyPairSign_ThenVerify_RoundTrips(KeyScheme scheme)
    {
        KeyPair pair = KeyPair.FromUri("//Bob", scheme);

        byte[] signature = pair.Sign(s_message);

        Assert.Equal(64, signature.Length);
        Assert.True(pair.Verify(s_message, signature));
        Assert.True(KeyPair.Verify(scheme, pair.PublicKey.Span, s_message, signature));
        Assert.True(pair.Verify([], pair.Sign([])));
    }

    [Theory]
    [MemberData(nameof(Schemes))]
    public void KeyPairVerify_TamperedMessageSignatureOrKey_Fails(KeyScheme scheme)
    {
        KeyPair pair = KeyPair.FromUri("//Alice", scheme);
        KeyPair other = KeyPair.FromUri("//Bob", scheme);
        byte[] signature = pair.Sign(s_message);

        byte[] message = (byte[])s_message.Clone();
        message[0] ^= 1;
        Assert.False(pair.Verify(message, signature));
        Assert.False(other.Verify(s_message, signature));

        for (int i = 0; i < 64; i++)
        {
            byte[] tampered = (byte[])signature.Clone();
            tampered[i] ^= (byte)(1 << (i % 8));
            Assert.False(pair.Verify(s_message, tampered), $"bit flip in byte {i} was accepted");
        }

        byte[] key = pair.PublicKey.ToArray();
        key[5] ^= 0x10;
        Assert.False(KeyPair.Verify(scheme, key, s_message, signature));
        Assert.False(KeyPair.Verify(scheme == KeyScheme.Sr25519 ? KeyScheme.Ed25519 : KeyScheme.Sr25519, pair.PublicKey.Span, s_message, signature));
    }

    [Fact]
    public void Sr25519Sign_IsRandomised_ButBothVerify()
    {
        KeyPair pair = KeyPair.FromUri("//Alice");
        byte[] a = pair.Sign(s_message);
        byte[] b = pair.Sign(s_message);
        Assert.NotEqual(a, b);
        Assert.True(pair.Verify(s_message, a));
        Assert.True(pair.Verify(s_message, b));
        Assert.Equal(0x80, a[63] & 0x80);
    }

    [Fact]
    public void Sr25519SignWithRandomness_FixedRandomness_IsDeterministic()
    {
        KeyPair pair = KeyPair.FromUri("//Alice");
        byte[] secret = pair.ExportSr25519Secret();
        byte[] random = new byte[32];
        byte[] a = new byte[64];
        byte[] b = new byte[64];

        Sr25519.SignWithRandomness(secret, pair.PublicKey.Span, s_message, a, random);
        Sr25519.SignWithRandomness(secret, pair.PublicKey.Span, s_message, b, random);

        Assert.Equal(a, b);
        Assert.True(Sr25519.Verify(pair.PublicKey.Span, s_message, a));
    }

    [Fact]
    public void Sr25519Verify_OtherContext_Fails()
    {
        KeyPair pair = KeyPair.FromUri("//Alice");
        byte[] secret = pair.ExportSr25519Secret();
        byte[] signature = new byte[64];

        Sr25519.Sign(secret, pair.PublicKey.Span, s_message, signature, "other"u8);

        Assert.True(Sr25519.Verify(pair.PublicKey.Span, s_message, signature, "other"u8));
        Assert.False(Sr25519.Verify(pair.PublicKey.Span, s_message, signature));
    }

    [Fact]
    public void Sr25519Verify_NonCanonicalS_IsRejected()
    {
        KeyPair pair = KeyPair.FromUri("//Alice");
        byte[] signature = pair.Sign(s_message);

        // s + ℓ encodes the same scalar mod ℓ; schnorrkel's check_scalar rejects it (ScalarFormatError).
        byte[] s = signature[32..];
        s[31] &= 0x7F;
        System.Numerics.BigInteger value = new System.Numerics.BigInteger(s, isUnsigned: true)
            + System.Numerics.BigInteger.Parse("7237005577332262213973186563042994240857116359379907606001950938285454250989", System.Globalization.CultureInfo.InvariantCulture);
        byte[] bumped = value.ToByteArray(isUnsigned: true);
        Assert.True(bumped.Length <= 32 && (bumped.Length < 32 || bumped[31] < 0x80), "s + ℓ must still fit 255 bits for this test");
        byte[] forged = (byte[])signature.Clone();
        Array.Clear(forged, 32, 32);
        bumped.CopyTo(forged, 32);
        forged[63] |= 0x80;

        Assert.True(pair.Verify(s_message, signature));
        Assert.False(pair.Verify(s_message, forged));
    }

    [Fact]
    public void Sr25519Verify_InvalidPointEncodings_ReturnFalse()
    {
        KeyPair pair = KeyPair.FromUri("//Alice");
        byte[] signature = pair.Sign(s_message);

        byte[] badKey = new byte[32];
        Array.Fill(badKey, (byte)0xFF); // non-canonical field element
        Assert.False(Sr25519.Verify(badKey, s_message, signature));

        byte[] badR = (byte[])signature.Clone();
        Array.Fill(badR, (byte)0xFF, 0, 32);
        Assert.False(Sr25519.Verify(pair.PublicKey.Span, s_message, badR));

        // The identity is a valid encoding: verification runs (and fails) instead of throwing.
        Assert.False(Sr25519.Verify(new byte[32], s_message, signature));
    }

    [Theory]
    [MemberData(nameof(Schemes))]
    public void KeyPairVerify_GarbageOfAnyLength_NeverThrows(KeyScheme scheme)
    {
        byte[] seed = new byte[32];
        seed[0] = (byte)scheme;
        RandomNumberGenerator rng = RandomNumberGenerator.Create();
        int[] lengths = [0, 1, 31, 32, 33, 63, 64, 65, 128];
        int accepted = 0;
        foreach (int keyLength in lengths)
        {
            foreach (int sigLength in lengths)
            {
                for (int round = 0; round < 4; round++)
                {
                    byte[] key = new byte[keyLength];
                    byte[] sig = new byte[sigLength];
                    rng.GetBytes(key);
                    rng.GetBytes(sig);
                    if (sigLength == 64 && round % 2 == 0)
                    {
                        sig[63] |= 0x80; // get past the marker check so the point and scalar paths run
                        sig[63] &= 0x8F;
                    }

                    accepted += KeyPair.Verify(scheme, key, s_message, sig) ? 1 : 0;
                }
            }
        }

        Assert.Equal(0, accepted);
        Assert.False(KeyPair.Verify((KeyScheme)99, new byte[32], s_message, new byte[64]));
        rng.Dispose();
    }

    [Fact]
    public void Sr25519Verify_FastPath_AgreesWithLibsodiumPath()
    {
        // Valid signatures, tampered ones and random garbage: the variable-time verifier and the libsodium
        // composition must give the same answer every time.
        KeyPair pair = KeyPair.FromUri("//Alice");
        byte[] message = new byte[40];
        int valid = 0;
        for (int round = 0; round < 200; round++)
        {
            RandomNumberGenerator.Fill(message);
            byte[] signature = pair.Sign(message);
            byte[] key = pair.PublicKey.ToArray();
            switch (round % 4)
            {
                case 1:
                    signature[round % 32] ^= 0x04;
                    break;
                case 2:
                    RandomNumberGenerator.Fill(signature.AsSpan(32, 31));
                    signature[63] = (byte)(0x80 | (signature[0] & 0x0F));
                    break;
                case 3:
                    RandomNumberGenerator.Fill(key);
                    key[0] &= 0xFE;
                    key[31] &= 0x7F;
                    break;
            }

            bool fast = Sr25519.Verify(key, message, signature);
            Assert.Equal(Sr25519.VerifyWithLibsodium(key, message, signature), fast);
            valid += fast ? 1 : 0;
        }

        Assert.Equal(50, valid);
    }

    [Fact]
    public void Sr25519SoftDerivePublic_InvalidKey_ReturnsFalse()
    {
        byte[] bad = new byte[32];
        Array.Fill(bad, (byte)0xFF);
        byte[] output = new byte[32];
        Assert.False(Sr25519.TrySoftDerivePublic(bad, new byte[32], output));
        Assert.False(Sr25519.TrySoftDerivePublic(new byte[31], new byte[32], output));
    }

    [Fact]
    public void Sr25519SoftDeriveSecret_IsDeterministicAndMatchesPublicSide()
    {
        KeyPair root = KeyPair.FromUri("//Alice");
        KeyPair a = root.Derive([DeriveJunction.Soft("x")]);
        KeyPair b = root.Derive([DeriveJunction.Soft("x")]);

        Assert.Equal(a.ExportSr25519Secret(), b.ExportSr25519Secret());
        byte[] derivedPublic = new byte[32];
        Assert.True(Sr25519.TrySoftDerivePublic(root.PublicKey.Span, DeriveJunction.Soft("x").ChainCode, derivedPublic));
        Assert.Equal(derivedPublic, a.PublicKey.ToArray());
        Assert.True(a.Verify(s_message, a.Sign(s_message)));
    }

    [Fact]
    public void KeyPairToString_ShowsSchemeAndAddressOnly()
    {
        KeyPair pair = KeyPair.FromUri("//Alice");
        Assert.Equal("Sr25519 5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY", pair.ToString());
    }
}
