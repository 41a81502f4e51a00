using System.Numerics;

namespace Bittensor.Core.FixedPoint;

/// <summary>
/// A binary fixed-point number bit-compatible with one of the substrate-fixed v0.6.0 types subtensor uses.
/// The value is <c>Bits / 2^FractionalBits</c>.
/// </summary>
/// <remarks>
/// <para>Overflow policy (the same for every implementation):</para>
/// <list type="bullet">
/// <item>Operators <c>+ - * /</c>, unary <c>-</c>, <see cref="Ceil"/>, <see cref="Round"/> and the
/// <c>From*</c>/<see cref="ToInt{TInt}"/> conversions throw <see cref="OverflowException"/> when the exact
/// result does not fit, like the Rust crate with debug assertions on. Division by zero throws
/// <see cref="DivideByZeroException"/> everywhere except the <c>Checked*</c> forms.</item>
/// <item><c>Checked*</c> return <see langword="null"/> on overflow or division by zero (Rust <c>checked_*</c>).</item>
/// <item><c>Saturating*</c> clamp to <see cref="IMinMaxValue{TSelf}.MinValue"/>/<see cref="IMinMaxValue{TSelf}.MaxValue"/> by the sign
/// of the exact result (Rust <c>saturating_*</c>; <see cref="SaturatingDiv"/> still throws on a zero divisor, as upstream panics).</item>
/// <item><c>Wrapping*</c> keep the low bits (what the Rust operators do in a release build, e.g. inside <c>Iterator::sum</c>).</item>
/// </list>
/// <para>No floating point is used by any arithmetic member; <c>FromDouble</c>/<see cref="ToDouble"/> exist for
/// tests, display and CLI input only.</para>
/// </remarks>
public interface IFixedPoint<TSelf> :
    IEquatable<TSelf>,
    IComparable<TSelf>,
    IComparable,
    ISpanFormattable,
    IUtf8SpanFormattable,
    IMinMaxValue<TSelf>,
    IComparisonOperators<TSelf, TSelf, bool>,
    IAdditionOperators<TSelf, TSelf, TSelf>,
    ISubtractionOperators<TSelf, TSelf, TSelf>,
    IMultiplyOperators<TSelf, TSelf, TSelf>,
    IDivisionOperators<TSelf, TSelf, TSelf>,
    IShiftOperators<TSelf, int, TSelf>,
    IBitwiseOperators<TSelf, TSelf, TSelf>
    where TSelf : struct, IFixedPoint<TSelf>
{
    /// <summary>Number of integer bits (including the sign bit for signed types).</summary>
    static abstract int IntegerBits { get; }

    /// <summary>Number of fractional bits.</summary>
    static abstract int FractionalBits { get; }

    /// <summary>Whether the type is signed (two's complement).</summary>
    static abstract bool IsSigned { get; }

    static abstract TSelf Zero { get; }

    static abstract TSelf One { get; }

    /// <summary>The smallest positive value, 2^-FractionalBits (raw bits = 1).</summary>
    static abstract TSelf Delta { get; }

    /// <summary>Exact integer conversion (Rust <c>from_num</c>); throws <see cref="OverflowException"/> if out of range.</summary>
    static abstract TSelf FromInt(Int128 value);

    /// <summary>Exact integer conversion; <see langword="null"/> if out of range (Rust <c>checked_from_num</c>).</summary>
    static abstract TSelf? CheckedFromInt(Int128 value);

    /// <summary>Integer conversion clamped to the range (Rust <c>saturating_from_num</c>).</summary>
    static abstract TSelf SaturatingFromInt(Int128 value);

    /// <summary>
    /// Converts another fixed-point value; extra fractional bits are truncated toward −∞ (arithmetic shift).
    /// Throws <see cref="OverflowException"/> if the integer part does not fit.
    /// </summary>
    static abstract TSelf FromFixed<TOther>(TOther value)
        where TOther : struct, IFixedPoint<TOther>;

    /// <summary>As <see cref="FromFixed{TOther}"/>, <see langword="null"/> on overflow.</summary>
    static abstract TSelf? CheckedFromFixed<TOther>(TOther value)
        where TOther : struct, IFixedPoint<TOther>;

    /// <summary>As <see cref="FromFixed{TOther}"/>, clamped by sign on overflow (negative → min, so 0 for unsigned).</summary>
    static abstract TSelf SaturatingFromFixed<TOther>(TOther value)
        where TOther : struct, IFixedPoint<TOther>;

    /// <summary>As <see cref="FromFixed{TOther}"/>, keeping the low bits on overflow.</summary>
    static abstract TSelf WrappingFromFixed<TOther>(TOther value)
        where TOther : struct, IFixedPoint<TOther>;

    /// <summary>
    /// Converts the exact binary value of a <see cref="double"/>, rounding to nearest with ties to even
    /// (Rust <c>from_num(f64)</c>). For tests, display and CLI input only; throws <see cref="OverflowException"/>
    /// when out of range.
    /// </summary>
    static abstract TSelf FromDouble(double value);

    /// <summary>As <see cref="FromDouble"/>, <see langword="null"/> when out of range. Tests and CLI input only.</summary>
    static abstract TSelf? CheckedFromDouble(double value);

    /// <summary>As <see cref="FromDouble"/>, clamped by sign when out of range. Tests and CLI input only.</summary>
    static abstract TSelf SaturatingFromDouble(double value);

    /// <summary>Builds a value from the raw two's complement of <c>±magnitude</c> (truncated to the container).</summary>
    internal static abstract TSelf FromMagnitude(bool negative, UInt128 magnitude);

    bool IsZero { get; }

    bool IsNegative { get; }

    bool IsPositive { get; }

    TSelf? CheckedAdd(TSelf rhs);

    TSelf? CheckedSub(TSelf rhs);

    TSelf? CheckedMul(TSelf rhs);

    TSelf? CheckedDiv(TSelf rhs);

    TSelf? CheckedNeg();

    TSelf SaturatingAdd(TSelf rhs);

    TSelf SaturatingSub(TSelf rhs);

    TSelf SaturatingMul(TSelf rhs);

    TSelf SaturatingDiv(TSelf rhs);

    TSelf SaturatingNeg();

    TSelf WrappingAdd(TSelf rhs);

    TSelf WrappingSub(TSelf rhs);

    TSelf WrappingMul(TSelf rhs);

    TSelf WrappingDiv(TSelf rhs);

    TSelf WrappingNeg();

    /// <summary>Integer part, rounded toward −∞ for negative values (Rust <c>int()</c>).</summary>
    TSelf Int();

    /// <summary>Fractional part, always non-negative (Rust <c>frac()</c>).</summary>
    TSelf Frac();

    TSelf Floor();

    TSelf Ceil();

    TSelf? CheckedCeil();

    TSelf SaturatingCeil();

    /// <summary>Rounds to the nearest integer, ties away from zero (Rust <c>round()</c>).</summary>
    TSelf Round();

    TSelf? CheckedRound();

    TSelf SaturatingRound();

    TSelf RoundTiesToEven();

    TSelf RoundToZero();

    /// <summary>Floor to an integer type (Rust <c>to_num</c>); throws <see cref="OverflowException"/> if out of range.</summary>
    TInt ToInt<TInt>()
        where TInt : IBinaryInteger<TInt>;

    /// <summary>Floor to an integer type, clamped to its range (Rust <c>saturating_to_num</c>; negatives → 0 for unsigned).</summary>
    TInt SaturatingToInt<TInt>()
        where TInt : IBinaryInteger<TInt>;

    /// <summary>Floor to an integer type; <see langword="null"/> if out of range (Rust <c>checked_to_num</c>).</summary>
    TInt? CheckedToInt<TInt>()
        where TInt : struct, IBinaryInteger<TInt>;

    /// <summary>Floor to an integer type keeping the low bits (Rust <c>wrapping_to_num</c>, and <c>to_num</c> in release builds).</summary>
    TInt WrappingToInt<TInt>()
        where TInt : IBinaryInteger<TInt>;

    /// <summary>Nearest <see cref="double"/>; for display only.</summary>
    double ToDouble();

    /// <summary>Sign and magnitude of the raw bits (magnitude of <c>MinValue</c> is 2^(N-1)).</summary>
    internal void Decompose(out bool negative, out UInt128 magnitude);
}
