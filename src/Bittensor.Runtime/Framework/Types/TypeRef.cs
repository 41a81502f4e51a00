using Bittensor.Core.Metadata;
namespace Bittensor.Runtime.Framework.Types;

/// <summary>
/// A SCALE type as scale-info describes it (the model metadata V14/V15 is built from): primitives, compact, sequences,
/// arrays, tuples, named composites and variants, plus placeholders for the runtime's outer enums. Call parameters,
/// event fields, storage keys/values and constants all carry a <see cref="TypeRef"/>, and <see cref="ScaleValue"/>
/// encodes and decodes values from the same description, so what metadata says is what the runtime does.
/// </summary>
public abstract class TypeRef
{
    private protected TypeRef()
    {
    }

    public static PrimitiveType Bool { get; } = new(PrimitiveKind.Bool);

    public static PrimitiveType Str { get; } = new(PrimitiveKind.Str);

    public static PrimitiveType U8 { get; } = new(PrimitiveKind.U8);

    public static PrimitiveType U16 { get; } = new(PrimitiveKind.U16);

    public static PrimitiveType U32 { get; } = new(PrimitiveKind.U32);

    public static PrimitiveType U64 { get; } = new(PrimitiveKind.U64);

    public static PrimitiveType U128 { get; } = new(PrimitiveKind.U128);

    public static PrimitiveType I8 { get; } = new(PrimitiveKind.I8);

    public static PrimitiveType I16 { get; } = new(PrimitiveKind.I16);

    public static PrimitiveType I32 { get; } = new(PrimitiveKind.I32);

    public static PrimitiveType I64 { get; } = new(PrimitiveKind.I64);

    public static PrimitiveType I128 { get; } = new(PrimitiveKind.I128);

    /// <summary><c>()</c>, the empty tuple.</summary>
    public static TupleType Unit { get; } = new([]);

    /// <summary><c>Vec&lt;u8&gt;</c>.</summary>
    public static SequenceType Bytes { get; } = new(U8);

    public static CompactType Compact(TypeRef inner) => new(inner);

    public static SequenceType Vec(TypeRef inner) => new(inner);

    public static ArrayType Array(int length, TypeRef inner) => new(length, inner);

    public static TupleType Tuple(params TypeRef[] items) => new(items);

    public static CompositeType Composite(string[] path, IReadOnlyList<FieldDef> fields, IReadOnlyList<TypeParam>? typeParams = null, IValueCodec? codec = null, IReadOnlyList<string>? docs = null) =>
        new(path, fields, typeParams ?? [], codec, docs ?? []);

    public static VariantType Variant(string[] path, IReadOnlyList<VariantDef> variants, IReadOnlyList<TypeParam>? typeParams = null, IValueCodec? codec = null, IReadOnlyList<string>? docs = null) =>
        new(path, variants, typeParams ?? [], codec, docs ?? []);

    /// <summary><c>Option&lt;T&gt;</c>: variants None = 0, Some(T) = 1; the CLR value is null or the inner value.</summary>
    public static VariantType Option(TypeRef inner) => new(
        ["Option"],
        [new VariantDef("None", 0, []), new VariantDef("Some", 1, [new FieldDef(null, inner)])],
        [new TypeParam("T", inner)],
        new OptionValueCodec(inner),
        []);

    /// <summary><c>Result&lt;T, E&gt;</c>: Ok = 0, Err = 1; the CLR value is a <see cref="VariantValue"/>.</summary>
    public static VariantType Result(TypeRef ok, TypeRef error) => new(
        ["Result"],
        [new VariantDef("Ok", 0, [new FieldDef(null, ok)]), new VariantDef("Err", 1, [new FieldDef(null, error)])],
        [new TypeParam("T", ok), new TypeParam("E", error)],
        null,
        []);

    public static OuterEnumType RuntimeCall { get; } = new(OuterEnumKind.RuntimeCall);

    public static OuterEnumType RuntimeEvent { get; } = new(OuterEnumKind.RuntimeEvent);

    private sealed class OptionValueCodec(TypeRef inner) : IValueCodec
    {
        public void Encode(object? value, ref Core.Scale.ScaleWriter writer)
        {
            if (value is null)
            {
                writer.WriteU8(0);
                return;
            }

            writer.WriteU8(1);
            ScaleValue.Encode(inner, value, ref writer);
        }

        public object? Decode(ref Core.Scale.ScaleReader reader, IScaleValueContext? context) =>
            reader.ReadOptionTag() ? ScaleValue.Decode(inner, ref reader, context) : null;
    }
}
