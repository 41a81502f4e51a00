namespace Bittensor.Core.Metadata;

/// <summary>
/// An enum variant: its name, its index and its fields. When encoding, the name decides (the index is looked up
/// in the metadata); <see cref="Index"/> is what decoding read, or null for a value built by name.
/// </summary>
public sealed record VariantValue : ScaleValue
{
    public VariantValue(string name, IEnumerable<ScaleField>? fields)
        : this(name, null, fields)
    {
    }

    public VariantValue(string name, byte? index, IEnumerable<ScaleField>? fields)
    {
        ArgumentNullException.ThrowIfNull(name);
        Name = name;
        Index = index;
        Fields = EquatableArray.Of(fields);
    }

    public override ScaleValueKind Kind => ScaleValueKind.Variant;

    public string Name { get; init; }

    /// <summary>The wire index when decoded; null when built by name.</summary>
    public byte? Index { get; init; }

    public IReadOnlyList<ScaleField> Fields { get; init => field = EquatableArray.Of(value); }

    /// <summary>The only field's value (<c>Some(x)</c>, <c>Id(account)</c>); throws unless there is exactly one field.</summary>
    public ScaleValue Single => Fields.Count == 1 ? Fields[0].Value : throw new InvalidOperationException($"variant {Name} has {Fields.Count} fields, not one");

    public override ScaleValue this[int index] => Fields[index].Value;

    public override bool TryGetField(string name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ScaleValue? value) =>
        FieldLookup.TryGet(Fields, name, out value);
}
