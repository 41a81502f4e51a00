using System.Buffers;
using System.Runtime.CompilerServices;

namespace Bittensor.Core.Crypto.Curve25519;

/// <summary>
/// Variable-time ristretto255 operations for signature verification: decoding, encoding and
/// s·B − k·A with a shared-doubling wNAF ladder (curve25519-dalek ristretto.rs and
/// backend/serial/scalar_mul/vartime_double_base.rs). Only for public inputs; never for secrets.
/// </summary>
internal static class RistrettoVartime
{
    private const int BasepointWindow = 8; // 64 precomputed odd multiples of B
    private const int PointWindow = 5;     // 8 odd multiples of A, built per call

    private static readonly AffineNielsPoint[] s_basepointOddMultiples = BuildBasepointTable();

    internal static EdwardsPoint Basepoint =>
        new(Constants.BasepointX, Constants.BasepointY, FieldElement.One, FieldElement.Mul(Constants.BasepointX, Constants.BasepointY));

    /// <summary>dalek <c>CompressedRistretto::decompress</c>: false for non-canonical encodings and non-points.</summary>
    internal static bool TryDecode(ReadOnlySpan<byte> encoding, out EdwardsPoint point)
    {
        point = default;
        // Step 1: s must be the canonical, non-negative encoding of a field element.
        FieldElement s = FieldElement.FromBytes(encoding);
        Span<byte> check = stackalloc byte[32];
        s.ToBytes(check);
        if (!check.SequenceEqual(encoding) || (check[0] & 1) != 0)
        {
            return false;
        }

        // Step 2 (a = −1): u1 = 1 − s², u2 = 1 + s², v = −d·u1² − u2².
        FieldElement ss = FieldElement.Square(s);
        FieldElement u1 = FieldElement.Sub(FieldElement.One, ss);
        FieldElement u2 = FieldElement.Add(FieldElement.One, ss);
        FieldElement u2Squared = FieldElement.Square(u2);
        FieldElement v = FieldElement.Sub(FieldElement.Mul(FieldElement.Neg(Constants.EdwardsD), FieldElement.Square(u1)), u2Squared);
        bool ok = FieldElement.SqrtRatioI(FieldElement.One, FieldElement.Mul(v, u2Squared), out FieldElement invSqrt);
        FieldElement dx = FieldElement.Mul(invSqrt, u2);
        FieldElement dy = FieldElement.Mul(invSqrt, FieldElement.Mul(dx, v));
        FieldElement x = FieldElement.Mul(FieldElement.Add(s, s), dx);
        x = FieldElement.ConditionalNegate(x, x.IsNegative);
        FieldElement y = FieldElement.Mul(u1, dy);
        FieldElement t = FieldElement.Mul(x, y);
        if (!ok || t.IsNegative || y.IsZero)
        {
            return false;
        }

        point = new EdwardsPoint(x, y, FieldElement.One, t);
        return true;
    }

    /// <summary>dalek <c>RistrettoPoint::compress</c>: the canonical 32-byte encoding of the point's coset.</summary>
    internal static void Encode(in EdwardsPoint point, Span<byte> destination)
    {
        FieldElement x = point.X;
        FieldElement y = point.Y;
        FieldElement z = point.Z;
        FieldElement t = point.T;

        FieldElement u1 = FieldElement.Mul(FieldElement.Add(z, y), FieldElement.Sub(z, y));
        FieldElement u2 = FieldElement.Mul(x, y);
        _ = FieldElement.SqrtRatioI(FieldElement.One, FieldElement.Mul(u1, FieldElement.Square(u2)), out FieldElement invSqrt);
        FieldElement i1 = FieldElement.Mul(invSqrt, u1);
        FieldElement i2 = FieldElement.Mul(invSqrt, u2);
        FieldElement zInv = FieldElement.Mul(i1, FieldElement.Mul(i2, t));
        FieldElement denInv = i2;

        if (FieldElement.Mul(t, zInv).IsNegative)
        {
            FieldElement ix = FieldElement.Mul(x, Constants.SqrtM1);
            FieldElement iy = FieldElement.Mul(y, Constants.SqrtM1);
            x = iy;
            y = ix;
            denInv = FieldElement.Mul(i1, Constants.InvSqrtAMinusD);
        }

        y = FieldElement.ConditionalNegate(y, FieldElement.Mul(x, zInv).IsNegative);
        FieldElement s = FieldElement.Mul(denInv, FieldElement.Sub(z, y));
        s = FieldElement.ConditionalNegate(s, s.IsNegative);
        s.ToBytes(destination);
    }

