namespace Bittensor.Core.Metadata;

/// <summary>
/// A field of a composite or of an enum variant (scale-info's <c>Field</c>): an optional name (struct fields
/// have one, tuple-struct fields do not), the field's type id, the Rust type as written in the source
/// (<c>"T::AccountId"</c>, informational) and docs.
/// </summary>
public sealed record Field
{
    public Field(string? name, uint type, string? typeName = null, IEnumerable<string>? docs = null)
    {
        Name = name;
        Type = type;
        TypeName = typeName;
        Docs = EquatableArray.Of(docs);
    }

    /// <summary>The field name, or null for a positional field.</summary>
    public string? Name { get; init; }

    /// <summary>The field's type id.</summary>
    public uint Type { get; init; }

    /// <summary>The Rust type name as written at the declaration, or null.</summary>
    public string? TypeName { get; init; }

    public IReadOnlyList<string> Docs { get; init => field = EquatableArray.Of(value); }

    /// <summary>A named struct field.</summary>
    public static Field Named(string name, uint type, string? typeName = null, params IEnumerable<string> docs)
    {
        ArgumentNullException.ThrowIfNull(name);
        return new Field(name, type, typeName, docs);
    }

    /// <summary>A positional (tuple-struct or tuple-variant) field.</summary>
    public static Field Unnamed(uint type, string? typeName = null, params IEnumerable<string> docs) => new(null, type, typeName, docs);
}
