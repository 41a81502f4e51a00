namespace Bittensor.Core.Metadata;

/// <summary><c>Vec&lt;T&gt;</c>: a compact length then the elements (<c>TypeDefSequence</c>).</summary>
public sealed record SequenceDefinition(uint ElementType) : TypeDefinition
{
    public override TypeDefinitionKind Kind => TypeDefinitionKind.Sequence;
}
