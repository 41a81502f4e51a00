using System.Globalization;
using System.Numerics;
using System.Text;

namespace Bittensor.Core.Metadata;

/// <summary>
/// A bool, char, str or integer, tagged with the <see cref="PrimitiveKind"/> it was decoded as or built for.
/// Integers up to 128 bits are held without allocation; u256/i256 as <see cref="BigInteger"/>. When encoding,
/// an integer may target any integer type it fits (a <c>U64(5)</c> encodes as a u16 or a <c>Compact&lt;u128&gt;</c>).
/// </summary>
public sealed record PrimitiveValue : ScaleValue
{
    // bool: 0/1; char: the scalar value; u8..u128: the value; i8..i128: the two's-complement bits of the Int128.
    private readonly UInt128 _bits;

    // str: the string; u256/i256: a boxed BigInteger.
    private readonly object? _reference;

    private PrimitiveValue(PrimitiveKind primitive, UInt128 bits, object? reference)
    {
        Primitive = primitive;
        _bits = bits;
        _reference = reference;
    }

    public override ScaleValueKind Kind => ScaleValueKind.Primitive;

    public PrimitiveKind Primitive { get; }

    /// <summary>True for u8..u256 and i8..i256.</summary>
    public bool IsInteger => Primitive is not (PrimitiveKind.Bool or PrimitiveKind.Char or PrimitiveKind.Str);

    /// <summary>True for i8..i256.</summary>
    public bool IsSigned => Primitive is >= PrimitiveKind.I8 and <= PrimitiveKind.I256;

    internal static PrimitiveValue FromBool(bool value) => new(PrimitiveKind.Bool, value ? UInt128.One : UInt128.Zero, null);

    internal static PrimitiveValue FromChar(Rune value) => new(PrimitiveKind.Char, (uint)value.Value, null);

    internal static PrimitiveValue FromString(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new(PrimitiveKind.Str, UInt128.Zero, value);
    }

    internal static PrimitiveValue FromUnsigned(PrimitiveKind kind, UInt128 value) => new(kind, value, null);

    internal static PrimitiveValue FromSigned(PrimitiveKind kind, Int128 value) => new(kind, (UInt128)value, null);

    internal static PrimitiveValue FromBig(PrimitiveKind kind, BigInteger value)
    {
        if (!FitsBig(kind, value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, $"out of range for {kind}");
        }

        return new(kind, UInt128.Zero, value);
    }

    /// <summary>True when <paramref name="value"/> fits the integer kind <paramref name="kind"/>.</summary>
    internal static bool FitsBig(PrimitiveKind kind, BigInteger value)
    {
        (BigInteger min, BigInteger max) = Range(kind);
        return value >= min && value <= max;
    }

    internal static (BigInteger Min, BigInteger Max) Range(PrimitiveKind kind) => kind switch
    {
        PrimitiveKind.U8 => (0, byte.MaxValue),
        PrimitiveKind.U16 => (0, ushort.MaxValue),
        PrimitiveKind.U32 => (0, uint.MaxValue),
        PrimitiveKind.U64 => (0, ulong.MaxValue),
        PrimitiveKind.U128 => (0, UInt128.MaxValue),
        PrimitiveKind.U256 => (0, (BigInteger.One << 256) - 1),
        PrimitiveKind.I8 => (sbyte.MinValue, sbyte.MaxValue),
        PrimitiveKind.I16 => (short.MinValue, short.MaxValue),
        PrimitiveKind.I32 => (int.MinValue, int.MaxValue),
        PrimitiveKind.I64 => (long.MinValue, long.MaxValue),
        PrimitiveKind.I128 => (Int128.MinValue, Int128.MaxValue),
        PrimitiveKind.I256 => (-(BigInteger.One << 255), (BigInteger.One << 255) - 1),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "not an integer kind"),
    };

    /// <summary>The integer value, whatever its kind; throws for bool, char and str.</summary>
    internal BigInteger IntegerValue() => Primitive switch
    {
        PrimitiveKind.U256 or PrimitiveKind.I256 => (BigInteger)_reference!,
        >= PrimitiveKind.I8 and <= PrimitiveKind.I128 => (Int128)_bits,
        >= PrimitiveKind.U8 and <= PrimitiveKind.U128 => _bits,
        _ => throw new InvalidOperationException($"a {Primitive} value is not an integer"),
    };

    /// <summary>The value as an unsigned 128-bit integer if it is a non-negative integer that fits.</summary>
    public bool TryGetUInt128(out UInt128 value)
    {
        switch (Primitive)
        {
            case >= PrimitiveKind.U8 and <= PrimitiveKind.U128:
                value = _bits;
                return true;
            case >= PrimitiveKind.I8 and <= PrimitiveKind.I128:
                Int128 signed = (Int128)_bits;
                value = signed < 0 ? UInt128.Zero : (UInt128)signed;
                return signed >= 0;
            case PrimitiveKind.U256 or PrimitiveKind.I256:
                var big = (BigInteger)_reference!;
                bool fits = big.Sign >= 0 && big <= UInt128.MaxValue;
                value = fits ? (UInt128)big : UInt128.Zero;
                return fits;
            default:
                value = UInt128.Zero;
                return false;
        }
    }

    /// <summary>The value as a signed 128-bit integer if it is an integer that fits.</summary>
    public bool TryGetInt128(out Int128 value)
    {
        switch (Primitive)
        {
            case >= PrimitiveKind.U8 and <= PrimitiveKind.U128:
                bool small = _bits <= (UInt128)Int128.MaxValue;
                value = small ? (Int128)_bits : Int128.Zero;
                return small;
            case >= PrimitiveKind.I8 and <= PrimitiveKind.I128:
                value = (Int128)_bits;
                return true;
            case PrimitiveKind.U256 or PrimitiveKind.I256:
                var big = (BigInteger)_reference!;
                bool fits = big >= Int128.MinValue && big <= Int128.MaxValue;
                value = fits ? (Int128)big : Int128.Zero;
                return fits;
            default:
                value = Int128.Zero;
                return false;
        }
    }

    internal bool ToBooleanValue() =>
        Primitive == PrimitiveKind.Bool ? _bits != UInt128.Zero : throw new InvalidOperationException($"a {Primitive} value is not a bool");

    internal string ToTextValue() => Primitive switch
    {
        PrimitiveKind.Str => (string)_reference!,
        PrimitiveKind.Char => new Rune((int)(uint)_bits).ToString(),
        _ => throw new InvalidOperationException($"a {Primitive} value is not text"),
    };

    /// <summary>The char of a char value.</summary>
    public Rune ToRune() =>
        Primitive == PrimitiveKind.Char ? new Rune((int)(uint)_bits) : throw new InvalidOperationException($"a {Primitive} value is not a char");

    /// <summary>The integer in decimal, <c>true</c>/<c>false</c>, or the text.</summary>
    public string ToDisplayString() => Primitive switch
    {
        PrimitiveKind.Bool => _bits != UInt128.Zero ? "true" : "false",
        PrimitiveKind.Char or PrimitiveKind.Str => ToTextValue(),
        _ => IntegerValue().ToString(CultureInfo.InvariantCulture),
    };
}
