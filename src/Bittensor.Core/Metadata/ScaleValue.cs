using System.Numerics;
using System.Text;

namespace Bittensor.Core.Metadata;

/// <summary>
/// A SCALE value decoded without a hand-written type, shaped by the metadata type registry (what
/// <see cref="ScaleValueCodec"/> produces and consumes): <see cref="CompositeValue"/> (structs, tuples),
/// <see cref="VariantValue"/> (enums, including Option and Result), <see cref="SequenceValue"/>,
/// <see cref="BytesValue"/> (<c>Vec&lt;u8&gt;</c>, <c>[u8; N]</c>), <see cref="PrimitiveValue"/> and
/// <see cref="BitSequenceValue"/>. Values compare by content; <see cref="ToString"/> is compact JSON.
/// </summary>
public abstract record ScaleValue
{
    private protected ScaleValue()
    {
    }

    public abstract ScaleValueKind Kind { get; }

    /// <summary>The field named <paramref name="name"/> of a composite or variant; throws <see cref="KeyNotFoundException"/> otherwise.</summary>
    public ScaleValue this[string name] =>
        TryGetField(name, out ScaleValue? value) ? value : throw new KeyNotFoundException($"{Kind} value has no field named {name}");

    /// <summary>The <paramref name="index"/>-th field of a composite or variant, or item of a sequence.</summary>
    public virtual ScaleValue this[int index] => throw new InvalidOperationException($"a {Kind} value has no positional items");

    /// <summary>The field named <paramref name="name"/> of a composite or variant.</summary>
    public virtual bool TryGetField(string name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ScaleValue? value)
    {
        value = null;
        return false;
    }

    // The conversions below look through single-field wrappers, so a decoded NetUid or Cow<str> converts directly.

    /// <summary>The value as an unsigned integer; throws if it is not a non-negative integer that fits.</summary>
    public UInt128 ToUInt128() =>
        AsInteger().TryGetUInt128(out UInt128 v) ? v : throw new OverflowException($"{this} is not a non-negative integer within u128");

    /// <inheritdoc cref="ToUInt128"/>
    public ulong ToUInt64()
    {
        UInt128 v = ToUInt128();
        return v <= ulong.MaxValue ? (ulong)v : throw new OverflowException($"{this} does not fit u64");
    }

    /// <inheritdoc cref="ToUInt128"/>
    public uint ToUInt32()
    {
        UInt128 v = ToUInt128();
        return v <= uint.MaxValue ? (uint)v : throw new OverflowException($"{this} does not fit u32");
    }

    /// <summary>The value as a signed integer; throws if it is not an integer that fits.</summary>
    public Int128 ToInt128() =>
        AsInteger().TryGetInt128(out Int128 v) ? v : throw new OverflowException($"{this} is not an integer within i128");

    /// <summary>Any integer value.</summary>
    public BigInteger ToBigInteger() => AsPrimitive().IntegerValue();

    public bool ToBoolean() => AsPrimitive().ToBooleanValue();

    /// <summary>The text of a str (or char) value.</summary>
    public string ToText() => AsPrimitive().ToTextValue();

    /// <summary>The bytes of a <see cref="BytesValue"/> (also inside a single-field wrapper such as AccountId32), or of a sequence or composite whose items are all u8.</summary>
    public virtual byte[] ToBytes() => throw new InvalidOperationException($"a {Kind} value is not a byte string");

    /// <summary>JSON in the shape polkadot.js prints (<c>{"Name": …}</c> for variants, hex for bytes, numbers unquoted).</summary>
    public string ToJson(bool indented = false) => ScaleValueJson.Format(this, indented);

    public sealed override string ToString() => ToJson();

    // ---- factories ----
    public static PrimitiveValue Bool(bool value) => PrimitiveValue.FromBool(value);

    public static PrimitiveValue Char(Rune value) => PrimitiveValue.FromChar(value);

    public static PrimitiveValue Str(string value) => PrimitiveValue.FromString(value);

