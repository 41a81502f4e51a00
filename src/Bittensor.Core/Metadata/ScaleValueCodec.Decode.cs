using System.Numerics;
using System.Text;
using Bittensor.Core.Scale;
using static Bittensor.Core.Metadata.ScaleValue;

namespace Bittensor.Core.Metadata;

/// <summary>Decoding: SCALE bytes to <see cref="ScaleValue"/> trees.</summary>
public sealed partial class ScaleValueCodec
{
    private ScaleValue DecodeType(PortableType type, ref ScaleReader reader)
    {
        // Every type level counts against the reader's nesting limit, so a recursive or deeply nested type
        // cannot exhaust the stack whatever the input.
        reader.Descend();
        ScaleValue value = type.Definition switch
        {
            CompositeDefinition c => new CompositeValue(EquatableArray.Own(DecodeFields(c.Fields, ref reader))),
            VariantDefinition v => DecodeVariant(type, v, ref reader),
            SequenceDefinition s => DecodeSequence(Resolve(s.ElementType), ref reader),
            ArrayDefinition a => DecodeArray(a, ref reader),
            TupleDefinition t => DecodeTuple(t, ref reader),
            PrimitiveDefinition p => DecodePrimitive(p.Primitive, ref reader),
            CompactDefinition c => DecodeCompact(type, Resolve(c.Type), ref reader),
            BitSequenceDefinition b => DecodeBits(type, b, ref reader),
            _ => throw ScaleReader.Error($"unknown type definition of {Describe(type)}", reader.Position),
        };
        reader.Ascend();
        return value;
    }

    private ScaleField[] DecodeFields(IReadOnlyList<Field> fields, ref ScaleReader reader)
    {
        if (fields.Count == 0)
        {
            return [];
        }

        var values = new ScaleField[fields.Count];
        for (int i = 0; i < values.Length; i++)
        {
            Field field = fields[i];
            values[i] = new ScaleField(field.Name, DecodeType(Resolve(field.Type), ref reader));
        }

        return values;
    }

    private VariantValue DecodeVariant(PortableType type, VariantDefinition definition, ref ScaleReader reader)
    {
        byte index = reader.ReadU8();
        Variant variant = VariantAt(type, definition, index) ?? throw reader.UnknownVariant(Describe(type), index);
        return new VariantValue(variant.Name, index, EquatableArray.Own(DecodeFields(variant.Fields, ref reader)));
    }

    private Variant? VariantAt(PortableType type, VariantDefinition definition, byte index)
    {
        int slot = Slot(type);
        Variant?[]? table = _variantsByIndex[slot];
        if (table is null)
        {
            table = new Variant?[256];

            // First declaration wins if a malformed registry repeats an index.
            foreach (Variant v in definition.Variants)
            {
                table[v.Index] ??= v;
            }

            _variantsByIndex[slot] = table;
        }

        return table[index];
    }

    private ScaleValue DecodeSequence(PortableType element, ref ScaleReader reader)
    {
        if (IsU8(element))
        {
            return new BytesValue(reader.ReadByteVecSpan());
        }

        int count = reader.ReadLength(MinSize(element), $"Vec<{Describe(element)}>");
        return new SequenceValue(EquatableArray.Own(DecodeItems(element, count, ref reader)));
    }

    private ScaleValue DecodeArray(ArrayDefinition definition, ref ScaleReader reader)
    {
        PortableType element = Resolve(definition.ElementType);
        int at = reader.Position;
        if (IsU8(element))
        {
            if (definition.Length > (uint)reader.Remaining)
            {
                throw ScaleReader.Error($"[u8; {definition.Length}] needs {definition.Length} bytes but {reader.Remaining} remain", at);
            }

            return new BytesValue(reader.ReadBytes((int)definition.Length, $"[u8; {definition.Length}]"));
        }

        int min = MinSize(element);
        bool fits = min == 0
            ? definition.Length <= ScaleReader.MaxZeroSizeElements
            : definition.Length <= (uint)(reader.Remaining / min);
        if (!fits)
        {
            throw ScaleReader.Error($"[{Describe(element)}; {definition.Length}] cannot fit in the {reader.Remaining} remaining bytes", at);
        }

        return new SequenceValue(EquatableArray.Own(DecodeItems(element, (int)definition.Length, ref reader)));
    }

