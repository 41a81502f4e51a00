using System.Numerics;
using System.Security.Cryptography;
using Bittensor.Core.Crypto;
using Bittensor.Core.Crypto.Curve25519;

namespace Bittensor.Core.Tests.Crypto;

/// <summary>The variable-time verifier arithmetic against its definitions and against libsodium's ristretto255.</summary>
public class Curve25519Tests
{
    private static readonly BigInteger s_p = (BigInteger.One << 255) - 19;

    private static BigInteger ToBig(in FieldElement fe)
    {
        byte[] bytes = new byte[32];
        fe.ToBytes(bytes);
        return new BigInteger(bytes, isUnsigned: true);
    }

    private static FieldElement FromBig(BigInteger value)
    {
        byte[] bytes = new byte[32];
        _ = value.TryWriteBytes(bytes, out _, isUnsigned: true);
        return FieldElement.FromBytes(bytes);
    }

    [Fact]
    public void Constants_SatisfyTheirDefinitions()
    {
        BigInteger d = ToBig(Constants.EdwardsD);
        Assert.Equal(BigInteger.ModPow(121666, s_p - 2, s_p) * (s_p - 121665) % s_p, d);
        Assert.Equal(2 * d % s_p, ToBig(Constants.EdwardsD2));
        BigInteger i = ToBig(Constants.SqrtM1);
        Assert.Equal(s_p - 1, i * i % s_p);
        BigInteger m = ToBig(Constants.InvSqrtAMinusD);
        Assert.Equal(BigInteger.One, m * m % s_p * ((s_p - 1 - d) % s_p) % s_p);
    }

    [Fact]
    public void FieldElement_RandomArithmetic_MatchesBigInteger()
    {
        byte[] buffer = new byte[32];
        for (int round = 0; round < 200; round++)
        {
            RandomNumberGenerator.Fill(buffer);
            buffer[31] &= 0x7F;
            FieldElement a = FieldElement.FromBytes(buffer);
            BigInteger ab = new BigInteger(buffer, isUnsigned: true) % s_p;
            RandomNumberGenerator.Fill(buffer);
            buffer[31] &= 0x7F;
            FieldElement b = FieldElement.FromBytes(buffer);
            BigInteger bb = new BigInteger(buffer, isUnsigned: true) % s_p;

            Assert.Equal(ab * bb % s_p, ToBig(FieldElement.Mul(a, b)));
            Assert.Equal(ab * ab % s_p, ToBig(FieldElement.Square(a)));
            Assert.Equal(2 * ab * ab % s_p, ToBig(FieldElement.Square2(a)));
            Assert.Equal((ab + bb) % s_p, ToBig(FieldElement.Add(a, b)));
            Assert.Equal(((ab - bb) % s_p + s_p) % s_p, ToBig(FieldElement.Sub(a, b)));
            Assert.Equal((s_p - ab) % s_p, ToBig(FieldElement.Neg(a)));
            if (!ab.IsZero)
            {
                Assert.Equal(BigInteger.ModPow(ab, s_p - 2, s_p), ToBig(FieldElement.Invert(a)));
            }
        }
    }

    [Fact]
    public void FieldElement_EdgeValues_EncodeCanonically()
    {
        Assert.Equal(BigInteger.Zero, ToBig(FromBig(s_p)));          // p ≡ 0
        Assert.Equal(BigInteger.One, ToBig(FromBig(s_p + 1)));       // p + 1 ≡ 1
        Assert.Equal(s_p - 1, ToBig(FromBig(s_p - 1)));
        Assert.Equal(BigInteger.Zero, ToBig(FieldElement.Sub(FromBig(5), FromBig(5))));
        Assert.True(FieldElement.Sub(FromBig(5), FromBig(5)).IsZero);
    }

