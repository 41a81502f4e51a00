namespace Bittensor.Core.Metadata;

/// <summary>A struct (named fields), tuple struct or tuple (positional fields); the unit value has no fields.</summary>
public sealed record CompositeValue : ScaleValue
{
    public CompositeValue(IEnumerable<ScaleField>? fields) => Fields = EquatableArray.Of(fields);

    public override ScaleValueKind Kind => ScaleValueKind.Composite;

    public IReadOnlyList<ScaleField> Fields { get; init => field = EquatableArray.Of(value); }

    /// <summary>True when every field has a name (and there is at least one).</summary>
    public bool IsNamed => Fields.Count > 0 && Fields.All(f => f.Name is not null);

    public override ScaleValue this[int index] => Fields[index].Value;

    public override bool TryGetField(string name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ScaleValue? value) =>
        FieldLookup.TryGet(Fields, name, out value);

    public override byte[] ToBytes() =>
        Fields.Count == 1 && Fields[0].Value is not PrimitiveValue ? Fields[0].Value.ToBytes() : FieldLookup.ToBytes(Fields.Select(f => f.Value), Kind);
}