    private ScaleValue[] DecodeItems(PortableType element, int count, ref ScaleReader reader)
    {
        if (count == 0)
        {
            return [];
        }

        // count was checked against the remaining bytes; grow anyway so a lying prefix costs nothing up front.
        var items = new List<ScaleValue>(Math.Min(count, 1024));
        for (int i = 0; i < count; i++)
        {
            items.Add(DecodeType(element, ref reader));
        }

        return [.. items];
    }

    private CompositeValue DecodeTuple(TupleDefinition definition, ref ScaleReader reader)
    {
        if (definition.Elements.Count == 0)
        {
            return Unit;
        }

        var fields = new ScaleField[definition.Elements.Count];
        for (int i = 0; i < fields.Length; i++)
        {
            fields[i] = new ScaleField(null, DecodeType(Resolve(definition.Elements[i]), ref reader));
        }

        return new CompositeValue(EquatableArray.Own(fields));
    }

    private static PrimitiveValue DecodePrimitive(PrimitiveKind kind, ref ScaleReader reader)
    {
        switch (kind)
        {
            case PrimitiveKind.Bool:
                return Bool(reader.ReadBool());
            case PrimitiveKind.Char:
                int at = reader.Position;
                uint scalar = reader.ReadU32();
                if (scalar > 0x10FFFF || !Rune.IsValid((int)scalar))
                {
                    throw ScaleReader.Error($"char 0x{scalar:x} is not a Unicode scalar value", at);
                }

                return Char(new Rune((int)scalar));
            case PrimitiveKind.Str:
                return Str(reader.ReadString());
            case PrimitiveKind.U8:
                return U8(reader.ReadU8());
            case PrimitiveKind.U16:
                return U16(reader.ReadU16());
            case PrimitiveKind.U32:
                return U32(reader.ReadU32());
            case PrimitiveKind.U64:
                return U64(reader.ReadU64());
            case PrimitiveKind.U128:
                return U128(reader.ReadU128());
            case PrimitiveKind.U256:
                return U256(new BigInteger(reader.ReadBytes(32, "u256"), isUnsigned: true, isBigEndian: false));
            case PrimitiveKind.I8:
                return I8(reader.ReadI8());
            case PrimitiveKind.I16:
                return I16(reader.ReadI16());
            case PrimitiveKind.I32:
                return I32(reader.ReadI32());
            case PrimitiveKind.I64:
                return I64(reader.ReadI64());
            case PrimitiveKind.I128:
                return I128(reader.ReadI128());
            case PrimitiveKind.I256:
                return I256(new BigInteger(reader.ReadBytes(32, "i256"), isUnsigned: false, isBigEndian: false));
            default:
                throw ScaleReader.Error($"unknown primitive {kind}", reader.Position);
        }
    }

