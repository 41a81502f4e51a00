namespace Bittensor.Runtime.Framework.Types;

/// <summary><c>Vec&lt;T&gt;</c>: compact length then the items.</summary>
public sealed class SequenceType : TypeRef
{
    internal SequenceType(TypeRef inner) => Inner = inner ?? throw new ArgumentNullException(nameof(inner));

    public TypeRef Inner { get; }

    public override string ToString() => $"Vec<{Inner}>";
}
