using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;

namespace Bittensor.Core.Crypto.Curve25519;

/// <summary>
/// An element of GF(2^255 − 19) in five 51-bit limbs, after curve25519-dalek's u64 backend (field.rs).
/// <b>Variable time</b>: only for public data (signature verification); secrets go through libsodium.
/// </summary>
/// <remarks>
/// Bounds (as dalek): <see cref="Mul"/>/<see cref="Square"/> accept limbs below 2^54 and return limbs below 2^52;
/// <see cref="Sub"/> and <see cref="Neg"/> return limbs below 2^52; <see cref="Add"/> does not reduce (two outputs
/// of the above sum below 2^53), so the point formulas keep every multiplication input below 2^54.
/// </remarks>
internal readonly struct FieldElement
{
    private const ulong Mask51 = (1UL << 51) - 1;

    internal readonly ulong L0, L1, L2, L3, L4;

    internal FieldElement(ulong l0, ulong l1, ulong l2, ulong l3, ulong l4)
    {
        L0 = l0;
        L1 = l1;
        L2 = l2;
        L3 = l3;
        L4 = l4;
    }

    internal static FieldElement Zero => default;

    internal static FieldElement One => new(1, 0, 0, 0, 0);

    /// <summary>Loads 32 little-endian bytes, ignoring bit 255 (as dalek's <c>from_bytes</c>); the value may be ≥ p.</summary>
    internal static FieldElement FromBytes(ReadOnlySpan<byte> bytes)
    {
        ulong w0 = BinaryPrimitives.ReadUInt64LittleEndian(bytes);
        ulong w1 = BinaryPrimitives.ReadUInt64LittleEndian(bytes[8..]);
        ulong w2 = BinaryPrimitives.ReadUInt64LittleEndian(bytes[16..]);
        ulong w3 = BinaryPrimitives.ReadUInt64LittleEndian(bytes[24..]);
        return new FieldElement(
            w0 & Mask51,
            ((w0 >> 51) | (w1 << 13)) & Mask51,
            ((w1 >> 38) | (w2 << 26)) & Mask51,
            ((w2 >> 25) | (w3 << 39)) & Mask51,
            (w3 >> 12) & Mask51);
    }

    /// <summary>The canonical (fully reduced, &lt; p) 32-byte little-endian encoding.</summary>
    internal void ToBytes(Span<byte> destination)
    {
        FieldElement r = WeakReduce(L0, L1, L2, L3, L4);
        ulong l0 = r.L0, l1 = r.L1, l2 = r.L2, l3 = r.L3, l4 = r.L4;

        // q = 1 exactly when the value is ≥ p; adding 19·q and dropping bit 255 subtracts p.
        ulong q = (l0 + 19) >> 51;
        q = (l1 + q) >> 51;
        q = (l2 + q) >> 51;
        q = (l3 + q) >> 51;
        q = (l4 + q) >> 51;
        l0 += 19 * q;
        l1 += l0 >> 51;
        l0 &= Mask51;
        l2 += l1 >> 51;
        l1 &= Mask51;
        l3 += l2 >> 51;
        l2 &= Mask51;
        l4 += l3 >> 51;
        l3 &= Mask51;
        l4 &= Mask51;

        BinaryPrimitives.WriteUInt64LittleEndian(destination, l0 | (l1 << 51));
        BinaryPrimitives.WriteUInt64LittleEndian(destination[8..], (l1 >> 13) | (l2 << 38));
        BinaryPrimitives.WriteUInt64LittleEndian(destination[16..], (l2 >> 26) | (l3 << 25));
        BinaryPrimitives.WriteUInt64LittleEndian(destination[24..], (l3 >> 39) | (l4 << 12));
    }

    /// <summary>"Negative" in the ristretto/ed25519 sense: the canonical encoding is odd.</summary>
    internal bool IsNegative
    {
        get
        {
            Span<byte> bytes = stackalloc byte[32];
            ToBytes(bytes);
            return (bytes[0] & 1) != 0;
        }
    }

    internal bool IsZero
    {
        get
        {
            Span<byte> bytes = stackalloc byte[32];
            ToBytes(bytes);
            return bytes.IndexOfAnyExcept((byte)0) < 0;
        }
    }

    internal bool ValueEquals(in FieldElement other)
    {
        Span<byte> a = stackalloc byte[32];
        Span<byte> b = stackalloc byte[32];
        ToBytes(a);
        other.ToBytes(b);
        return a.SequenceEqual(b);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static FieldElement Add(in FieldElement a, in FieldElement b) =>
        new(a.L0 + b.L0, a.L1 + b.L1, a.L2 + b.L2, a.L3 + b.L3, a.L4 + b.L4);

    /// <summary>a − b computed as (a + 16p) − b, then weakly reduced. Needs b's limbs below 2^55.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static FieldElement Sub(in FieldElement a, in FieldElement b) =>
        WeakReduce(
            (a.L0 + 36028797018963664UL) - b.L0,
            (a.L1 + 36028797018963952UL) - b.L1,
            (a.L2 + 36028797018963952UL) - b.L2,
            (a.L3 + 36028797018963952UL) - b.L3,
            (a.L4 + 36028797018963952UL) - b.L4);

    internal static FieldElement Neg(in FieldElement a) => Sub(Zero, a);

    internal static FieldElement ConditionalNegate(in FieldElement a, bool negate) => negate ? Neg(a) : a;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static FieldElement WeakReduce(ulong l0, ulong l1, ulong l2, ulong l3, ulong l4)
    {
        ulong c0 = l0 >> 51, c1 = l1 >> 51, c2 = l2 >> 51, c3 = l3 >> 51, c4 = l4 >> 51;
        return new FieldElement(
            (l0 & Mask51) + (c4 * 19),
            (l1 & Mask51) + c0,
            (l2 & Mask51) + c1,
            (l3 & Mask51) + c2,
            (l4 & Mask51) + c3);
    }

    internal static FieldElement Mul(in FieldElement a, in FieldElement b)
    {
        ulong a0 = a.L0, a1 = a.L1, a2 = a.L2, a3 = a.L3, a4 = a.L4;
        ulong b0 = b.L0, b1 = b.L1, b2 = b.L2, b3 = b.L3, b4 = b.L4;
        ulong b1x19 = b1 * 19, b2x19 = b2 * 19, b3x19 = b3 * 19, b4x19 = b4 * 19;

        // c_i accumulate in 128 bits (hi:lo); 2^255 ≡ 19 folds the high products back with the ×19 factors.
        ulong c0h = MulHigh(a0, b0, out ulong c0l);
        MulAdd(ref c0h, ref c0l, a4, b1x19);
        MulAdd(ref c0h, ref c0l, a3, b2x19);
        MulAdd(ref c0h, ref c0l, a2, b3x19);
        MulAdd(ref c0h, ref c0l, a1, b4x19);

        ulong c1h = MulHigh(a1, b0, out ulong c1l);
        MulAdd(ref c1h, ref c1l, a0, b1);
        MulAdd(ref c1h, ref c1l, a4, b2x19);
        MulAdd(ref c1h, ref c1l, a3, b3x19);
        MulAdd(ref c1h, ref c1l, a2, b4x19);

        ulong c2h = MulHigh(a2, b0, out ulong c2l);
        MulAdd(ref c2h, ref c2l, a1, b1);
        MulAdd(ref c2h, ref c2l, a0, b2);
        MulAdd(ref c2h, ref c2l, a4, b3x19);
        MulAdd(ref c2h, ref c2l, a3, b4x19);

        ulong c3h = MulHigh(a3, b0, out ulong c3l);
        MulAdd(ref c3h, ref c3l, a2, b1);
        MulAdd(ref c3h, ref c3l, a1, b2);
        MulAdd(ref c3h, ref c3l, a0, b3);
        MulAdd(ref c3h, ref c3l, a4, b4x19);

        ulong c4h = MulHigh(a4, b0, out ulong c4l);
        MulAdd(ref c4h, ref c4l, a3, b1);
        MulAdd(ref c4h, ref c4l, a2, b2);
        MulAdd(ref c4h, ref c4l, a1, b3);
        MulAdd(ref c4h, ref c4l, a0, b4);

        return Carry(c0h, c0l, c1h, c1l, c2h, c2l, c3h, c3l, c4h, c4l);
    }

    internal static FieldElement Square(in FieldElement a)
    {
        ulong a0 = a.L0, a1 = a.L1, a2 = a.L2, a3 = a.L3, a4 = a.L4;
        ulong a3x19 = a3 * 19, a4x19 = a4 * 19;
        ulong a0x2 = a0 * 2, a1x2 = a1 * 2;

        ulong c0h = MulHigh(a0, a0, out ulong c0l);
        MulAdd(ref c0h, ref c0l, a1x2, a4x19);
        MulAdd(ref c0h, ref c0l, a2 * 2, a3x19);

        ulong c1h = MulHigh(a3, a3x19, out ulong c1l);
        MulAdd(ref c1h, ref c1l, a0x2, a1);
        MulAdd(ref c1h, ref c1l, a2 * 2, a4x19);

        ulong c2h = MulHigh(a1, a1, out ulong c2l);
        MulAdd(ref c2h, ref c2l, a0x2, a2);
        MulAdd(ref c2h, ref c2l, a4x19, a3 * 2);

        ulong c3h = MulHigh(a4, a4x19, out ulong c3l);
        MulAdd(ref c3h, ref c3l, a0x2, a3);
        MulAdd(ref c3h, ref c3l, a1x2, a2);

        ulong c4h = MulHigh(a2, a2, out ulong c4l);
        MulAdd(ref c4h, ref c4l, a0x2, a4);
        MulAdd(ref c4h, ref c4l, a1x2, a3);

        return Carry(c0h, c0l, c1h, c1l, c2h, c2l, c3h, c3l, c4h, c4l);
    }

    /// <summary>2·a², limbs below 2^53.</summary>
    internal static FieldElement Square2(in FieldElement a)
    {
        FieldElement s = Square(a);
        return new FieldElement(s.L0 * 2, s.L1 * 2, s.L2 * 2, s.L3 * 2, s.L4 * 2);
    }

    /// <summary>a^(2^k) by repeated squaring.</summary>
    internal static FieldElement Pow2K(in FieldElement a, int k)
    {
        FieldElement r = Square(a);
        for (int i = 1; i < k; i++)
        {
            r = Square(r);
        }

        return r;
    }

    /// <summary>1/a = a^(p−2) (0 maps to 0).</summary>
    internal static FieldElement Invert(in FieldElement a)
    {
        FieldElement t19 = Pow22501(a, out FieldElement t3);
        return Mul(Pow2K(t19, 5), t3); // 2^255 − 21 = p − 2
    }

    /// <summary>a^((p−5)/8) = a^(2^252 − 3), the exponent of the square-root-of-a-ratio trick.</summary>
    internal static FieldElement PowP58(in FieldElement a)
    {
        FieldElement t19 = Pow22501(a, out _);
        return Mul(a, Pow2K(t19, 2));
    }

    /// <summary>
    /// dalek <c>sqrt_ratio_i(u, v)</c>: (true, +√(u/v)) when u/v is a square, (false, +√(i·u/v)) otherwise,
    /// (true, 0) for u = 0 and (false, 0) for v = 0. "+" is the non-negative root.
    /// </summary>
    internal static bool SqrtRatioI(in FieldElement u, in FieldElement v, out FieldElement r)
    {
        FieldElement v3 = Mul(Square(v), v);
        FieldElement v7 = Mul(Square(v3), v);
        r = Mul(Mul(u, v3), PowP58(Mul(u, v7)));
        FieldElement check = Mul(v, Square(r));

        FieldElement negU = Neg(u);
        bool correctSign = check.ValueEquals(u);
        bool flippedSign = check.ValueEquals(negU);
        bool flippedSignI = check.ValueEquals(Mul(negU, Constants.SqrtM1));
        if (flippedSign || flippedSignI)
        {
            r = Mul(Constants.SqrtM1, r);
        }

        r = ConditionalNegate(r, r.IsNegative);
        return correctSign || flippedSign;
    }

    private static FieldElement Pow22501(in FieldElement a, out FieldElement t3)
    {
        FieldElement t0 = Square(a);                 // 2
        FieldElement t1 = Square(Square(t0));        // 8
        FieldElement t2 = Mul(a, t1);                // 9
        t3 = Mul(t0, t2);                            // 11
        FieldElement t4 = Square(t3);                // 22
        FieldElement t5 = Mul(t2, t4);               // 2^5 − 1
        FieldElement t7 = Mul(Pow2K(t5, 5), t5);     // 2^10 − 1
        FieldElement t9 = Mul(Pow2K(t7, 10), t7);    // 2^20 − 1
        FieldElement t11 = Mul(Pow2K(t9, 20), t9);   // 2^40 − 1
        FieldElement t13 = Mul(Pow2K(t11, 10), t7);  // 2^50 − 1
        FieldElement t15 = Mul(Pow2K(t13, 50), t13); // 2^100 − 1
        FieldElement t17 = Mul(Pow2K(t15, 100), t15); // 2^200 − 1
        return Mul(Pow2K(t17, 50), t13);             // 2^250 − 1
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong MulHigh(ulong a, ulong b, out ulong low)
    {
        if (Bmi2.X64.IsSupported)
        {
            // mulx for the high half and imul for the low half keep both in registers; Math.BigMul's out
            // parameter makes the JIT spill every partial product to the stack.
            low = a * b;
            return Bmi2.X64.MultiplyNoFlags(a, b);
        }

        return Math.BigMul(a, b, out low);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void MulAdd(ref ulong hi, ref ulong lo, ulong a, ulong b)
    {
        ulong h = MulHigh(a, b, out ulong l);
        lo += l;
        hi += h + (lo < l ? 1UL : 0UL);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static FieldElement Carry(ulong c0h, ulong c0l, ulong c1h, ulong c1l, ulong c2h, ulong c2l, ulong c3h, ulong c3l, ulong c4h, ulong c4l)
    {
        // Propagate 51-bit carries through the 128-bit accumulators; each carry fits in 64 bits given the input bounds.
        ulong carry = (c0h << 13) | (c0l >> 51);
        ulong r0 = c0l & Mask51;
        AddSmall(ref c1h, ref c1l, carry);
        carry = (c1h << 13) | (c1l >> 51);
        ulong r1 = c1l & Mask51;
        AddSmall(ref c2h, ref c2l, carry);
        carry = (c2h << 13) | (c2l >> 51);
        ulong r2 = c2l & Mask51;
        AddSmall(ref c3h, ref c3l, carry);
        carry = (c3h << 13) | (c3l >> 51);
        ulong r3 = c3l & Mask51;
        AddSmall(ref c4h, ref c4l, carry);
        carry = (c4h << 13) | (c4l >> 51);
        ulong r4 = c4l & Mask51;

        r0 += carry * 19;
        r1 += r0 >> 51;
        r0 &= Mask51;
        return new FieldElement(r0, r1, r2, r3, r4);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void AddSmall(ref ulong hi, ref ulong lo, ulong value)
    {
        lo += value;
        hi += lo < value ? 1UL : 0UL;
    }

    /// <summary>Parses a decimal constant (static initialisation only).</summary>
    internal static FieldElement FromDecimal(string value)
    {
        BigInteger n = BigInteger.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
        Span<byte> bytes = stackalloc byte[32];
        bytes.Clear();
        _ = n.TryWriteBytes(bytes, out _, isUnsigned: true);
        return FromBytes(bytes);
    }
}
