namespace Bittensor.Runtime.Framework.Types;

/// <summary>A reference to one of the runtime's outer enums, resolved by the runtime (decoding) and the metadata builder.</summary>
public sealed class OuterEnumType : TypeRef
{
    internal OuterEnumType(OuterEnumKind kind) => Kind = kind;

    public OuterEnumKind Kind { get; }

    public override string ToString() => Kind.ToString();
}
