namespace Bittensor.Runtime.Framework.Types;

/// <summary>A field of a composite, a variant, a call or an event: name (null for tuple-like), type, the Rust type name metadata shows, docs.</summary>
public sealed record FieldDef(string? Name, TypeRef Type, string? TypeName = null, IReadOnlyList<string>? Docs = null)
{
    public IReadOnlyList<string> Docs { get; init; } = Docs ?? [];
}
