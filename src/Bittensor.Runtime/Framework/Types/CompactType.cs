namespace Bittensor.Runtime.Framework.Types;

/// <summary><c>Compact&lt;T&gt;</c> of an unsigned integer (or <c>()</c>).</summary>
public sealed class CompactType : TypeRef
{
    internal CompactType(TypeRef inner) => Inner = inner ?? throw new ArgumentNullException(nameof(inner));

    public TypeRef Inner { get; }

    public override string ToString() => $"Compact<{Inner}>";
}
