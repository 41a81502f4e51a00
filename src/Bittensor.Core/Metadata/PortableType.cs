namespace Bittensor.Core.Metadata;

/// <summary>
/// One entry of a <see cref="PortableRegistry"/>: its id and scale-info's <c>Type</c> — the Rust path
/// (<c>["frame_system", "AccountInfo"]</c>; empty for primitives, tuples, sequences …), the generic parameters,
/// the definition and docs.
/// </summary>
public sealed record PortableType
{
    public PortableType(uint id, IEnumerable<string>? path, IEnumerable<TypeParameter>? typeParameters, TypeDefinition definition, IEnumerable<string>? docs = null)
    {
        ArgumentNullException.ThrowIfNull(definition);
        Id = id;
        Path = EquatableArray.Of(path);
        TypeParameters = EquatableArray.Of(typeParameters);
        Definition = definition;
        Docs = EquatableArray.Of(docs);
    }

    /// <summary>The id by which metadata refers to this type.</summary>
    public uint Id { get; init; }

    /// <summary>Module path segments then the type name; empty for anonymous types.</summary>
    public IReadOnlyList<string> Path { get; init => field = EquatableArray.Of(value); }

    public IReadOnlyList<TypeParameter> TypeParameters { get; init => field = EquatableArray.Of(value); }

    public TypeDefinition Definition { get; init; }

    public IReadOnlyList<string> Docs { get; init => field = EquatableArray.Of(value); }

    /// <summary>The path joined Rust-style (<c>"frame_system::AccountInfo"</c>); empty for anonymous types.</summary>
    public string PathString => string.Join("::", Path);

    /// <summary>The last path segment (the type's own name), or null for anonymous types.</summary>
    public string? Name => Path.Count == 0 ? null : Path[^1];

    /// <summary>The type argument of the parameter named <paramref name="name"/>, or null.</summary>
    public uint? TypeArgument(string name)
    {
        foreach (TypeParameter p in TypeParameters)
        {
            if (string.Equals(p.Name, name, StringComparison.Ordinal))
            {
                return p.Type;
            }
        }

        return null;
    }

    public override string ToString() => $"#{Id} {(Path.Count == 0 ? Definition.Kind.ToString() : PathString)}";
}
