namespace Bittensor.Runtime.Framework.Types;

/// <summary>A tuple; the empty tuple is <c>()</c>.</summary>
public sealed class TupleType : TypeRef
{
    internal TupleType(IReadOnlyList<TypeRef> items) => Items = items ?? throw new ArgumentNullException(nameof(items));

    public IReadOnlyList<TypeRef> Items { get; }

    public override string ToString() => $"({string.Join(", ", Items)})";
}
