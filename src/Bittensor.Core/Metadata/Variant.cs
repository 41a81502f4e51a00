namespace Bittensor.Core.Metadata;

/// <summary>
/// An enum variant (scale-info's <c>Variant</c>): its name, fields, the u8 <see cref="Index"/> written on the
/// wire (which need not be its position) and docs. For a pallet's call, event and error enums the index is
/// the call, event or error index.
/// </summary>
public sealed record Variant
{
    public Variant(string name, byte index, IEnumerable<Field>? fields = null, IEnumerable<string>? docs = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        Name = name;
        Index = index;
        Fields = EquatableArray.Of(fields);
        Docs = EquatableArray.Of(docs);
    }

    public string Name { get; init; }

    public IReadOnlyList<Field> Fields { get; init => field = EquatableArray.Of(value); }

    /// <summary>The variant index on the wire.</summary>
    public byte Index { get; init; }

    public IReadOnlyList<string> Docs { get; init => field = EquatableArray.Of(value); }
}
