using System.Numerics;
using Bittensor.Core.Scale;

namespace Bittensor.Core.Metadata;

/// <summary>
/// Encoding: <see cref="ScaleValue"/> trees to SCALE bytes. Named fields match by name (any order), positional
/// fields by position; variants are chosen by name. A single-field composite or tuple may be given its field's
/// value directly (an AccountId32 as <see cref="BytesValue"/>, a <c>Compact&lt;Perbill&gt;</c> as a number), and
/// integers encode into any integer type they fit.
/// </summary>
public sealed partial class ScaleValueCodec
{
    private const int MaxEncodeDepth = ScaleReader.DefaultMaxDepth;

    private void EncodeType(PortableType type, ScaleValue value, ref ScaleWriter writer, int depth)
    {
        if (depth > MaxEncodeDepth)
        {
            throw new ValueEncodeException("", $"nesting deeper than {MaxEncodeDepth} levels while encoding {Describe(type)}");
        }

        switch (type.Definition)
        {
            case CompositeDefinition c:
                EncodeComposite(type, c.Fields, value, ref writer, depth);
                break;
            case VariantDefinition v:
                EncodeVariant(type, v, value, ref writer, depth);
                break;
            case SequenceDefinition s:
                EncodeSequence(type, Resolve(s.ElementType), null, value, ref writer, depth);
                break;
            case ArrayDefinition a:
                EncodeSequence(type, Resolve(a.ElementType), a.Length, value, ref writer, depth);
                break;
            case TupleDefinition t:
                EncodeTuple(type, t, value, ref writer, depth);
                break;
            case PrimitiveDefinition p:
                EncodePrimitive(type, p.Primitive, value, ref writer);
                break;
            case CompactDefinition c:
                EncodeCompact(type, Resolve(c.Type), value, ref writer, depth);
                break;
            case BitSequenceDefinition b:
                EncodeBits(type, b, value, ref writer);
                break;
            default:
                throw new ValueEncodeException("", $"unknown type definition of {Describe(type)}");
        }
    }

    private void EncodeChild(PortableType type, ScaleValue value, string segment, ref ScaleWriter writer, int depth)
    {
        try
        {
            EncodeType(type, value, ref writer, depth + 1);
        }
        catch (ValueEncodeException e)
        {
            throw e.Under(segment);
        }
    }

    private void EncodeComposite(PortableType type, IReadOnlyList<Field> fields, ScaleValue value, ref ScaleWriter writer, int depth)
    {
        if (value is CompositeValue composite && FieldsMatch(fields, composite.Fields))
        {
            EncodeFields(fields, composite.Fields, ref writer, depth);
            return;
        }

        if (fields.Count == 1)
        {
            // A newtype (AccountId32([u8; 32]), Perbill(u32) …) given its inner value.
            EncodeType(Resolve(fields[0].Type), value, ref writer, depth + 1);
            return;
        }

        throw new ValueEncodeException("", value is CompositeValue c
            ? $"{Describe(type)} has fields ({FieldNames(fields)}) but the value has ({ValueFieldNames(c.Fields)})"
            : $"{Describe(type)} is a composite of {fields.Count} fields, not a {value.Kind} value");
    }

    private void EncodeVariant(PortableType type, VariantDefinition definition, ScaleValue value, ref ScaleWriter writer, int depth)
    {
        if (value is not VariantValue chosen)
        {
            throw new ValueEncodeException("", $"{Describe(type)} is an enum; the value is {value.Kind}, not a variant");
        }

        Variant variant = definition.FindByName(chosen.Name)
            ?? throw new ValueEncodeException("", $"{Describe(type)} has no variant {chosen.Name} (it has {string.Join(", ", definition.Variants.Select(v => v.Name))})");
        writer.WriteVariantIndex(variant.Index);
        try
        {
            if (FieldsMatch(variant.Fields, chosen.Fields))
            {
                EncodeFields(variant.Fields, chosen.Fields, ref writer, depth);
            }
            else if (variant.Fields.Count == 1)
            {
                // Some((a, b)) given as Some(a, b), or a call variant's struct given field by field.
                EncodeType(Resolve(variant.Fields[0].Type), new CompositeValue(chosen.Fields), ref writer, depth + 1);
            }
            else
            {
                throw new ValueEncodeException("", $"variant {variant.Name} has fields ({FieldNames(variant.Fields)}) but the value has ({ValueFieldNames(chosen.Fields)})");
            }
        }
        catch (ValueEncodeException e)
        {
            throw e.Under("." + variant.Name);
        }
    }

