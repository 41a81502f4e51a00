using System.Runtime.CompilerServices;

namespace Bittensor.Core.Primitives;

/// <summary>Inline 32-byte storage for the hash and account value types (no heap allocation).</summary>
[InlineArray(32)]
internal struct Bytes32
{
    private byte _element0;
}
