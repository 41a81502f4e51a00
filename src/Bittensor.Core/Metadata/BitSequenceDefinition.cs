namespace Bittensor.Core.Metadata;

/// <summary>
/// <c>BitVec&lt;Store, Order&gt;</c> (<c>TypeDefBitSequence</c>): a compact bit count then the bits packed into
/// store words. <see cref="StoreType"/> is a u8..u64 primitive; <see cref="OrderType"/> is a type whose path
/// ends in <c>Lsb0</c> or <c>Msb0</c>.
/// </summary>
public sealed record BitSequenceDefinition(uint StoreType, uint OrderType) : TypeDefinition
{
    public override TypeDefinitionKind Kind => TypeDefinitionKind.BitSequence;
}