    /// <summary>True when the value's fields can be paired with the type's: by name when both are named, else by position.</summary>
    private static bool FieldsMatch(IReadOnlyList<Field> fields, IReadOnlyList<ScaleField> values)
    {
        if (fields.Count != values.Count)
        {
            return false;
        }

        if (!AllNamed(fields) || !values.All(v => v.Name is not null))
        {
            return true;
        }

        foreach (Field f in fields)
        {
            if (!values.Any(v => v.Name == f.Name))
            {
                return false;
            }
        }

        return true;
    }

    private void EncodeFields(IReadOnlyList<Field> fields, IReadOnlyList<ScaleField> values, ref ScaleWriter writer, int depth)
    {
        bool byName = AllNamed(fields) && values.All(v => v.Name is not null);
        for (int i = 0; i < fields.Count; i++)
        {
            Field field = fields[i];
            ScaleValue item = byName ? values.First(v => v.Name == field.Name).Value : values[i].Value;
            // The only positional field of a newtype variant (Some(x), Id(account), Balances(call)) adds no segment.
            string segment = field.Name is not null ? "." + field.Name : fields.Count == 1 ? "" : $"[{i}]";
            EncodeChild(Resolve(field.Type), item, segment, ref writer, depth);
        }
    }

    private static bool AllNamed(IReadOnlyList<Field> fields) => fields.Count > 0 && fields.All(f => f.Name is not null);

    private static string FieldNames(IReadOnlyList<Field> fields) =>
        string.Join(", ", fields.Select((f, i) => f.Name ?? $"#{i}"));

    private static string ValueFieldNames(IReadOnlyList<ScaleField> fields) =>
        string.Join(", ", fields.Select((f, i) => f.Name ?? $"#{i}"));

    private void EncodeSequence(PortableType type, PortableType element, uint? fixedLength, ScaleValue value, ref ScaleWriter writer, int depth)
    {
        if (value is BytesValue bytes)
        {
            if (!IsU8(element))
            {
                throw new ValueEncodeException("", $"{Describe(type)} holds {Describe(element)}, not bytes");
            }

            CheckLength(type, fixedLength, bytes.Length);
            if (fixedLength is null)
            {
                writer.WriteByteVec(bytes.Data.Span);
            }
            else
            {
                writer.WriteBytes(bytes.Data.Span);
            }

            return;
        }

        IReadOnlyList<ScaleValue> items = value switch
        {
            SequenceValue s => s.Items,
            CompositeValue c when c.Fields.All(f => f.Name is null) => [.. c.Fields.Select(f => f.Value)],
            _ => throw new ValueEncodeException("", $"{Describe(type)} is a sequence; the value is {value.Kind}"),
        };
        CheckLength(type, fixedLength, items.Count);
        if (fixedLength is null)
        {
            writer.WriteLength(items.Count);
        }

        for (int i = 0; i < items.Count; i++)
        {
            EncodeChild(element, items[i], $"[{i}]", ref writer, depth);
        }
    }

    private static void CheckLength(PortableType type, uint? fixedLength, int count)
    {
        if (fixedLength is uint length && (uint)count != length)
        {
            throw new ValueEncodeException("", $"{Describe(type)} holds exactly {length} items; the value has {count}");
        }
    }

