namespace Bittensor.Core.Metadata;

/// <summary>A field of a <see cref="CompositeValue"/> or <see cref="VariantValue"/>: its name (null for positional fields) and value.</summary>
public sealed record ScaleField
{
    public ScaleField(string? name, ScaleValue value)
    {
        ArgumentNullException.ThrowIfNull(value);
        Name = name;
        Value = value;
    }

    public string? Name { get; init; }

    public ScaleValue Value { get; init; }

    public static implicit operator ScaleField((string Name, ScaleValue Value) pair) => new(pair.Name, pair.Value);

    public static implicit operator ScaleField(ScaleValue value) => new(null, value);

    public override string ToString() => Name is null ? Value.ToString() : $"{Name}: {Value}";
}
