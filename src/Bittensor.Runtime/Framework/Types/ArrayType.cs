namespace Bittensor.Runtime.Framework.Types;

/// <summary><c>[T; N]</c>: N items, no length prefix.</summary>
public sealed class ArrayType : TypeRef
{
    internal ArrayType(int length, TypeRef inner)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        Length = length;
        Inner = inner ?? throw new ArgumentNullException(nameof(inner));
    }

    public int Length { get; }

    public TypeRef Inner { get; }

    public override string ToString() => $"[{Inner}; {Length}]";
}
