namespace Bittensor.Core.Metadata;

/// <summary><c>Compact&lt;T&gt;</c> of an unsigned integer or a single-field wrapper of one (<c>TypeDefCompact</c>).</summary>
public sealed record CompactDefinition(uint Type) : TypeDefinition
{
    public override TypeDefinitionKind Kind => TypeDefinitionKind.Compact;
}
