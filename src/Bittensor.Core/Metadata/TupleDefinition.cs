namespace Bittensor.Core.Metadata;

/// <summary>A tuple: the elements in order; the empty tuple is <c>()</c> (<c>TypeDefTuple</c>).</summary>
public sealed record TupleDefinition : TypeDefinition
{
    public TupleDefinition(IEnumerable<uint>? elements = null) => Elements = EquatableArray.Of(elements);

    public override TypeDefinitionKind Kind => TypeDefinitionKind.Tuple;

    /// <summary>The element type ids.</summary>
    public IReadOnlyList<uint> Elements { get; init => field = EquatableArray.Of(value); }
}
