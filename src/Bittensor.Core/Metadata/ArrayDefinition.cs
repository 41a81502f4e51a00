namespace Bittensor.Core.Metadata;

/// <summary><c>[T; N]</c>: exactly <see cref="Length"/> elements, no prefix (<c>TypeDefArray</c>).</summary>
public sealed record ArrayDefinition(uint Length, uint ElementType) : TypeDefinition
{
    public override TypeDefinitionKind Kind => TypeDefinitionKind.Array;
}
