using System.Globalization;
using System.Numerics;
using Bittensor.Core.FixedPoint;
using FsCheck.Xunit;

namespace Bittensor.Core.Tests.FixedPoint;

/// <summary>
/// Arithmetic and conversions of one fixed-point type against the <see cref="FixedModel{T}"/> BigInteger
/// model on random bit patterns, including negatives and the container extremes. One derived class per type.
/// </summary>
public abstract class FixedPropertyTests<T>
    where T : struct, IFixedPoint<T>
{
    private const int Runs = 400;

    [Property(Arbitrary = new[] { typeof(FixedArbitraries) }, MaxTest = Runs)]
    public void Add_RandomBits_MatchesModel(Pattern pa, Pattern pb)
    {
        T a = FixedModel<T>.FromPattern(pa.Value);
        T b = FixedModel<T>.FromPattern(pb.Value);
        BigInteger exact = FixedModel<T>.Bits(a) + FixedModel<T>.Bits(b);
        CheckBinary(exact, a.CheckedAdd(b), a.SaturatingAdd(b), a.WrappingAdd(b), () => a + b);
    }

    [Property(Arbitrary = new[] { typeof(FixedArbitraries) }, MaxTest = Runs)]
    public void Sub_RandomBits_MatchesModel(Pattern pa, Pattern pb)
    {
        T a = FixedModel<T>.FromPattern(pa.Value);
        T b = FixedModel<T>.FromPattern(pb.Value);
        BigInteger exact = FixedModel<T>.Bits(a) - FixedModel<T>.Bits(b);
        CheckBinary(exact, a.CheckedSub(b), a.SaturatingSub(b), a.WrappingSub(b), () => a - b);
    }

    [Property(Arbitrary = new[] { typeof(FixedArbitraries) }, MaxTest = Runs)]
    public void Mul_RandomBits_MatchesModel(Pattern pa, Pattern pb)
    {
        T a = FixedModel<T>.FromPattern(pa.Value);
        T b = FixedModel<T>.FromPattern(pb.Value);
        BigInteger exact = FixedModel<T>.Mul(FixedModel<T>.Bits(a), FixedModel<T>.Bits(b));
        CheckBinary(exact, a.CheckedMul(b), a.SaturatingMul(b), a.WrappingMul(b), () => a * b);
    }

    [Property(Arbitrary = new[] { typeof(FixedArbitraries) }, MaxTest = Runs)]
    public void Div_RandomBits_MatchesModel(Pattern pa, Pattern pb)
    {
        T a = FixedModel<T>.FromPattern(pa.Value);
        T b = FixedModel<T>.FromPattern(pb.Value);
        if (b.IsZero)
        {
            Assert.Null(a.CheckedDiv(b));
            Assert.Throws<DivideByZeroException>(() => a / b);
            Assert.Throws<DivideByZeroException>(() => a.SaturatingDiv(b));
            Assert.Throws<DivideByZeroException>(() => a.WrappingDiv(b));
            Assert.Equal(T.Zero, a.SafeDiv(b));
            return;
        }

        BigInteger exact = FixedModel<T>.Div(FixedModel<T>.Bits(a), FixedModel<T>.Bits(b));
        CheckBinary(exact, a.CheckedDiv(b), a.SaturatingDiv(b), a.WrappingDiv(b), () => a / b);
    }

    [Property(Arbitrary = new[] { typeof(FixedArbitraries) }, MaxTest = Runs)]
    public void Neg_RandomBits_MatchesModel(Pattern pa)
    {
        T a = FixedModel<T>.FromPattern(pa.Value);
        BigInteger exact = -FixedModel<T>.Bits(a);
        T? checkedNeg = a.CheckedNeg();
        Assert.Equal(FixedModel<T>.InRange(exact), checkedNeg.HasValue);
        if (checkedNeg.HasValue)
        {
            Assert.Equal(exact, FixedModel<T>.Bits(checkedNeg.Value));
        }

        Assert.Equal(FixedModel<T>.Saturate(exact), a.SaturatingNeg());
        Assert.Equal(FixedModel<T>.Wrap(exact), a.WrappingNeg());
    }

    [Property(Arbitrary = new[] { typeof(FixedArbitraries) }, MaxTest = Runs)]
    public void FromInt_RandomIntegers_MatchesModel(Pattern pa)
    {
        // Integers of every magnitude: the pattern read as a signed 128-bit number.
        Int128 value = (Int128)pa.Value;
        BigInteger exact = (BigInteger)value << T.FractionalBits;
        bool fits = FixedModel<T>.InRange(exact);
        T? result = T.CheckedFromInt(value);
        Assert.Equal(fits, result.HasValue);
        Assert.Equal(FixedModel<T>.Saturate(exact), T.SaturatingFromInt(value));
        if (fits)
        {
            Assert.Equal(exact, FixedModel<T>.Bits(result!.Value));
            Assert.Equal(result.Value, T.FromInt(value));
        }
        else
        {
            Assert.Throws<OverflowException>(() => T.FromInt(value));
        }
    }

    [Property(Arbitrary = new[] { typeof(FixedArbitraries) }, MaxTest = Runs)]
    public void ToInt_RandomBits_FloorsAndSaturates(Pattern pa)
    {
        T a = FixedModel<T>.FromPattern(pa.Value);
        BigInteger floor = FixedModel<T>.Bits(a) >> T.FractionalBits;
        Assert.Equal(Clamp(floor, ushort.MinValue, ushort.MaxValue), (BigInteger)a.SaturatingToInt<ushort>());
        Assert.Equal(Clamp(floor, ulong.MinValue, ulong.MaxValue), (BigInteger)a.SaturatingToInt<ulong>());
        Assert.Equal(Clamp(floor, long.MinValue, long.MaxValue), (BigInteger)a.SaturatingToInt<long>());
        Assert.Equal(floor, (BigInteger)a.ToInt<Int128>());
        bool fitsInt = floor >= int.MinValue && floor <= int.MaxValue;
        Assert.Equal(fitsInt ? (int?)(int)floor : null, a.CheckedToInt<int>());
        Assert.Equal((short)(long)(floor & 0xFFFF), a.WrappingToInt<short>());
        if (floor < 0 || floor > ulong.MaxValue)
        {
            Assert.Throws<OverflowException>(() => a.ToInt<ulong>());
        }
        else
        {
            Assert.Equal(floor, (BigInteger)a.ToInt<ulong>());
        }
    }

    [Property(Arbitrary = new[] { typeof(FixedArbitraries) }, MaxTest = Runs)]
    public void FromFixed_RandomBits_FloorsAndChecksRange(Pattern pa)
    {
        T a = FixedModel<T>.FromPattern(pa.Value);
        CheckConversion<I9F23>(a);
        CheckConversion<I32F32>(a);
        CheckConversion<U32F32>(a);
        CheckConversion<I64F64>(a);
        CheckConversion<U64F64>(a);
        CheckConversion<I96F32>(a);
        CheckConversion<U96F32>(a);
        CheckConversion<I110F18>(a);
        CheckConversion<U110F18>(a);
    }

    [Property(Arbitrary = new[] { typeof(FixedArbitraries) }, MaxTest = Runs)]
    public void Rounding_RandomBits_MatchesModel(Pattern pa)
    {
        T a = FixedModel<T>.FromPattern(pa.Value);
        BigInteger bits = FixedModel<T>.Bits(a);
        int f = T.FractionalBits;
        BigInteger unit = BigInteger.One << f;
        BigInteger floor = (bits >> f) << f;
        BigInteger frac = bits - floor;
        BigInteger ceil = frac.IsZero ? floor : floor + unit;
        BigInteger half = unit >> 1;

        // Ties away from zero; ties to even.
        BigInteger away = frac < half ? floor : frac > half ? floor + unit : (bits.Sign < 0 ? floor : floor + unit);
        BigInteger even = frac < half ? floor : frac > half ? floor + unit : (((floor >> f) & 1) == 0 ? floor : floor + unit);
        BigInteger toZero = bits.Sign < 0 && !frac.IsZero ? floor + unit : floor;

        Assert.Equal(floor, FixedModel<T>.Bits(a.Floor()));
        Assert.Equal(floor, FixedModel<T>.Bits(a.Int()));
        Assert.Equal(frac, FixedModel<T>.Bits(a.Frac()));
        Assert.Equal(toZero, FixedModel<T>.Bits(a.RoundToZero()));
        CheckRounded(ceil, a.CheckedCeil(), a.SaturatingCeil(), () => a.Ceil());
        CheckRounded(away, a.CheckedRound(), a.SaturatingRound(), () => a.Round());
        if (FixedModel<T>.InRange(even))
        {
            Assert.Equal(even, FixedModel<T>.Bits(a.RoundTiesToEven()));
        }
        else
        {
            Assert.Throws<OverflowException>(() => a.RoundTiesToEven());
        }
    }

    [Property(Arbitrary = new[] { typeof(FixedArbitraries) }, MaxTest = Runs)]
    public void Compare_RandomBits_MatchesModel(Pattern pa, Pattern pb)
    {
        T a = FixedModel<T>.FromPattern(pa.Value);
        T b = FixedModel<T>.FromPattern(pb.Value);
        int expected = FixedModel<T>.Bits(a).CompareTo(FixedModel<T>.Bits(b));
        Assert.Equal(expected, Math.Sign(a.CompareTo(b)));
        Assert.Equal(expected < 0, a < b);
        Assert.Equal(expected <= 0, a <= b);
        Assert.Equal(expected == 0, a == b);
        Assert.Equal(expected == 0, a.Equals(b));
        Assert.Equal(expected > 0, a > b);
    }

    [Property(Arbitrary = new[] { typeof(FixedArbitraries) }, MaxTest = Runs)]
    public void ToString_RandomBits_IsWithinHalfUlp(Pattern pa)
    {
        // Display prints the fewest digits that still identify the value: within half an ulp of it.
        T a = FixedModel<T>.FromPattern(pa.Value);
        string text = a.ToString(null, CultureInfo.InvariantCulture);
        bool negative = text.StartsWith('-');
        string digits = negative ? text[1..] : text;
        int dot = digits.IndexOf('.', StringComparison.Ordinal);
        int scale = dot < 0 ? 0 : digits.Length - dot - 1;
        BigInteger mantissa = BigInteger.Parse(digits.Replace(".", string.Empty, StringComparison.Ordinal), CultureInfo.InvariantCulture);
        if (negative)
        {
            mantissa = -mantissa;
        }

        BigInteger pow10 = BigInteger.Pow(10, scale);
        BigInteger distance = BigInteger.Abs((mantissa << T.FractionalBits) - (FixedModel<T>.Bits(a) * pow10));
        Assert.True(distance * 2 <= pow10, $"{text} is not within half an ulp of {FixedModel<T>.Bits(a)} bits");
        Assert.False(dot >= 0 && digits.EndsWith('0'), $"{text} has a trailing zero");
        Assert.Equal(a.IsNegative, negative);

        Span<char> chars = stackalloc char[200];
        Assert.True(a.TryFormat(chars, out int written, default, CultureInfo.InvariantCulture));
        Assert.Equal(text, chars[..written].ToString());
    }

    [Property(Arbitrary = new[] { typeof(FixedArbitraries) }, MaxTest = Runs)]
    public void FromDouble_RandomDoubles_RoundsHalfToEven(DoubleBits bits)
    {
        double d = bits.AsDouble;
        BigInteger expected = RoundHalfEven(d, T.FractionalBits);
        bool fits = FixedModel<T>.InRange(expected);
        T? result = T.CheckedFromDouble(d);
        Assert.Equal(fits, result.HasValue);
        if (fits)
        {
            Assert.Equal(expected, FixedModel<T>.Bits(result!.Value));
            Assert.Equal(result.Value, T.FromDouble(d));
        }
        else
        {
            Assert.Throws<OverflowException>(() => T.FromDouble(d));
        }

        Assert.Equal(FixedModel<T>.Saturate(expected), T.SaturatingFromDouble(d));
    }

    private static void CheckConversion<TDst>(T value)
        where TDst : struct, IFixedPoint<TDst>
    {
        BigInteger exact = FixedModel<TDst>.Rescale(FixedModel<T>.Bits(value), T.FractionalBits);
        bool fits = FixedModel<TDst>.InRange(exact);
        TDst? result = TDst.CheckedFromFixed(value);
        Assert.Equal(fits, result.HasValue);
        if (fits)
        {
            Assert.Equal(exact, FixedModel<TDst>.Bits(result!.Value));
            Assert.Equal(result.Value, TDst.FromFixed(value));
        }
        else
        {
            Assert.Throws<OverflowException>(() => TDst.FromFixed(value));
        }

        Assert.Equal(FixedModel<TDst>.Saturate(exact), TDst.SaturatingFromFixed(value));
        Assert.Equal(FixedModel<TDst>.Wrap(exact), TDst.WrappingFromFixed(value));
    }

    private static void CheckBinary(BigInteger exact, T? checkedResult, T saturating, T wrapping, Func<T> operatorResult)
    {
        bool fits = FixedModel<T>.InRange(exact);
        Assert.Equal(fits, checkedResult.HasValue);
        if (fits)
        {
            Assert.Equal(exact, FixedModel<T>.Bits(checkedResult!.Value));
            Assert.Equal(checkedResult.Value, operatorResult());
        }
        else
        {
            Assert.Throws<OverflowException>(() => operatorResult());
        }

        Assert.Equal(FixedModel<T>.Saturate(exact), saturating);
        Assert.Equal(FixedModel<T>.Wrap(exact), wrapping);
    }

    private static void CheckRounded(BigInteger exact, T? checkedResult, T saturating, Func<T> throwing)
    {
        bool fits = FixedModel<T>.InRange(exact);
        Assert.Equal(fits, checkedResult.HasValue);
        Assert.Equal(FixedModel<T>.Saturate(exact), saturating);
        if (fits)
        {
            Assert.Equal(exact, FixedModel<T>.Bits(checkedResult!.Value));
            Assert.Equal(checkedResult.Value, throwing());
        }
        else
        {
            Assert.Throws<OverflowException>(() => throwing());
        }
    }

    private static BigInteger Clamp(BigInteger value, BigInteger min, BigInteger max) => BigInteger.Min(BigInteger.Max(value, min), max);

    /// <summary>The exact value of <paramref name="d"/> times 2^frac, rounded half to even.</summary>
    private static BigInteger RoundHalfEven(double d, int frac)
    {
        long raw = BitConverter.DoubleToInt64Bits(d);
        int biased = (int)((raw >> 52) & 0x7FF);
        BigInteger mantissa = raw & 0xF_FFFF_FFFF_FFFF;
        int exponent;
        if (biased == 0)
        {
            exponent = -1074;
        }
        else
        {
            mantissa += BigInteger.One << 52;
            exponent = biased - 1075;
        }

        int scale = exponent + frac;
        BigInteger magnitude;
        if (scale >= 0)
        {
            magnitude = mantissa << scale;
        }
        else
        {
            BigInteger denominator = BigInteger.One << -scale;
            BigInteger q = BigInteger.DivRem(mantissa, denominator, out BigInteger r);
            int c = (r * 2).CompareTo(denominator);
            magnitude = c > 0 || (c == 0 && !q.IsEven) ? q + 1 : q;
        }

        return raw < 0 ? -magnitude : magnitude;
    }
}

public sealed class I9F23PropertyTests : FixedPropertyTests<I9F23>;

public sealed class I32F32PropertyTests : FixedPropertyTests<I32F32>;

public sealed class U32F32PropertyTests : FixedPropertyTests<U32F32>;

public sealed class I64F64PropertyTests : FixedPropertyTests<I64F64>;

public sealed class U64F64PropertyTests : FixedPropertyTests<U64F64>;

public sealed class I96F32PropertyTests : FixedPropertyTests<I96F32>;

public sealed class U96F32PropertyTests : FixedPropertyTests<U96F32>;

public sealed class I110F18PropertyTests : FixedPropertyTests<I110F18>;

public sealed class U110F18PropertyTests : FixedPropertyTests<U110F18>;
