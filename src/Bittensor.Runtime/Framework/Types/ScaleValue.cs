using Bittensor.Core.Metadata;
using Bittensor.Core.Scale;

namespace Bittensor.Runtime.Framework.Types;

/// <summary>
/// Encodes and decodes dynamic values by their <see cref="TypeRef"/>. CLR mapping: bool; byte, ushort, uint, ulong, UInt128
/// (and Compact of them); sbyte … Int128; string; <c>byte[]</c> for <c>Vec&lt;u8&gt;</c> and <c>[u8; N]</c>; <c>object?[]</c>
/// for other sequences, arrays, tuples and composites without a codec; <see cref="VariantValue"/> for enums without a
/// codec; null for <c>()</c> and Option None. Decoding checks lengths against the remaining input before allocating.
/// </summary>
public static class ScaleValue
{
    public static void Encode(TypeRef type, object? value, ref ScaleWriter writer)
    {
        ArgumentNullException.ThrowIfNull(type);
        switch (type)
        {
            case PrimitiveType p:
                EncodePrimitive(p.Kind, value, ref writer);
                break;
            case CompactType c:
                if (c.Inner is TupleType { Items.Count: 0 })
                {
                    break;
                }

                writer.WriteCompact(ToUInt128(value, c.ToString()));
                break;
            case SequenceType s:
                if (IsU8(s.Inner))
                {
                    writer.WriteByteVec(AsBytes(value, "Vec<u8>"));
                    break;
                }

                IReadOnlyList<object?> items = AsList(value, s.ToString());
                writer.WriteLength(items.Count);
                foreach (object? item in items)
                {
                    Encode(s.Inner, item, ref writer);
                }

                break;
            case ArrayType a:
                if (IsU8(a.Inner))
                {
                    byte[] bytes = AsBytes(value, a.ToString());
                    if (bytes.Length != a.Length)
                    {
                        throw new ArgumentException($"{a} needs {a.Length} bytes, got {bytes.Length}");
                    }

                    writer.WriteBytes(bytes);
                    break;
                }

                IReadOnlyList<object?> elements = AsList(value, a.ToString());
                if (elements.Count != a.Length)
                {
                    throw new ArgumentException($"{a} needs {a.Length} items, got {elements.Count}");
                }

                foreach (object? element in elements)
                {
                    Encode(a.Inner, element, ref writer);
                }

                break;
            case TupleType t:
                if (t.Items.Count == 0)
                {
                    break;
                }

                IReadOnlyList<object?> parts = AsList(value, t.ToString());
                CheckCount(parts, t.Items.Count, t.ToString());
                for (int i = 0; i < parts.Count; i++)
                {
                    Encode(t.Items[i], parts[i], ref writer);
                }

                break;
            case CompositeType composite:
                if (composite.Codec is not null)
                {
                    composite.Codec.Encode(value, ref writer);
                    break;
                }

                IReadOnlyList<object?> fields = AsList(value, composite.ToString());
                CheckCount(fields, composite.Fields.Count, composite.ToString());
                for (int i = 0; i < fields.Count; i++)
                {
                    Encode(composite.Fields[i].Type, fields[i], ref writer);
                }

                break;
            case VariantType variant:
                if (variant.Codec is not null)
                {
                    variant.Codec.Encode(value, ref writer);
                    break;
                }

                if (value is not VariantValue v)
                {
                    throw new ArgumentException($"{variant} needs a VariantValue, got {value?.GetType().Name ?? "null"}");
                }

                VariantDef def = variant.FindVariant(v.Index) ?? throw new ArgumentException($"{variant} has no variant {v.Index}");
                CheckCount(v.Fields, def.Fields.Count, $"{variant}::{def.Name}");
                writer.WriteVariantIndex(v.Index);
                for (int i = 0; i < v.Fields.Count; i++)
                {
                    Encode(def.Fields[i].Type, v.Fields[i], ref writer);
                }

                break;
            case OuterEnumType outer:
                if (value is not IScaleEncodable encodable)
                {
                    throw new ArgumentException($"{outer} needs a value that encodes itself, got {value?.GetType().Name ?? "null"}");
                }

                encodable.EncodeTo(ref writer);
                break;
            default:
                throw new ArgumentException($"unsupported type {type}");
        }
    }

