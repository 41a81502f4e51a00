namespace Bittensor.Core.FixedPoint;

/// <summary>Decimal formatting identical to substrate-fixed's <c>Display</c>.</summary>
/// <remarks>
/// Port of substrate-fixed v0.6.0 <c>src/display.rs::fmt_dec</c> (without width/precision options): the
/// integer part in full, then the fewest fractional digits that still identify the value (the digit loop
/// stops once the remainder is within half an ulp of either neighbour), rounded half to even, trailing
/// zeros trimmed. <c>0.1</c> as I32F32 prints <c>0.1</c>, not its exact binary expansion.
/// </remarks>
internal static class FixedFormatter
{
    /// <summary>
    /// Buffer size covering every supported type: carry slot + ⌈110·log10 2⌉ = 34 integer digits + point +
    /// ⌈64·log10 2⌉ = 20 fractional digits + sign = 57 (upstream sizes for 128 integer bits; none of our types has that many).
    /// </summary>
    public const int MaxLength = 64;

    public static string Format(bool negative, UInt128 magnitude, int fracBits, int totalBits)
    {
        Span<char> buffer = stackalloc char[MaxLength];
        int length = Write(negative, magnitude, fracBits, totalBits, buffer);
        return new string(buffer[..length]);
    }

    public static bool TryFormat(bool negative, UInt128 magnitude, int fracBits, int totalBits, Span<char> destination, out int charsWritten)
    {
        Span<char> buffer = stackalloc char[MaxLength];
        int length = Write(negative, magnitude, fracBits, totalBits, buffer);
        if (length > destination.Length)
        {
            charsWritten = 0;
            return false;
        }

        buffer[..length].CopyTo(destination);
        charsWritten = length;
        return true;
    }

    public static bool TryFormat(bool negative, UInt128 magnitude, int fracBits, int totalBits, Span<byte> destination, out int bytesWritten)
    {
        Span<char> buffer = stackalloc char[MaxLength];
        int length = Write(negative, magnitude, fracBits, totalBits, buffer);
        if (length > destination.Length)
        {
            bytesWritten = 0;
            return false;
        }

        for (int i = 0; i < length; i++)
        {
            destination[i] = (byte)buffer[i];
        }

        bytesWritten = length;
        return true;
    }

    /// <summary>Writes the formatted value into <paramref name="output"/> (at least <see cref="MaxLength"/> long).</summary>
    private static int Write(bool negative, UInt128 magnitude, int fracBits, int totalBits, Span<char> output)
    {
        UInt128 totalMask = totalBits == 128 ? UInt128.MaxValue : (UInt128.One << totalBits) - UInt128.One;
        UInt128 intPart = magnitude >> fracBits;
        UInt128 frac = (magnitude << (totalBits - fracBits)) & totalMask;

        int intDigits = CeilLog10Of2Times(WideArithmetic.BitLength(intPart));
        int fracDigits = CeilLog10Of2Times(fracBits);

        // data[0] catches a carry out of the integer part; digits are stored as values 0-9 until the end.
        Span<byte> data = stackalloc byte[MaxLength];
        data.Clear();
        data[1 + intDigits] = (byte)'.';
        for (int i = intDigits; i >= 1; i--)
        {
            data[i] = (byte)(intPart % 10);
            intPart /= 10;
        }

        int cmp = WriteFracDigits(frac, totalBits, fracBits, data.Slice(2 + intDigits, fracDigits), ref fracDigits);
        RoundAndTrim(data, intDigits, ref fracDigits, cmp);

        int begin = data[0] != 0 || data[1] == (byte)'.' ? 0 : data[1] == 0 ? 2 : 1;
        int end = fracDigits > 0 ? intDigits + fracDigits + 2 : intDigits + 1;
        int n = 0;
        if (negative)
        {
            output[n++] = '-';
        }

        for (int i = begin; i < end; i++)
        {
            byte b = data[i];
            output[n++] = b == (byte)'.' ? '.' : (char)('0' + b);
        }

        return n;
    }

    /// <summary>
    /// Generates fractional digits from the left-aligned fraction; returns the comparison of the remaining
    /// fraction with one half (for rounding the last digit). Works in the same word width as upstream, which
    /// halves the container while the fraction fits in its upper half; the width matters for when the
    /// half-ulp "tie" wraps around.
    /// </summary>
    private static int WriteFracDigits(UInt128 frac, int totalBits, int fracBits, Span<byte> digits, ref int fracDigits)
    {
        int width = totalBits;
        while (width > 8 && fracBits < width / 2)
        {
            frac >>= width / 2;
            width /= 2;
        }

        UInt128 mask = width == 128 ? UInt128.MaxValue : (UInt128.One << width) - UInt128.One;
        UInt128 msb = UInt128.One << (width - 1);
        UInt128 tie = fracBits == width ? UInt128.Zero : msb >> fracBits;
        bool add5 = fracBits == width;
        for (int i = 0; i < digits.Length; i++)
        {
            digits[i] = Mul10(ref frac, width, mask);
            if (frac < 10 || ((UInt128.Zero - frac) & mask) < 10)
            {
                fracDigits = i + 1;
                break;
            }

            _ = Mul10(ref tie, width, mask);
            if (add5)
            {
                tie += 5;
                add5 = false;
            }

            if (frac < tie || ((UInt128.Zero - frac) & mask) < tie)
            {
                fracDigits = i + 1;
                break;
            }
        }

        return frac.CompareTo(msb);
    }

    private static void RoundAndTrim(Span<byte> data, int intDigits, ref int fracDigits, int cmp)
    {
        int len = fracDigits > 0 ? intDigits + fracDigits + 2 : intDigits + 1;
        bool roundUp = cmp > 0 || (cmp == 0 && (data[len - 1] & 1) != 0);
        if (roundUp)
        {
            for (int i = len - 1; i >= 0; i--)
            {
                if (data[i] < 9)
                {
                    data[i]++;
                    break;
                }

                if (data[i] == (byte)'.')
                {
                    continue;
                }

                data[i] = 0;
                if (fracDigits > 0)
                {
                    fracDigits--;
                }
            }
        }
        else
        {
            while (fracDigits > 0 && data[intDigits + 1 + fracDigits] == 0)
            {
                fracDigits--;
            }
        }
    }

    /// <summary><c>value = (value * 10) mod 2^width</c>; returns the carry digit.</summary>
    private static byte Mul10(ref UInt128 value, int width, UInt128 mask)
    {
        if (width <= 64)
        {
            UInt128 product = value * 10;
            value = product & mask;
            return (byte)(product >> width);
        }

        UInt128 lo = (UInt128)(ulong)value * 10;
        UInt128 hi = ((value >> 64) * 10) + (lo >> 64);
        value = (hi << 64) | (ulong)lo;
        return (byte)(hi >> 64);
    }

    /// <summary>⌈bits · log10 2⌉, upstream's <c>ceil_log10_2_times</c>.</summary>
    private static int CeilLog10Of2Times(int bits) => (int)((((ulong)bits * 0x4D10_4D43UL) + 0xFFFF_FFFFUL) >> 32);
}
