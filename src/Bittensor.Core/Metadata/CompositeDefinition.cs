namespace Bittensor.Core.Metadata;

/// <summary>A struct or tuple struct: the fields encoded in order, no tags (<c>TypeDefComposite</c>).</summary>
public sealed record CompositeDefinition : TypeDefinition
{
    public CompositeDefinition(IEnumerable<Field>? fields = null) => Fields = EquatableArray.Of(fields);

    public override TypeDefinitionKind Kind => TypeDefinitionKind.Composite;

    /// <summary>The fields; all named (a struct) or all unnamed (a tuple struct); empty for a unit struct.</summary>
    public IReadOnlyList<Field> Fields { get; init => field = EquatableArray.Of(value); }
}