    public static object? Decode(TypeRef type, ref ScaleReader reader, IScaleValueContext? context = null)
    {
        ArgumentNullException.ThrowIfNull(type);
        switch (type)
        {
            case PrimitiveType p:
                return DecodePrimitive(p.Kind, ref reader);
            case CompactType c:
                return c.Inner switch
                {
                    TupleType { Items.Count: 0 } => null,
                    PrimitiveType { Kind: PrimitiveKind.U8 } => reader.ReadCompactU8(),
                    PrimitiveType { Kind: PrimitiveKind.U16 } => reader.ReadCompactU16(),
                    PrimitiveType { Kind: PrimitiveKind.U32 } => reader.ReadCompactU32(),
                    PrimitiveType { Kind: PrimitiveKind.U64 } => reader.ReadCompactU64(),
                    PrimitiveType { Kind: PrimitiveKind.U128 } => reader.ReadCompactU128(),
                    _ => throw new ArgumentException($"unsupported {c}"),
                };
            case SequenceType s:
                if (IsU8(s.Inner))
                {
                    return reader.ReadByteVec();
                }

                int count = reader.ReadLength(Math.Max(1, MinEncodedSize(s.Inner)), s.ToString());
                return DecodeMany(s.Inner, count, ref reader, context);
            case ArrayType a:
                return IsU8(a.Inner) ? reader.ReadBytes(a.Length, a.ToString()).ToArray() : DecodeMany(a.Inner, a.Length, ref reader, context);
            case TupleType t:
                if (t.Items.Count == 0)
                {
                    return null;
                }

                object?[] parts = new object?[t.Items.Count];
                reader.Descend();
                for (int i = 0; i < parts.Length; i++)
                {
                    parts[i] = Decode(t.Items[i], ref reader, context);
                }

                reader.Ascend();
                return parts;
            case CompositeType composite:
                if (composite.Codec is not null)
                {
                    return composite.Codec.Decode(ref reader, context);
                }

                object?[] fields = new object?[composite.Fields.Count];
                reader.Descend();
                for (int i = 0; i < fields.Length; i++)
                {
                    fields[i] = Decode(composite.Fields[i].Type, ref reader, context);
                }

                reader.Ascend();
                return fields;
            case VariantType variant:
                if (variant.Codec is not null)
                {
                    return variant.Codec.Decode(ref reader, context);
                }

                byte index = reader.ReadU8();
                VariantDef def = variant.FindVariant(index) ?? throw reader.UnknownVariant(variant.ToString(), index);
                object?[] values = new object?[def.Fields.Count];
                reader.Descend();
                for (int i = 0; i < values.Length; i++)
                {
                    values[i] = Decode(def.Fields[i].Type, ref reader, context);
                }

                reader.Ascend();
                return new VariantValue(index, values);
            case OuterEnumType outer:
                if (context is null)
                {
                    throw new InvalidOperationException($"decoding a {outer} needs the runtime's decoding context");
                }

                reader.Descend();
                object decoded = context.DecodeOuter(outer.Kind, ref reader);
                reader.Ascend();
                return decoded;
            default:
                throw new ArgumentException($"unsupported type {type}");
        }
    }

    /// <summary>The encoding of one value.</summary>
    public static byte[] EncodeToArray(TypeRef type, object? value)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(64);
        var writer = new ScaleWriter(buffer);
        Encode(type, value, ref writer);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>A lower bound on the encoded size, used to bound sequence lengths before allocating.</summary>
    public static int MinEncodedSize(TypeRef type) => type switch
    {
        PrimitiveType p => p.Kind switch
        {
            PrimitiveKind.Bool or PrimitiveKind.U8 or PrimitiveKind.I8 or PrimitiveKind.Str => 1,
            PrimitiveKind.U16 or PrimitiveKind.I16 => 2,
            PrimitiveKind.U32 or PrimitiveKind.I32 or PrimitiveKind.Char => 4,
            PrimitiveKind.U64 or PrimitiveKind.I64 => 8,
            PrimitiveKind.U128 or PrimitiveKind.I128 => 16,
            _ => 32,
        },
        CompactType c => c.Inner is TupleType { Items.Count: 0 } ? 0 : 1,
        SequenceType => 1,
        ArrayType a => a.Length * MinEncodedSize(a.Inner),
        TupleType t => t.Items.Sum(MinEncodedSize),
        CompositeType c => c.Fields.Sum(f => MinEncodedSize(f.Type)),
        _ => 1,
    };

    private static object?[] DecodeMany(TypeRef inner, int count, ref ScaleReader reader, IScaleValueContext? context)
    {
        object?[] items = new object?[count];
        reader.Descend();
        for (int i = 0; i < count; i++)
        {
            items[i] = Decode(inner, ref reader, context);
        }

        reader.Ascend();
        return items;
    }

    private static bool IsU8(TypeRef type) => type is PrimitiveType { Kind: PrimitiveKind.U8 };

