namespace Bittensor.Core.Metadata;

/// <summary>One entry of V15 <c>custom</c> (<c>BTreeMap&lt;String, CustomValueMetadata&gt;</c>): a name, a type id and the SCALE value.</summary>
public sealed record CustomValueMetadata
{
    public CustomValueMetadata(string name, uint type, ReadOnlyMemory<byte> value)
    {
        ArgumentNullException.ThrowIfNull(name);
        Name = name;
        Type = type;
        Value = value.ToArray();
    }

    /// <summary>The map key.</summary>
    public string Name { get; init; }

    public uint Type { get; init; }

    public ReadOnlyMemory<byte> Value { get; init; }

    public bool Equals(CustomValueMetadata? other) =>
        other is not null && Name == other.Name && Type == other.Type && Value.Span.SequenceEqual(other.Value.Span);

    public override int GetHashCode() => HashCode.Combine(Name, Type, Value.Length);
}