    [Fact]
    public void RistrettoVartime_BasepointEncoding_MatchesLibsodiumBase()
    {
        byte[] one = new byte[32];
        one[0] = 1;
        byte[] expected = new byte[32];
        Ristretto255.ScalarMultBase(expected, one);

        byte[] actual = new byte[32];
        RistrettoVartime.Encode(RistrettoVartime.Basepoint, actual);

        Assert.Equal(expected, actual);
        Assert.True(RistrettoVartime.TryDecode(expected, out EdwardsPoint decoded));
        RistrettoVartime.Encode(decoded, actual);
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void RistrettoVartime_DecodeEncode_RoundTripsRandomPoints()
    {
        byte[] wide = new byte[64];
        byte[] scalar = new byte[32];
        byte[] encoded = new byte[32];
        byte[] reencoded = new byte[32];
        for (int round = 0; round < 100; round++)
        {
            RandomNumberGenerator.Fill(wide);
            Ristretto255.ReduceWide(scalar, wide);
            Ristretto255.ScalarMultBase(encoded, scalar);

            Assert.True(RistrettoVartime.TryDecode(encoded, out EdwardsPoint point));
            RistrettoVartime.Encode(point, reencoded);
            Assert.Equal(encoded, reencoded);
            Assert.True(Ristretto255.IsValidPoint(encoded));
        }
    }

    [Fact]
    public void RistrettoVartime_Decode_AgreesWithLibsodiumOnRandomBytes()
    {
        byte[] candidate = new byte[32];
        int valid = 0;
        for (int round = 0; round < 2000; round++)
        {
            RandomNumberGenerator.Fill(candidate);
            if (round % 3 == 0)
            {
                candidate[31] &= 0x7F;
                candidate[0] &= 0xFE; // canonical-looking, so the curve checks run
            }

            bool libsodium = Ristretto255.IsValidPoint(candidate);
            bool ours = RistrettoVartime.TryDecode(candidate, out _);
            Assert.Equal(libsodium, ours);
            valid += ours ? 1 : 0;
        }

        Assert.True(valid > 0, "no random encoding decoded; the comparison proved nothing");
        Assert.True(RistrettoVartime.TryDecode(new byte[32], out EdwardsPoint identity)); // the identity
        byte[] encoded = new byte[32];
        RistrettoVartime.Encode(identity, encoded);
        Assert.Equal(new byte[32], encoded);
    }

    [Fact]
    public void RistrettoVartime_DoubleScalarMul_MatchesLibsodiumComposition()
    {
        byte[] wide = new byte[64];
        byte[] k = new byte[32];
        byte[] s = new byte[32];
        byte[] x = new byte[32];
        byte[] a = new byte[32];
        byte[] sb = new byte[32];
        byte[] ka = new byte[32];
        byte[] expected = new byte[32];
        byte[] actual = new byte[32];
        for (int round = 0; round < 100; round++)
        {
            RandomNumberGenerator.Fill(wide);
            Ristretto255.ReduceWide(k, wide);
            RandomNumberGenerator.Fill(wide);
            Ristretto255.ReduceWide(s, wide);
            RandomNumberGenerator.Fill(wide);
            Ristretto255.ReduceWide(x, wide);
            if (round == 0)
            {
                Array.Clear(k); // k = 0: s·B alone
            }

            if (round == 1)
            {
                Array.Clear(s); // s = 0: −k·A alone
            }

            Ristretto255.ScalarMultBase(a, x);
            Ristretto255.ScalarMultBase(sb, s);
            Assert.True(Ristretto255.TryScalarMult(ka, k, a));
            Assert.True(Ristretto255.TrySub(expected, sb, ka));

            Assert.True(RistrettoVartime.TryDecode(a, out EdwardsPoint pointA));
            RistrettoVartime.Encode(RistrettoVartime.DoubleScalarMulBasepointMinus(k, pointA, s), actual);
            Assert.Equal(expected, actual);
        }

        // Both scalars zero: the identity.
        Assert.True(RistrettoVartime.TryDecode(a, out EdwardsPoint anyA));
        RistrettoVartime.Encode(RistrettoVartime.DoubleScalarMulBasepointMinus(new byte[32], anyA, new byte[32]), actual);
        Assert.Equal(new byte[32], actual);
    }

    [Fact]
    public void NonAdjacentForm_ReconstructsScalar()
    {
        byte[] wide = new byte[64];
        byte[] scalar = new byte[32];
        sbyte[] naf = new sbyte[256];
        foreach (int w in new[] { 5, 8 })
        {
            for (int round = 0; round < 50; round++)
            {
                RandomNumberGenerator.Fill(wide);
                Ristretto255.ReduceWide(scalar, wide);
                RistrettoVartime.NonAdjacentForm(scalar, w, naf);
                BigInteger sum = BigInteger.Zero;
                for (int i = 255; i >= 0; i--)
                {
                    sum = (sum * 2) + naf[i];
                    Assert.True(naf[i] == 0 || (Math.Abs((int)naf[i]) < (1 << (w - 1)) && (naf[i] & 1) != 0));
                }

                Assert.Equal(new BigInteger(scalar, isUnsigned: true), sum);
            }
        }
    }
}