    /// <summary>s·B − k·A in variable time (dalek <c>vartime_double_scalar_mul_basepoint(k, −A, s)</c>). Scalars are reduced.</summary>
    [SkipLocalsInit]
    internal static EdwardsPoint DoubleScalarMulBasepointMinus(ReadOnlySpan<byte> k, in EdwardsPoint a, ReadOnlySpan<byte> s)
    {
        Span<sbyte> kNaf = stackalloc sbyte[256];
        Span<sbyte> sNaf = stackalloc sbyte[256];
        NonAdjacentForm(k, PointWindow, kNaf);
        NonAdjacentForm(s, BasepointWindow, sNaf);

        int i = 255;
        while (i >= 0 && kNaf[i] == 0 && sNaf[i] == 0)
        {
            i--;
        }

        if (i < 0)
        {
            return EdwardsPoint.Identity;
        }

        // Odd multiples A, 3A, …, 15A (1.3 KB, so pooled rather than stackalloc'd).
        ProjectiveNielsPoint[] tableA = ArrayPool<ProjectiveNielsPoint>.Shared.Rent(8);
        try
        {
            tableA[0] = a.ToProjectiveNiels();
            EdwardsPoint a2 = a.Double();
            for (int j = 0; j < 7; j++)
            {
                tableA[j + 1] = a2.Add(tableA[j]).ToExtended().ToProjectiveNiels();
            }

            return Ladder(kNaf, sNaf, i, tableA);
        }
        finally
        {
            ArrayPool<ProjectiveNielsPoint>.Shared.Return(tableA);
        }
    }

    private static EdwardsPoint Ladder(ReadOnlySpan<sbyte> kNaf, ReadOnlySpan<sbyte> sNaf, int i, ProjectiveNielsPoint[] tableA)
    {
        AffineNielsPoint[] tableB = s_basepointOddMultiples;
        ProjectivePoint r = ProjectivePoint.Identity;
        while (true)
        {
            CompletedPoint t = r.Double();
            int ki = kNaf[i];
            if (ki > 0)
            {
                t = t.ToExtended().Subtract(tableA[ki >> 1]); // −k·A
            }
            else if (ki < 0)
            {
                t = t.ToExtended().Add(tableA[(-ki) >> 1]);
            }

            int si = sNaf[i];
            if (si > 0)
            {
                t = t.ToExtended().Add(tableB[si >> 1]);
            }
            else if (si < 0)
            {
                t = t.ToExtended().Subtract(tableB[(-si) >> 1]);
            }

            if (i == 0)
            {
                return t.ToExtended();
            }

            r = t.ToProjective();
            i--;
        }
    }

    /// <summary>dalek <c>Scalar::non_adjacent_form(w)</c>: odd digits in (−2^(w−1), 2^(w−1)), at most one non-zero per w positions.</summary>
    internal static void NonAdjacentForm(ReadOnlySpan<byte> scalar, int w, Span<sbyte> naf)
    {
        naf.Clear();
        Span<ulong> x = stackalloc ulong[5];
        x[4] = 0;
        for (int j = 0; j < 4; j++)
        {
            x[j] = System.Buffers.Binary.BinaryPrimitives.ReadUInt64LittleEndian(scalar[(j * 8)..]);
        }

        ulong width = 1UL << w;
        ulong windowMask = width - 1;
        int pos = 0;
        ulong carry = 0;
        while (pos < 256)
        {
            int index = pos / 64;
            int bit = pos % 64;
            ulong bits = bit < 64 - w ? x[index] >> bit : (x[index] >> bit) | (x[index + 1] << (64 - bit));
            ulong window = carry + (bits & windowMask);
            if ((window & 1) == 0)
            {
                pos++;
                continue;
            }

            if (window < width / 2)
            {
                carry = 0;
                naf[pos] = (sbyte)window;
            }
            else
            {
                carry = 1;
                naf[pos] = (sbyte)((long)window - (long)width);
            }

            pos += w;
        }
    }

    private static AffineNielsPoint[] BuildBasepointTable()
    {
        AffineNielsPoint[] table = new AffineNielsPoint[1 << (BasepointWindow - 2)];
        EdwardsPoint b = Basepoint;
        EdwardsPoint b2 = b.Double();
        EdwardsPoint current = b;
        for (int i = 0; i < table.Length; i++)
        {
            table[i] = current.ToAffineNiels();
            current = current.Add(b2.ToProjectiveNiels()).ToExtended();
        }

        return table;
    }
}
