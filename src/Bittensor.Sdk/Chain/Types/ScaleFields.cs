using Bittensor.Core.Metadata;
using Bittensor.Core.Primitives;

namespace Bittensor.Sdk.Chain.Types;

/// <summary>Reads named fields of decoded runtime-API structs; a missing required field is a <see cref="FormatException"/> naming it.</summary>
internal static class ScaleFields
{
    public static ScaleValue Get(ScaleValue value, string name) =>
        value.TryGetField(name, out ScaleValue? field) ? field : throw new FormatException($"decoded value has no field '{name}' (runtime layout changed?)");

    public static ulong U64(ScaleValue value, string name) => Get(value, name).ToUInt64();

    public static ulong U64OrDefault(ScaleValue value, string name) =>
        value.TryGetField(name, out ScaleValue? field) ? field.ToUInt64() : 0;

    public static ushort U16(ScaleValue value, string name) => ToU16(Get(value, name), name);

    /// <summary>A decoded integer that must fit u16; <paramref name="what"/> names it in the error.</summary>
    public static ushort ToU16(ScaleValue value, string what)
    {
        ulong raw = value.ToUInt64();
        return raw <= ushort.MaxValue ? (ushort)raw : throw new FormatException($"'{what}' holds {raw}, which does not fit u16");
    }

    /// <summary>The named field of an Option-field struct: the value inside <c>Some</c>; null when the field is absent or <c>None</c>.</summary>
    public static ScaleValue? Optional(ScaleValue value, string name) =>
        value.TryGetField(name, out ScaleValue? field) ? Unwrap(field) : null;

    public static bool Bool(ScaleValue value, string name) => Get(value, name).ToBoolean();

    public static bool BoolOrDefault(ScaleValue value, string name) =>
        value.TryGetField(name, out ScaleValue? field) && field.ToBoolean();

    public static AccountId32 Account(ScaleValue value, string name) => Account(Get(value, name));

    public static AccountId32 Account(ScaleValue value) => new(value.ToBytes());

    public static IReadOnlyList<ScaleValue> Items(ScaleValue value) => value switch
    {
        SequenceValue s => s.Items,
        CompositeValue c => [.. c.Fields.Select(f => f.Value)],
        BytesValue b => [.. b.Data.ToArray().Select(x => (ScaleValue)ScaleValue.U8(x))],
        _ => throw new FormatException($"expected a sequence, got {value.Kind}"),
    };

    /// <summary>Each item of a sequence read by <paramref name="read"/>.</summary>
    public static T[] Column<T>(ScaleValue sequence, Func<ScaleValue, T> read) => [.. Items(sequence).Select(read)];

    /// <summary>A sequence field read item by item; empty when the runtime's struct has no such field.</summary>
    public static T[] ColumnOrEmpty<T>(ScaleValue value, string name, Func<ScaleValue, T> read) =>
        value.TryGetField(name, out ScaleValue? field) ? Column(field, read) : [];

    /// <summary>The value inside <c>Some(x)</c>, null for <c>None</c>; any other value is returned as is.</summary>
    public static ScaleValue? Unwrap(ScaleValue value) => value switch
    {
        VariantValue { Name: "None" } => null,
        VariantValue { Name: "Some" } some => some.Single,
        _ => value,
    };
}
