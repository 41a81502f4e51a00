using System.Globalization;
using System.Text;
using System.Text.Json;
using Bittensor.Core.FixedPoint;
using Bittensor.Core.Tests.Vectors;

namespace Bittensor.Core.Tests.FixedPoint;

public class FixedPointTests
{
    [Fact]
    public void Constants_I32F32_HaveUpstreamBits()
    {
        Assert.Equal(1L << 32, I32F32.One.Bits);
        Assert.Equal(1L, I32F32.Delta.Bits);
        Assert.Equal(long.MinValue, I32F32.MinValue.Bits);
        Assert.Equal(long.MaxValue, I32F32.MaxValue.Bits);
        Assert.Equal(0L, I32F32.Zero.Bits);
        Assert.Equal((32, 32, true), (I32F32.IntegerBits, I32F32.FractionalBits, I32F32.IsSigned));
        Assert.Equal((64, 64, false), (U64F64.IntegerBits, U64F64.FractionalBits, U64F64.IsSigned));
        Assert.Equal(Int128.One << 18, I110F18.One.Bits);
        Assert.Equal(UInt128.MaxValue, U96F32.MaxValue.Bits);
    }

    [Fact]
    public void Operators_OnOverflow_ThrowLikeRustDebugBuilds()
    {
        Assert.Throws<OverflowException>(() => I32F32.MaxValue + I32F32.Delta);
        Assert.Throws<OverflowException>(() => U64F64.Zero - U64F64.Delta);
        Assert.Throws<OverflowException>(() => I64F64.MaxValue * I64F64.FromInt(2));
        Assert.Throws<OverflowException>(() => U96F32.MaxValue / U96F32.FromBits(UInt128.One << 31));
        Assert.Throws<OverflowException>(() => -I96F32.MinValue);
        Assert.Throws<OverflowException>(() => I32F32.MinValue.Abs());
        Assert.Throws<DivideByZeroException>(() => I32F32.One / I32F32.Zero);
        Assert.Throws<DivideByZeroException>(() => U64F64.One.SaturatingDiv(U64F64.Zero));
        Assert.Throws<OverflowException>(() => I32F32.MaxValue.Ceil());
        Assert.Throws<OverflowException>(() => I32F32.MaxValue.Round());
    }

    [Fact]
    public void CheckedAndSaturating_OnOverflow_ReturnNullOrClamp()
    {
        Assert.Null(I32F32.MaxValue.CheckedAdd(I32F32.Delta));
        Assert.Equal(I32F32.MaxValue, I32F32.MaxValue.SaturatingAdd(I32F32.One));
        Assert.Equal(I32F32.MinValue, I32F32.MinValue.SaturatingSub(I32F32.One));
        Assert.Equal(I32F32.MinValue, I32F32.MaxValue.SaturatingMul(-I32F32.FromInt(2)));
        Assert.Equal(I32F32.MaxValue, I32F32.MinValue.SaturatingMul(I32F32.MinValue));
        Assert.Equal(U64F64.Zero, U64F64.One.SaturatingSub(U64F64.FromInt(2)));
        Assert.Null(U64F64.One.CheckedDiv(U64F64.Zero));
        Assert.Equal(I32F32.MinValue, I32F32.MinValue.WrappingAbs());
        Assert.Equal(I32F32.MaxValue, I32F32.MinValue.SaturatingAbs());
        Assert.Equal(I32F32.MinValue + I32F32.Delta, I32F32.MaxValue.WrappingAdd(I32F32.FromBits(2)));
    }

    [Fact]
    public void MulDiv_Negative_FloorsProductAndTruncatesQuotient()
    {
        // −1 ulp × 0.5 = −0.5 ulp: the arithmetic shift floors to −1 ulp (not 0).
        Assert.Equal(-1L, (I32F32.FromBits(-1) * I32F32.FromBits(1L << 31)).Bits);
        // −1 ulp / 2 = −0.5 ulp: division truncates toward zero, giving 0.
        Assert.Equal(0L, (I32F32.FromBits(-1) / I32F32.FromInt(2)).Bits);
        Assert.Equal(-3L, (I64F64.FromBits(-5) * I64F64.FromBits(Int128.One << 63)).Bits);
    }