    private void EncodeTuple(PortableType type, TupleDefinition definition, ScaleValue value, ref ScaleWriter writer, int depth)
    {
        IReadOnlyList<ScaleValue>? items = value switch
        {
            CompositeValue c when c.Fields.Count == definition.Elements.Count => [.. c.Fields.Select(f => f.Value)],
            SequenceValue s when s.Items.Count == definition.Elements.Count => s.Items,
            _ => null,
        };
        if (items is null)
        {
            if (definition.Elements.Count == 1)
            {
                EncodeType(Resolve(definition.Elements[0]), value, ref writer, depth + 1);
                return;
            }

            throw new ValueEncodeException("", $"{Describe(type)} is a tuple of {definition.Elements.Count}; the value is {Summarize(value)}");
        }

        for (int i = 0; i < items.Count; i++)
        {
            EncodeChild(Resolve(definition.Elements[i]), items[i], $"[{i}]", ref writer, depth);
        }
    }

    private static string Summarize(ScaleValue value) => value switch
    {
        CompositeValue c => $"a composite of {c.Fields.Count}",
        SequenceValue s => $"a sequence of {s.Items.Count}",
        _ => $"a {value.Kind} value",
    };

    private static void EncodePrimitive(PortableType type, PrimitiveKind kind, ScaleValue value, ref ScaleWriter writer)
    {
        if (value is not PrimitiveValue p)
        {
            throw new ValueEncodeException("", $"{Describe(type)} is a primitive; the value is {value.Kind}");
        }

        switch (kind)
        {
            case PrimitiveKind.Bool:
                writer.WriteBool(p.Primitive == PrimitiveKind.Bool ? p.ToBoolean() : throw Mismatch(type, p));
                return;
            case PrimitiveKind.Char:
                System.Text.Rune rune = p.Primitive switch
                {
                    PrimitiveKind.Char => p.ToRune(),
                    PrimitiveKind.Str when p.ToText().EnumerateRunes().Count() == 1 => p.ToText().EnumerateRunes().First(),
                    _ => throw Mismatch(type, p),
                };
                writer.WriteU32((uint)rune.Value);
                return;
            case PrimitiveKind.Str:
                writer.WriteString(p.Primitive == PrimitiveKind.Str ? p.ToText() : throw Mismatch(type, p));
                return;
            default:
                break;
        }

        if (!p.IsInteger)
        {
            throw Mismatch(type, p);
        }

        switch (kind)
        {
            case PrimitiveKind.U8:
                writer.WriteU8((byte)Unsigned(type, kind, p));
                return;
            case PrimitiveKind.U16:
                writer.WriteU16((ushort)Unsigned(type, kind, p));
                return;
            case PrimitiveKind.U32:
                writer.WriteU32((uint)Unsigned(type, kind, p));
                return;
            case PrimitiveKind.U64:
                writer.WriteU64((ulong)Unsigned(type, kind, p));
                return;
            case PrimitiveKind.U128:
                writer.WriteU128(Unsigned(type, kind, p));
                return;
            case PrimitiveKind.I8:
                writer.WriteI8((sbyte)Signed(type, kind, p));
                return;
            case PrimitiveKind.I16:
                writer.WriteI16((short)Signed(type, kind, p));
                return;
            case PrimitiveKind.I32:
                writer.WriteI32((int)Signed(type, kind, p));
                return;
            case PrimitiveKind.I64:
                writer.WriteI64((long)Signed(type, kind, p));
                return;
            case PrimitiveKind.I128:
                writer.WriteI128(Signed(type, kind, p));
                return;
            case PrimitiveKind.U256 or PrimitiveKind.I256:
                BigInteger big = p.ToBigInteger();
                if (!PrimitiveValue.FitsBig(kind, big))
                {
                    throw OutOfRange(type, p);
                }

                byte[] word = new byte[32];
                word.AsSpan().Fill(big.Sign < 0 ? (byte)0xff : (byte)0);
                big.TryWriteBytes(word, out _, isUnsigned: kind == PrimitiveKind.U256, isBigEndian: false);
                writer.WriteBytes(word);
                return;
            default:
                throw Mismatch(type, p);
        }
    }