    public static PrimitiveValue U8(byte value) => PrimitiveValue.FromUnsigned(PrimitiveKind.U8, value);

    public static PrimitiveValue U16(ushort value) => PrimitiveValue.FromUnsigned(PrimitiveKind.U16, value);

    public static PrimitiveValue U32(uint value) => PrimitiveValue.FromUnsigned(PrimitiveKind.U32, value);

    public static PrimitiveValue U64(ulong value) => PrimitiveValue.FromUnsigned(PrimitiveKind.U64, value);

    public static PrimitiveValue U128(UInt128 value) => PrimitiveValue.FromUnsigned(PrimitiveKind.U128, value);

    public static PrimitiveValue U256(BigInteger value) => PrimitiveValue.FromBig(PrimitiveKind.U256, value);

    public static PrimitiveValue I8(sbyte value) => PrimitiveValue.FromSigned(PrimitiveKind.I8, value);

    public static PrimitiveValue I16(short value) => PrimitiveValue.FromSigned(PrimitiveKind.I16, value);

    public static PrimitiveValue I32(int value) => PrimitiveValue.FromSigned(PrimitiveKind.I32, value);

    public static PrimitiveValue I64(long value) => PrimitiveValue.FromSigned(PrimitiveKind.I64, value);

    public static PrimitiveValue I128(Int128 value) => PrimitiveValue.FromSigned(PrimitiveKind.I128, value);

    public static PrimitiveValue I256(BigInteger value) => PrimitiveValue.FromBig(PrimitiveKind.I256, value);

    public static BytesValue Bytes(ReadOnlySpan<byte> value) => new(value);

    /// <summary>A composite of named (<c>("dest", v)</c>) or positional (plain values) fields.</summary>
    public static CompositeValue Composite(params IEnumerable<ScaleField> fields) => new(fields);

    /// <summary>A tuple or tuple struct.</summary>
    public static CompositeValue Tuple(params IEnumerable<ScaleValue> items) => new(items.Select(v => new ScaleField(null, v)));

    /// <summary>The unit value <c>()</c>.</summary>
    public static CompositeValue Unit { get; } = new([]);

    public static SequenceValue Sequence(params IEnumerable<ScaleValue> items) => new(items);

    /// <summary>An enum variant chosen by name (the encoder finds its index in the metadata).</summary>
    public static VariantValue Variant(string name, params IEnumerable<ScaleField> fields) => new(name, fields);

    public static BitSequenceValue BitSequence(params IEnumerable<bool> bits) => new(bits);

    /// <summary><c>Option::None</c>.</summary>
    public static VariantValue None { get; } = new("None", 0, []);

    /// <summary><c>Option::Some(value)</c>.</summary>
    public static VariantValue Some(ScaleValue value) => new("Some", 1, [new ScaleField(null, value)]);

    /// <summary><c>Result::Ok(value)</c>.</summary>
    public static VariantValue Ok(ScaleValue value) => new("Ok", 0, [new ScaleField(null, value)]);

    /// <summary><c>Result::Err(value)</c>.</summary>
    public static VariantValue Err(ScaleValue value) => new("Err", 1, [new ScaleField(null, value)]);

    private PrimitiveValue AsInteger()
    {
        PrimitiveValue p = AsPrimitive();
        return p.IsInteger ? p : throw new InvalidOperationException($"a {p.Primitive} value is not an integer");
    }

    /// <summary>The primitive inside any number of single-field wrappers (<c>NetUid(u16)</c>, <c>Cow&lt;str&gt;</c>, <c>Perbill(u32)</c>).</summary>
    private PrimitiveValue AsPrimitive()
    {
        ScaleValue value = this;
        while (value is CompositeValue { Fields.Count: 1 } wrapper)
        {
            value = wrapper.Fields[0].Value;
        }

        return value as PrimitiveValue ?? throw new InvalidOperationException($"a {value.Kind} value is not a primitive");
    }
}
