namespace Bittensor.Core.Metadata;

/// <summary>A primitive: bool, char, str or a fixed-width integer (<c>TypeDefPrimitive</c>).</summary>
public sealed record PrimitiveDefinition(PrimitiveKind Primitive) : TypeDefinition
{
    public override TypeDefinitionKind Kind => TypeDefinitionKind.Primitive;
}