    private static UInt128 Unsigned(PortableType type, PrimitiveKind kind, PrimitiveValue p)
    {
        (BigInteger _, BigInteger max) = PrimitiveValue.Range(kind);
        return p.TryGetUInt128(out UInt128 v) && v <= (UInt128)max ? v : throw OutOfRange(type, p);
    }

    private static Int128 Signed(PortableType type, PrimitiveKind kind, PrimitiveValue p)
    {
        (BigInteger min, BigInteger max) = PrimitiveValue.Range(kind);
        return p.TryGetInt128(out Int128 v) && v >= (Int128)min && v <= (Int128)max ? v : throw OutOfRange(type, p);
    }

    private static ValueEncodeException Mismatch(PortableType type, PrimitiveValue p) =>
        new("", $"{Describe(type)} cannot hold the {p.Primitive.ToString().ToLowerInvariant()} value {p}");

    private static ValueEncodeException OutOfRange(PortableType type, PrimitiveValue p) =>
        new("", $"{p} is out of range for {Describe(type)}");

    private void EncodeCompact(PortableType compact, PortableType inner, ScaleValue value, ref ScaleWriter writer, int depth)
    {
        if (depth > MaxEncodeDepth)
        {
            throw new ValueEncodeException("", $"nesting deeper than {MaxEncodeDepth} levels while encoding {Describe(compact)}");
        }

        switch (inner.Definition)
        {
            case PrimitiveDefinition { Primitive: >= PrimitiveKind.U8 and <= PrimitiveKind.U128 } p:
                if (value is not PrimitiveValue { IsInteger: true } number)
                {
                    throw new ValueEncodeException("", $"{Describe(compact)} needs an unsigned integer; the value is {Summarize(value)}");
                }

                writer.WriteCompact(Unsigned(compact, p.Primitive, number));
                return;
            case CompositeDefinition { Fields.Count: 0 } or TupleDefinition { Elements.Count: 0 }:
                return;
            case CompositeDefinition { Fields.Count: 1 } c:
                EncodeCompact(compact, Resolve(c.Fields[0].Type), Unwrap(value), ref writer, depth + 1);
                return;
            case TupleDefinition { Elements.Count: 1 } t:
                EncodeCompact(compact, Resolve(t.Elements[0]), Unwrap(value), ref writer, depth + 1);
                return;
            default:
                throw new ValueEncodeException("", $"{Describe(compact)} is a Compact of {Describe(inner)}, which has no compact encoding");
        }

        static ScaleValue Unwrap(ScaleValue v) => v is CompositeValue { Fields.Count: 1 } c ? c.Fields[0].Value : v;
    }

    private void EncodeBits(PortableType type, BitSequenceDefinition definition, ScaleValue value, ref ScaleWriter writer)
    {
        IReadOnlyList<bool> bits = value switch
        {
            BitSequenceValue b => b.Bits,
            SequenceValue s when s.Items.All(i => i is PrimitiveValue { Primitive: PrimitiveKind.Bool }) => [.. s.Items.Select(i => i.ToBoolean())],
            _ => throw new ValueEncodeException("", $"{Describe(type)} is a bit sequence; the value is {value.Kind}"),
        };
        (int storeBytes, bool msb0, string? error) = BitLayout(type, definition);
        if (error is not null)
        {
            throw new ValueEncodeException("", error);
        }

        long wordCount = (bits.Count + (8L * storeBytes) - 1) / (8L * storeBytes);
        byte[] raw = new byte[wordCount * storeBytes];
        for (int i = 0; i < bits.Count; i++)
        {
            if (bits[i])
            {
                (int byteIndex, int bit) = BitPosition(i, storeBytes, msb0);
                raw[byteIndex] |= (byte)(1 << bit);
            }
        }

        writer.WriteCompact((ulong)bits.Count);
        writer.WriteBytes(raw);
    }
}