    private static void CheckCount(IReadOnlyList<object?> values, int expected, string what)
    {
        if (values.Count != expected)
        {
            throw new ArgumentException($"{what} needs {expected} values, got {values.Count}");
        }
    }

    private static byte[] AsBytes(object? value, string what) => value switch
    {
        byte[] bytes => bytes,
        ReadOnlyMemory<byte> memory => memory.ToArray(),
        _ => throw new ArgumentException($"{what} needs byte[], got {value?.GetType().Name ?? "null"}"),
    };

    private static IReadOnlyList<object?> AsList(object? value, string what) => value switch
    {
        IReadOnlyList<object?> list => list,
        System.Collections.IEnumerable enumerable and not string => enumerable.Cast<object?>().ToArray(),
        _ => throw new ArgumentException($"{what} needs a list of values, got {value?.GetType().Name ?? "null"}"),
    };

    private static UInt128 ToUInt128(object? value, string what) => value switch
    {
        byte b => b,
        ushort s => s,
        uint u => u,
        ulong l => l,
        UInt128 x => x,
        int i when i >= 0 => (uint)i,
        long l when l >= 0 => (ulong)l,
        _ => throw new ArgumentException($"{what} needs an unsigned integer, got {value?.GetType().Name ?? "null"}"),
    };

    private static void EncodePrimitive(PrimitiveKind kind, object? value, ref ScaleWriter writer)
    {
        switch (kind)
        {
            case PrimitiveKind.Bool:
                writer.WriteBool(value is bool b ? b : throw new ArgumentException("bool needs a bool"));
                break;
            case PrimitiveKind.Str:
                writer.WriteString(value as string ?? throw new ArgumentException("str needs a string"));
                break;
            case PrimitiveKind.U8:
                writer.WriteU8(checked((byte)ToUInt128(value, "u8")));
                break;
            case PrimitiveKind.U16:
                writer.WriteU16(checked((ushort)ToUInt128(value, "u16")));
                break;
            case PrimitiveKind.U32:
                writer.WriteU32(checked((uint)ToUInt128(value, "u32")));
                break;
            case PrimitiveKind.U64:
                writer.WriteU64(checked((ulong)ToUInt128(value, "u64")));
                break;
            case PrimitiveKind.U128:
                writer.WriteU128(ToUInt128(value, "u128"));
                break;
            case PrimitiveKind.I8:
                writer.WriteI8(value is sbyte i8 ? i8 : throw new ArgumentException("i8 needs an sbyte"));
                break;
            case PrimitiveKind.I16:
                writer.WriteI16(value is short i16 ? i16 : throw new ArgumentException("i16 needs a short"));
                break;
            case PrimitiveKind.I32:
                writer.WriteI32(value is int i32 ? i32 : throw new ArgumentException("i32 needs an int"));
                break;
            case PrimitiveKind.I64:
                writer.WriteI64(value is long i64 ? i64 : throw new ArgumentException("i64 needs a long"));
                break;
            case PrimitiveKind.I128:
                writer.WriteI128(value is Int128 i128 ? i128 : throw new ArgumentException("i128 needs an Int128"));
                break;
            case PrimitiveKind.U256 or PrimitiveKind.I256:
                byte[] wide = AsBytes(value, "u256");
                if (wide.Length != 32)
                {
                    throw new ArgumentException("u256/i256 need 32 little-endian bytes");
                }

                writer.WriteBytes(wide);
                break;
            default:
                throw new ArgumentException($"unsupported primitive {kind}");
        }
    }

    private static object DecodePrimitive(PrimitiveKind kind, ref ScaleReader reader) => kind switch
    {
        PrimitiveKind.Bool => reader.ReadBool(),
        PrimitiveKind.Str => reader.ReadString(),
        PrimitiveKind.U8 => reader.ReadU8(),
        PrimitiveKind.U16 => reader.ReadU16(),
        PrimitiveKind.U32 => reader.ReadU32(),
        PrimitiveKind.U64 => reader.ReadU64(),
        PrimitiveKind.U128 => reader.ReadU128(),
        PrimitiveKind.I8 => reader.ReadI8(),
        PrimitiveKind.I16 => reader.ReadI16(),
        PrimitiveKind.I32 => reader.ReadI32(),
        PrimitiveKind.I64 => reader.ReadI64(),
        PrimitiveKind.I128 => reader.ReadI128(),
        PrimitiveKind.U256 or PrimitiveKind.I256 => reader.ReadBytes(32, kind.ToString()).ToArray(),
        _ => throw new ArgumentException($"unsupported primitive {kind}"),
    };
}