    [Fact]
    public void Conversions_Examples_MatchUpstreamSemantics()
    {
        // fixed → fixed drops bits by arithmetic shift.
        Assert.Equal(-1L, I32F32.FromFixed(I64F64.FromBits(-1)).Bits);
        Assert.Equal(0L, I32F32.FromFixed(I64F64.FromBits(1)).Bits);
        // I64F64 stake shares become I32F32 by truncation (subtensor epoch step 3).
        I64F64 tenth = I64F64.One / I64F64.FromInt(10);
        Assert.Equal(429_496_729L, I32F32.FromFixed(tenth).Bits);
        // Saturating negative → unsigned gives 0, floor to integers saturates.
        Assert.Equal(U64F64.Zero, U64F64.SaturatingFromFixed(-I32F32.One));
        Assert.Equal((ushort)0, (-I32F32.Delta).SaturatingToInt<ushort>());
        Assert.Equal(ushort.MaxValue, I32F32.FromInt(70_000).SaturatingToInt<ushort>());
        Assert.Equal(-1L, (-I32F32.Delta).ToInt<long>());
        Assert.Throws<OverflowException>(() => I32F32.FromInt(1L << 31));
        Assert.Equal(I32F32.MaxValue, I32F32.SaturatingFromInt(ulong.MaxValue));
        Assert.Null(U32F32.CheckedFromInt(-1));
    }

    [Fact]
    public void Round_Ties_GoAwayFromZero()
    {
        Assert.Equal(I32F32.FromInt(3), I32F32.FromDouble(2.5).Round());
        Assert.Equal(I32F32.FromInt(-3), I32F32.FromDouble(-2.5).Round());
        Assert.Equal(I32F32.FromInt(-2), I32F32.FromDouble(-2.4).Round());
        Assert.Equal(I32F32.FromInt(2), I32F32.FromDouble(2.5).RoundTiesToEven());
        Assert.Equal(I32F32.FromInt(-2), I32F32.FromDouble(-2.5).RoundToZero());
        Assert.Equal(I32F32.FromInt(-3), I32F32.FromDouble(-2.5).Floor());
        Assert.Equal(I32F32.FromInt(-2), I32F32.FromDouble(-2.5).Ceil());
        Assert.Equal(I32F32.FromDouble(0.5), I32F32.FromDouble(-2.5).Frac());
    }

    [Fact]
    public void MathFixedPointVectors_F32Inputs_ConvertToListedBits()
    {
        // The vector file's convention: f32 literal → I32F32::from_num(f32) (exact binary value, round half even).
        JsonElement median = VectorFile.FixedPoint.GetProperty("weighted_median").GetProperty("cases");
        int checkedValues = 0;
        foreach (JsonElement c in median.EnumerateArray())
        {
            if (!c.GetProperty("stake_normalized_first").GetBoolean())
            {
                checkedValues += CheckF32(c.GetProperty("stake_f32"), c.GetProperty("stake_bits"));
            }

            checkedValues += CheckF32(c.GetProperty("score_f32"), c.GetProperty("score_bits"));
        }

        foreach (JsonElement c in VectorFile.FixedPoint.GetProperty("weighted_median_col_sparse").GetProperty("cases").EnumerateArray())
        {
            checkedValues += CheckF32(c.GetProperty("expected_f32"), c.GetProperty("expected_bits"));
        }

        Assert.True(checkedValues > 50);
    }

    [Theory]
    [InlineData(0L, 4_294_967_296L)]
    [InlineData(1L << 32, 11_674_931_200L)]
    [InlineData(20L << 32, 2_066_907_302_758_576_256L)]
    [InlineData(-20L << 32, 8L)]
    public void Exp_PortValues_MatchVectorFile(long inputBits, long expectedBits)
    {
        I32F32? result = FixedTranscendental.Exp(I32F32.FromBits(inputBits));
        Assert.Equal(expectedBits, result!.Value.Bits);
    }

    [Fact]
    public void Exp_Constants_AreUpstreamTruncations()
    {
        Assert.Equal(22_802_600, FixedTranscendental.E.Bits);
        Assert.Equal(11_674_931_200L, I32F32.FromFixed(FixedTranscendental.E).Bits);
        Assert.Equal(12_102_203, FixedTranscendental.Log2E.Bits);
        Assert.Null(FixedTranscendental.Exp(I32F32.FromInt(21)));
        Assert.Null(FixedTranscendental.Log2(I32F32.Zero));
        Assert.Equal(I32F32.Zero, FixedTranscendental.Ln(I32F32.One));
    }

    [Fact]
    public void Log2_JustBelowPowerOfTwo_RoundsUpLikeUpstream()
    {
        // Upstream halves with rounding ((x >> 1) + (x & lsb)), so 4 − 2^-32 counts two halvings and log2 is
        // exactly 2: floor(log2) is not bitlength − 1 − frac there (substrate-fixed gives the same, see report).
        Assert.Equal(I96F32.FromInt(2), FixedTranscendental.Log2(I96F32.FromBits((Int128.One << 34) - 1)));
        Assert.Equal(I96F32.One, FixedTranscendental.Log2(I96F32.FromInt(2)));
        Assert.Equal(I96F32.Zero, FixedTranscendental.Log2(I96F32.FromBits((Int128.One << 33) - 1))!.Value.Floor());
    }

