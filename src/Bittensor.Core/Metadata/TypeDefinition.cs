namespace Bittensor.Core.Metadata;

/// <summary>
/// The shape of a registry type, scale-info's <c>TypeDef</c>: one of <see cref="CompositeDefinition"/>,
/// <see cref="VariantDefinition"/>, <see cref="SequenceDefinition"/>, <see cref="ArrayDefinition"/>,
/// <see cref="TupleDefinition"/>, <see cref="PrimitiveDefinition"/>, <see cref="CompactDefinition"/> and
/// <see cref="BitSequenceDefinition"/>. Every nested type is a registry id.
/// </summary>
public abstract record TypeDefinition
{
    private protected TypeDefinition()
    {
    }

    /// <summary>Which variant this is (its encoding tag).</summary>
    public abstract TypeDefinitionKind Kind { get; }
}
