using Bittensor.Core.Metadata;
namespace Bittensor.Runtime.Framework.Types;

/// <summary>A primitive (bool, str, uN, iN).</summary>
public sealed class PrimitiveType : TypeRef
{
    internal PrimitiveType(PrimitiveKind kind) => Kind = kind;

    public PrimitiveKind Kind { get; }

    public override string ToString() => Kind.ToString().ToLowerInvariant();
}
