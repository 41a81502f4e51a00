namespace Bittensor.Core.Metadata;

/// <summary>The variants of scale-info's <c>TypeDef</c>, with their encoding tags.</summary>
public enum TypeDefinitionKind : byte
{
    Composite = 0,
    Variant = 1,
    Sequence = 2,
    Array = 3,
    Tuple = 4,
    Primitive = 5,
    Compact = 6,
    BitSequence = 7,
}