    [Fact]
    public void Transcendental_LossyTypePair_IsRejected()
    {
        // Upstream requires D: From<S>; I32F32 cannot hold every I64F64.
        Assert.Throws<ArgumentException>(() => FixedTranscendental.Exp<I64F64, I32F32>(I64F64.One));
        Assert.Throws<ArgumentException>(() => FixedTranscendental.Exp(I110F18.One));
    }

    [Fact]
    public void SafeMath_Helpers_FollowSubtensor()
    {
        Assert.Equal(I32F32.Zero, I32F32.One.SafeDiv(I32F32.Zero));
        Assert.Equal(I32F32.One, I32F32.Zero.SafeDivOr(I32F32.Zero, I32F32.One));
        Assert.Equal(U64F64.One, U64F64.FromInt(2).AbsDiff(U64F64.FromInt(3)));
        Assert.Null(I32F32.Zero.CheckedPow(-1));
        Assert.Equal(I32F32.One, I32F32.Zero.CheckedPow(0));
        Assert.Equal(U64F64.FromDouble(15.625), U64F64.FromDouble(2.5).CheckedPow(3));
        Assert.Null(I32F32.FromInt(-1).CheckedSqrt(I32F32.Delta));
    }

    [Fact]
    public void Formatting_Api_MatchesDisplay()
    {
        Assert.Equal("0.1", I32F32.FromBits(429_496_730).ToString());
        Assert.Equal("-2147483648", I32F32.MinValue.ToString());
        Assert.Equal("1", U64F64.One.ToString(null, CultureInfo.InvariantCulture));
        Assert.Equal("2.5", I110F18.FromDouble(2.5).ToString("G", CultureInfo.InvariantCulture));
        Assert.Equal("0.1", string.Create(CultureInfo.InvariantCulture, $"{I32F32.FromBits(429_496_730)}"));
        Assert.Throws<FormatException>(() => I32F32.One.ToString("X", CultureInfo.InvariantCulture));

        Span<char> small = stackalloc char[2];
        Assert.False(I32F32.FromDouble(0.25).TryFormat(small, out int written, default, null));
        Assert.Equal(0, written);

        Span<byte> utf8 = stackalloc byte[16];
        Assert.True(I32F32.FromDouble(-0.25).TryFormat(utf8, out int bytes, default, null));
        Assert.Equal("-0.25", Encoding.ASCII.GetString(utf8[..bytes]));
    }

    [Fact]
    public void Equality_AndOrdering_FollowBits()
    {
        I32F32 a = I32F32.FromDouble(0.5);
        Assert.True(a.Equals((object)I32F32.FromBits(1L << 31)));
        Assert.False(a.Equals((object)0.5));
        Assert.Equal(a.GetHashCode(), I32F32.FromBits(1L << 31).GetHashCode());
        Assert.Equal(1, a.CompareTo(null));
        Assert.Throws<ArgumentException>(() => a.CompareTo((object)1));
        Assert.Equal(I32F32.One, I32F32.Max(a, I32F32.One));
        Assert.Equal(a, I32F32.Min(a, I32F32.One));
        Assert.Equal(I32F32.One, I32F32.FromInt(3).Clamp(I32F32.Zero, I32F32.One));
        Assert.Equal(-I32F32.One, I32F32.FromDouble(-0.1).Signum());
        Assert.Equal(0.5, a.ToDouble());
    }

    [Fact]
    public void FromDouble_NonFinite_FollowsUpstream()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => I32F32.FromDouble(double.NaN));
        Assert.Throws<OverflowException>(() => I32F32.FromDouble(double.PositiveInfinity));
        Assert.Equal(I32F32.MinValue, I32F32.SaturatingFromDouble(double.NegativeInfinity));
        Assert.Null(U64F64.CheckedFromDouble(-1.0));
        Assert.Equal(U64F64.Zero, U64F64.FromDouble(-0.0));
    }

    private static int CheckF32(JsonElement floats, JsonElement bits)
    {
        Assert.Equal(floats.GetArrayLength(), bits.GetArrayLength());
        for (int i = 0; i < floats.GetArrayLength(); i++)
        {
            float f = floats[i].GetSingle();
            Assert.Equal(bits[i].GetInt64(), I32F32.FromDouble(f).Bits);
        }

        return floats.GetArrayLength();
    }
}
