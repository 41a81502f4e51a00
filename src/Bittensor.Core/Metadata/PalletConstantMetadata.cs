namespace Bittensor.Core.Metadata;

/// <summary>A pallet constant (frame_metadata's <c>PalletConstantMetadata</c>): its type and its SCALE-encoded value.</summary>
public sealed record PalletConstantMetadata
{
    public PalletConstantMetadata(string name, uint type, ReadOnlyMemory<byte> value, IEnumerable<string>? docs = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        Name = name;
        Type = type;
        Value = value.ToArray();
        Docs = EquatableArray.Of(docs);
    }

    public string Name { get; init; }

    public uint Type { get; init; }

    /// <summary>The SCALE encoding of the value under <see cref="Type"/>.</summary>
    public ReadOnlyMemory<byte> Value { get; init; }

    public IReadOnlyList<string> Docs { get; init => field = EquatableArray.Of(value); }

    public bool Equals(PalletConstantMetadata? other) =>
        other is not null && Name == other.Name && Type == other.Type && Value.Span.SequenceEqual(other.Value.Span) && Docs.Equals(other.Docs);

    public override int GetHashCode() => HashCode.Combine(Name, Type, Value.Length);
}