    /// <summary>
    /// <c>Compact&lt;T&gt;</c>: T is an unsigned integer, a single-field wrapper of one (<c>Compact&lt;Perbill&gt;</c>
    /// decodes as the wrapper around the compact integer), or a zero-size type (<c>Compact&lt;()&gt;</c>, no bytes).
    /// </summary>
    private ScaleValue DecodeCompact(PortableType compact, PortableType inner, ref ScaleReader reader)
    {
        reader.Descend();
        int at = reader.Position;
        ScaleValue value = inner.Definition switch
        {
            PrimitiveDefinition { Primitive: PrimitiveKind.U8 } => U8(reader.ReadCompactU8()),
            PrimitiveDefinition { Primitive: PrimitiveKind.U16 } => U16(reader.ReadCompactU16()),
            PrimitiveDefinition { Primitive: PrimitiveKind.U32 } => U32(reader.ReadCompactU32()),
            PrimitiveDefinition { Primitive: PrimitiveKind.U64 } => U64(reader.ReadCompactU64()),
            PrimitiveDefinition { Primitive: PrimitiveKind.U128 } => U128(reader.ReadCompactU128()),
            CompositeDefinition { Fields.Count: 0 } or TupleDefinition { Elements.Count: 0 } => Unit,
            CompositeDefinition { Fields.Count: 1 } c =>
                new CompositeValue([new ScaleField(c.Fields[0].Name, DecodeCompact(compact, Resolve(c.Fields[0].Type), ref reader))]),
            TupleDefinition { Elements.Count: 1 } t => new CompositeValue([new ScaleField(null, DecodeCompact(compact, Resolve(t.Elements[0]), ref reader))]),
            _ => throw ScaleReader.Error($"{Describe(compact)} is a Compact of {Describe(inner)}, which has no compact encoding", at),
        };
        reader.Ascend();
        return value;
    }

    private BitSequenceValue DecodeBits(PortableType type, BitSequenceDefinition definition, ref ScaleReader reader)
    {
        int at = reader.Position;
        (int storeBytes, bool msb0, string? error) = BitLayout(type, definition);
        if (error is not null)
        {
            throw ScaleReader.Error(error, at);
        }

        uint bitCount = reader.ReadCompactU32();
        long wordCount = (bitCount + (8L * storeBytes) - 1) / (8L * storeBytes);
        long byteCount = wordCount * storeBytes;
        if (byteCount > reader.Remaining)
        {
            throw ScaleReader.Error($"BitVec of {bitCount} bits needs {byteCount} bytes but {reader.Remaining} remain", at);
        }

        ReadOnlySpan<byte> raw = reader.ReadBytes((int)byteCount, "BitVec");
        bool[] bits = new bool[bitCount];
        for (int i = 0; i < bits.Length; i++)
        {
            (int byteIndex, int bit) = BitPosition(i, storeBytes, msb0);
            bits[i] = ((raw[byteIndex] >> bit) & 1) != 0;
        }

        return new BitSequenceValue(EquatableArray.Own(bits));
    }

    /// <summary>The store word size in bytes and whether the order is Msb0, from a bit sequence's type parameters; or why they are unusable.</summary>
    private (int StoreBytes, bool Msb0, string? Error) BitLayout(PortableType type, BitSequenceDefinition definition)
    {
        PortableType store = Resolve(definition.StoreType);
        int storeBytes = store.Definition switch
        {
            PrimitiveDefinition { Primitive: PrimitiveKind.U8 } => 1,
            PrimitiveDefinition { Primitive: PrimitiveKind.U16 } => 2,
            PrimitiveDefinition { Primitive: PrimitiveKind.U32 } => 4,
            PrimitiveDefinition { Primitive: PrimitiveKind.U64 } => 8,
            _ => 0,
        };
        if (storeBytes == 0)
        {
            return (0, false, $"{Describe(type)} has bit store {Describe(store)}, not u8/u16/u32/u64");
        }

        string? order = Resolve(definition.OrderType).Name;
        return order switch
        {
            "Lsb0" => (storeBytes, false, null),
            "Msb0" => (storeBytes, true, null),
            _ => (0, false, $"{Describe(type)} has bit order {order ?? "(anonymous)"}, not Lsb0/Msb0"),
        };
    }

    /// <summary>
    /// Where bit <paramref name="i"/> lives in the little-endian store words: Lsb0 counts from each word's least
    /// significant bit, Msb0 from its most significant bit (bitvec's orders).
    /// </summary>
    private static (int ByteIndex, int Bit) BitPosition(int i, int storeBytes, bool msb0)
    {
        int wordBits = storeBytes * 8;
        int word = i / wordBits;
        int inWord = i % wordBits;
        if (msb0)
        {
            inWord = wordBits - 1 - inWord;
        }

        return ((word * storeBytes) + (inWord / 8), inWord % 8);
    }
}
